package org.turnscript.subtitles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.turnscript.subtitles.TimedTranscripts.id;
import static org.turnscript.subtitles.TimedTranscripts.of;
import static org.turnscript.subtitles.TimedTranscripts.sound;
import static org.turnscript.subtitles.TimedTranscripts.speech;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Cue;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class CueLayoutTest {

    private static final SubtitleProfile NETFLIX = SubtitleProfile.NETFLIX;
    private final Roster roster = Roster.of(List.of("Kate", "Chris"));

    private List<Cue> layout(Transcript t, SpeakerLabelStyle style) {
        return CueLayout.layout(t, NETFLIX, style, true);
    }

    @Test
    void laysOutTurnStartsOnlyAsTheSpelledOutTurns() {
        String kate = id(roster, "Kate");
        String chris = id(roster, "Chris");
        Transcript starts = of(roster,
                speech("s1", kate, 0, 300, "Hello there."),
                sound("s2", 1000, 2000, "[Music]"),
                speech("s3", null, 2500, 300, "Still me."),
                speech("s4", chris, 4000, 300, "Fine, thanks."),
                speech("s5", null, 5000, 300, "Really."));
        List<Cue> cues = layout(starts, SpeakerLabelStyle.NAME);
        assertThat(cues).isEqualTo(layout(starts.resolveContinuedSpeakers(), SpeakerLabelStyle.NAME));
        assertThat(cues).extracting(Cue::text)
                .containsExactly("Kate: Hello there.", "[music]", "Still me.", "Chris: Fine, thanks.", "Really.");
    }

    @Test
    void labelsOnlyTheFirstCueAfterASpeakerChange() {
        String kate = id(roster, "Kate");
        String chris = id(roster, "Chris");
        Transcript t = of(roster,
                speech("s1", kate, 0, 300, "Hello there."),
                speech("s2", kate, 1000, 300, "How are you?"),
                speech("s3", chris, 2500, 300, "Fine, thanks."));
        List<Cue> cues = layout(t, SpeakerLabelStyle.NAME);
        assertThat(cues).extracting(Cue::text)
                .containsExactly("Kate: Hello there.", "How are you?", "Chris: Fine, thanks.");
        assertThat(cues).extracting(c -> c.speakerNames().get(0)).containsExactly("Kate", "Kate", "Chris");
    }

    @Test
    void showsNoLabelForAnUnknownSpeakerUnlessTheStyleNeedsNoName() {
        Transcript t = of(roster, speech("s1", null, 0, 300, "Hello there."));
        assertThat(layout(t, SpeakerLabelStyle.NAME).get(0).text()).isEqualTo("Hello there.");
        assertThat(layout(t, SpeakerLabelStyle.DASH).get(0).text()).isEqualTo("- Hello there.");
        assertThat(layout(t, SpeakerLabelStyle.NAME).get(0).speakerNames()).containsExactly((String) null);
    }

    @Test
    void cutsLongSegmentsIntoCuesWithinTheProfile() {
        String text = "this is a rather long stretch of speech that goes on and on without any punctuation "
                + "at all because the captions came from an automatic recogniser that never stops talking";
        Transcript t = of(roster, speech("s1", id(roster, "Kate"), 0, 250, text));
        List<Cue> cues = layout(t, SpeakerLabelStyle.UPPER);
        assertThat(cues).hasSizeGreaterThan(1);
        assertThat(cues.get(0).lines().get(0)).startsWith("KATE: ");
        for (Cue c : cues) {
            assertThat(c.lines()).hasSizeLessThanOrEqualTo(2);
            assertThat(c.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(42));
            assertThat(c.duration()).isLessThanOrEqualTo(7000);
        }
        assertThat(String.join(" ", cues.stream().map(c -> c.text().replace('\n', ' ')).toList()))
                .isEqualTo("KATE: " + text);
    }

    @Test
    void splitsByDurationEvenWhenTheTextWouldFit() {
        Transcript t = of(roster, speech("s1", null, 0, 2000, "one two three four five six"));
        List<Cue> cues = layout(t, SpeakerLabelStyle.NONE);
        assertThat(cues).extracting(Cue::text).containsExactly("one two three", "four five six");
        assertThat(cues).allSatisfy(c -> assertThat(c.duration()).isLessThanOrEqualTo(7000));
    }

    @Test
    void prefersToEndACueAtTheEndOfASentence() {
        String text = "We tried it last year and it worked. Then the budget was cut and nobody knew why, so we stopped";
        Transcript t = of(roster, speech("s1", null, 0, 200, text));
        List<Cue> cues = layout(t, SpeakerLabelStyle.NONE);
        assertThat(cues.get(0).text().replace('\n', ' ')).isEqualTo("We tried it last year and it worked.");
    }

    @Test
    void extendsShortCuesIntoFreeTimeKeepingTheGap() {
        Transcript t = of(roster,
                speech("s1", null, 0, 100, "Yes."),
                speech("s2", id(roster, "Kate"), 500, 100, "No."),
                speech("s3", null, 5000, 100, "Maybe."));
        SubtitleProfile aims = NETFLIX.withStrictTiming(false);
        List<Cue> cues = CueLayout.layout(t, aims, SpeakerLabelStyle.NONE, true);
        assertThat(cues.get(0).end()).isEqualTo(500 - NETFLIX.minGapMs());
        assertThat(cues.get(1).end()).isEqualTo(500 + NETFLIX.minDurationMs());
        assertThat(cues.get(2).end()).isEqualTo(5000 + NETFLIX.minDurationMs());
        // strict: "Yes." gets its 5/6 s too, "No." starts that much later, and "Maybe." keeps its time
        List<Cue> strict = layout(t, SpeakerLabelStyle.NONE);
        assertThat(strict.get(0)).extracting(Cue::start, Cue::end).containsExactly(0L, NETFLIX.minDurationMs());
        assertThat(strict.get(1).start()).isEqualTo(NETFLIX.minDurationMs() + NETFLIX.minGapMs());
        assertThat(strict.get(2).start()).isEqualTo(5000);
        assertThat(SubtitleLint.check(strict, NETFLIX)).isEmpty();
    }

    @Test
    void trimsOverlappingWordTimesToTheGapAndGivesZeroLengthWordsTime() {
        Segment overlapping = new Segment("s1", null, SegmentKind.SPEECH,
                List.of(Word.timed("late", 0, 1500, TimeSource.MEASURED)));
        Segment instant = new Segment("s2", null, SegmentKind.SPEECH,
                List.of(Word.timed("now", 1000, 1000, TimeSource.MEASURED)));
        List<Cue> cues = layout(of(roster, overlapping, instant), SpeakerLabelStyle.NONE);
        assertThat(cues.get(0).end()).isEqualTo(1000 - NETFLIX.minGapMs());
        assertThat(cues.get(1).start()).isEqualTo(1000);
        assertThat(cues.get(1).end()).isEqualTo(1000 + NETFLIX.minDurationMs());
    }

    @Test
    void keepsStartsStrictlyIncreasingWhenTwoSegmentsStartTogether() {
        List<Cue> cues = layout(of(roster,
                speech("s1", null, 1000, 100, "a"),
                speech("s2", id(roster, "Kate"), 1000, 100, "b")), SpeakerLabelStyle.NONE);
        assertThat(cues.get(1).start()).isGreaterThan(cues.get(0).start());
        assertThat(cues.get(0).end()).isLessThanOrEqualTo(cues.get(1).start());
    }

    @Test
    void usesOnlyKeptWords() {
        List<Word> words = new ArrayList<>(speech("s1", null, 0, 300, "so um we start").words());
        words.set(1, words.get(1).withFlag(WordFlag.DROPPED, true));
        Segment dropped = new Segment("s2", null, SegmentKind.SPEECH,
                List.of(Word.timed("uh", 2000, 2100, TimeSource.MEASURED).withFlag(WordFlag.DROPPED, true)));
        List<Cue> cues = layout(of(roster, new Segment("s1", null, SegmentKind.SPEECH, words), dropped),
                SpeakerLabelStyle.NONE);
        assertThat(cues).extracting(Cue::text).containsExactly("so we start");
    }

    @Test
    void writesSoundsAsTheirOwnCuesOnlyWhenAsked() {
        Transcript t = of(roster, sound("s1", 0, 3000, "[Music]"), speech("s2", null, 3000, 300, "Welcome."));
        assertThat(CueLayout.layout(t, NETFLIX, SpeakerLabelStyle.NAME, true)).extracting(Cue::text)
                .containsExactly("[music]", "Welcome.");
        assertThat(CueLayout.layout(t, NETFLIX, SpeakerLabelStyle.NAME, false)).extracting(Cue::text)
                .containsExactly("Welcome.");
    }

    @Test
    void capsALongSoundCueAtTheMaximumDuration() {
        List<Cue> cues = layout(of(roster, sound("s1", 0, 60_000, "[Music]")), SpeakerLabelStyle.NONE);
        assertThat(cues.get(0).end()).isEqualTo(NETFLIX.maxDurationMs());
    }

    @Test
    void rejectsUntimedWordsNamingTheSegment() {
        Segment untimed = new Segment("s7", null, SegmentKind.SPEECH, List.of(Word.of("hello")));
        assertThatThrownBy(() -> layout(of(roster, untimed), SpeakerLabelStyle.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s7");
    }

    @Test
    void extendsACueIntoFreeTimeUntilItCanBeReadInTime() {
        // 35 characters spoken in 1 s need 1.75 s at 20 cps; the next cue is far off
        Transcript t = of(roster, speech("s1", null, 0, 200, "Absolutely wonderful, thanks a lot."),
                speech("s2", null, 9000, 200, "Next."));
        assertThat(layout(t, SpeakerLabelStyle.NONE).get(0).end()).isEqualTo(1750);
    }

    @Test
    void holdsBackACueThatWouldLeaveTheOneBeforeNoTimeAtAll() {
        Transcript t = of(roster, speech("s1", id(roster, "Kate"), 1000, 10, "Yes."),
                speech("s2", id(roster, "Chris"), 1010, 300, "Right."));
        SubtitleProfile aims = NETFLIX.withStrictTiming(false);
        List<Cue> cues = CueLayout.layout(t, aims, SpeakerLabelStyle.NONE, true);
        assertThat(cues.get(1).start()).isEqualTo(1000 + NETFLIX.frameMs() + NETFLIX.minGapMs());
        assertThat(cues.get(0).end()).isEqualTo(1000 + NETFLIX.frameMs());
        assertThat(SubtitleLint.errors(SubtitleLint.check(cues, aims))).isZero();
        // strict: each gets its 5/6 s, the two starts as close to the words' as that allows
        List<Cue> strict = layout(t, SpeakerLabelStyle.NONE);
        assertThat(SubtitleLint.check(strict, NETFLIX)).isEmpty();
        assertThat(strict.get(0).start()).isLessThan(1000);
    }

    @Test
    void joinsTwoShortTurnsIntoADashCueOnlyWhenTheProfileAllows() {
        Transcript t = of(roster, speech("s1", id(roster, "Kate"), 0, 300, "Are you coming?"),
                speech("s2", id(roster, "Chris"), 1000, 300, "In a minute."),
                speech("s3", id(roster, "Kate"), 5000, 300, "Good."));
        List<Cue> joined = CueLayout.layout(t, NETFLIX.withTwoSpeakerCues(true), SpeakerDisplay.DEFAULT);
        assertThat(joined).extracting(Cue::text).containsExactly("-Are you coming?\n-In a minute.", "Kate: Good.");
        assertThat(joined.get(0).speakerNames()).containsExactly("Kate", "Chris");
        assertThat(SubtitleLint.check(joined, NETFLIX)).isEmpty();
        assertThat(CueLayout.layout(t, NETFLIX, SpeakerDisplay.DEFAULT)).hasSize(3);
    }

    @Test
    void keepsTurnsApartWhenOneIsTooLongForADashLine() {
        Transcript t = of(roster, speech("s1", id(roster, "Kate"), 0, 100, "Are you coming?"),
                speech("s2", id(roster, "Chris"), 1000, 100,
                        "In a minute, I still have to find my keys and my coat."));
        assertThat(CueLayout.layout(t, NETFLIX.withTwoSpeakerCues(true), SpeakerDisplay.DEFAULT)).hasSize(2);
    }

    @Test
    void labelsEveryCueInTheChosenCaseWhenAsked() {
        Transcript t = of(roster, speech("s1", id(roster, "Kate"), 0, 300, "Hello there."),
                speech("s2", id(roster, "Kate"), 2000, 300, "Again."));
        SpeakerDisplay display = new SpeakerDisplay(SpeakerLabelStyle.BRACKET, LabelCasing.UPPER, true, true);
        assertThat(CueLayout.layout(t, NETFLIX, display)).extracting(Cue::text)
                .containsExactly("[KATE] Hello there.", "[KATE] Again.");
    }

    @Test
    void dropsSoundsWhenTheProfileSaysAndBracketsThemInLowerCaseOtherwise() {
        Transcript t = of(roster, sound("s1", 0, 3000, "[Applause]"), speech("s2", null, 3000, 300, "Welcome."));
        assertThat(CueLayout.layout(t, NETFLIX.withSoundCues(SoundCues.DROP), SpeakerDisplay.DEFAULT))
                .extracting(Cue::text).containsExactly("Welcome.");
        assertThat(CueLayout.soundText("♪ la la ♪")).isEqualTo("♪ la la ♪");
        assertThat(CueLayout.soundText("Laughter")).isEqualTo("[laughter]");
    }

    @Test
    void laysOutAWordWhoseTextIsEmpty() {
        // a project file may hold a word whose text is ""; it ends no sentence and no clause
        List<Word> words = new ArrayList<>();
        long t = 0;
        for (String text : "we looked at the numbers again and then".split(" ")) {
            words.add(Word.timed(text, t, t + 300, TimeSource.MEASURED));
            t += 300;
        }
        words.add(4, Word.timed("", 1200, 1200, TimeSource.MEASURED));
        for (int i = 0; i < 12; i++) {
            words.add(Word.timed("more", t, t + 300, TimeSource.MEASURED));
            t += 300;
        }
        Transcript withEmpty = of(roster, new Segment("s1", null, SegmentKind.SPEECH, words));
        assertThat(layout(withEmpty, SpeakerLabelStyle.NONE)).isNotEmpty();
    }

    @Test
    void laysOutAGeneratedRunOfAmpersandsIntoCuesThatFit() {
        // the shape of a caption file of "&" runs: one segment of many short punctuation tokens and long ones
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String text = i % 1000 == 999 ? "x" + "&".repeat(2_000) + "y" : "&";
            words.add(Word.timed(text, i * 200L, i * 200L + 200, TimeSource.MEASURED));
        }
        Transcript amps = of(roster, new Segment("s1", null, SegmentKind.SPEECH, words));
        List<Cue> cues = layout(amps, SpeakerLabelStyle.NONE);
        assertThat(cues.stream().mapToInt(c -> c.text().split("\\s+").length).sum()).isEqualTo(20_000);
        assertThat(cues).allSatisfy(c -> assertThat(c.lines()).hasSizeLessThanOrEqualTo(2));
    }
}
