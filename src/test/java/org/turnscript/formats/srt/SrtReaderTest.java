package org.turnscript.formats.srt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class SrtReaderTest {

    private final SrtFormat srt = new SrtFormat();

    private ReadResult read(String text) throws FormatException {
        return srt.read(text, ReadOptions.defaults("test.srt"));
    }

    private List<String> bodies(String text) throws FormatException {
        return read(text).transcript().segments().stream().map(Segment::body).toList();
    }

    @Test
    void readsATypicalFile() throws FormatException {
        Transcript t = read("1\r\n00:00:01,000 --> 00:00:02,500\r\nHello world\r\n\r\n"
                + "2\r\n00:00:03,000 --> 00:00:04,000\r\nAgain\r\n\r\n").transcript();
        assertThat(t.segments()).extracting(Segment::id).containsExactly("s1", "s2");
        Segment first = t.segment(0);
        assertThat(first.start()).isEqualTo(1000);
        assertThat(first.end()).isEqualTo(2500);
        assertThat(first.words()).extracting(Word::text).containsExactly("Hello", "world");
        assertThat(first.words()).extracting(Word::source).containsOnly(TimeSource.INTERPOLATED);
        assertThat(first.words().get(0).end()).isEqualTo(first.words().get(1).start()).isEqualTo(1750);
        assertThat(t.segment(1).words().get(0).source()).isEqualTo(TimeSource.MEASURED);
    }

    @Test
    void readsCueWithoutIndex() throws FormatException {
        assertThat(bodies("00:00:01,000 --> 00:00:02,000\nOne\n\n00:00:03,000 --> 00:00:04,000\nTwo\n"))
                .containsExactly("One", "Two");
    }

    @Test
    void readsDotBeforeMilliseconds() throws FormatException {
        assertThat(read("1\n00:00:01.250 --> 00:00:02.000\nDot\n").transcript().segment(0).start()).isEqualTo(1250);
    }

    @Test
    void readsShortFractionsAsDecimalFractions() throws FormatException {
        assertThat(read("1\n0:0:1,5 --> 0:0:2,46\nShort\n").transcript().segment(0).end()).isEqualTo(2460);
    }

    @Test
    void readsAnyLineEnding() throws FormatException {
        String lf = "1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:00:03,000 --> 00:00:04,000\nTwo\n";
        assertThat(bodies(lf)).containsExactly("One", "Two");
        assertThat(bodies(lf.replace("\n", "\r"))).containsExactly("One", "Two");
        assertThat(bodies(lf.replace("\n", "\r\n"))).containsExactly("One", "Two");
    }

    @Test
    void readsLastCueWithoutFinalNewline() throws FormatException {
        assertThat(bodies("1\n00:00:01,000 --> 00:00:02,000\nEnd of file")).containsExactly("End of file");
    }

    @Test
    void toleratesExtraWhitespaceAndBlankLines() throws FormatException {
        assertThat(bodies("\n\n 1 \n  00:00:01,000   -->   00:00:02,000  \n  spaced   out  \n\n\n\n"
                + "2\n00:00:03,000-->00:00:04,000 X1:63 X2:223\nTwo\n")).containsExactly("spaced out", "Two");
    }

    @Test
    void readsTheNextCueWhenTheBlankLineIsMissing() throws FormatException {
        assertThat(bodies("1\n00:00:01,000 --> 00:00:02,000\nOne\n2\n00:00:03,000 --> 00:00:04,000\nTwo\n"))
                .containsExactly("One", "Two");
    }

    @Test
    void keepsTextAfterABlankLineInsideACue() throws FormatException {
        assertThat(bodies("1\n00:00:01,000 --> 00:00:02,000\nOne\n\nmore\n\n2\n00:00:03,000 --> 00:00:04,000\nTwo\n"))
                .containsExactly("One more", "Two");
    }

    @Test
    void stripsStyleTags() throws FormatException {
        assertThat(bodies("1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Hello</i> <font color=\"#FFFF00\">big</font>"
                + "\n< b >world</b>\n")).containsExactly("Hello big world");
    }

    @Test
    void readsASoundTagAsNonSpeech() throws FormatException {
        Transcript t = read("1\n00:00:01,000 --> 00:00:02,000\n[intro music]\n\n"
                + "2\n00:00:02,000 --> 00:00:03,000\n♪ la la la ♪\n").transcript();
        assertThat(t.segments()).extracting(Segment::kind).containsOnly(SegmentKind.NON_SPEECH);
        assertThat(t.segment(0).words()).singleElement()
                .satisfies(w -> assertThat(w.has(WordFlag.SOUND_TAG)).isTrue())
                .satisfies(w -> assertThat(w.text()).isEqualTo("[intro music]"));
    }

    @Test
    void readsCapitalLabelsAsSpeakersAndCarriesThemForward() throws FormatException {
        Transcript t = read("1\n00:00:01,000 --> 00:00:02,000\n>> ALICE MILLER: Hi, I'm Alice.\n\n"
                + "2\n00:00:02,000 --> 00:00:03,000\nAnd this is John.\n\n"
                + "3\n00:00:03,000 --> 00:00:04,000\nJOHN: Hello.\n").transcript();
        assertThat(t.roster().speakers()).extracting(s -> s.name()).containsExactly("Alice Miller", "John");
        assertThat(t.segments()).extracting(s -> t.roster().nameOf(s.speakerId()))
                .containsExactly("Alice Miller", "Alice Miller", "John");
        assertThat(t.segment(0).body()).isEqualTo("Hi, I'm Alice.");
        assertThat(t.segment(0).words().get(0).has(WordFlag.SPEAKER_CHANGE_HINT)).isTrue();
    }

    @Test
    void readsAMixedCaseLabelOnlyWhenTheNameIsKnownOrRepeated() throws FormatException {
        String once = "1\n00:00:01,000 --> 00:00:02,000\nKate: hello\n";
        assertThat(read(once).transcript().segment(0).speakerId()).isNull();
        assertThat(read(once).transcript().segment(0).body()).isEqualTo("Kate: hello");

        ReadResult known = srt.read(once, ReadOptions.defaults("x.srt").withSpeakers(List.of("Chris", "Kate")));
        Transcript t = known.transcript();
        assertThat(t.roster().nameOf(t.segment(0).speakerId())).isEqualTo("Kate");
        assertThat(t.segment(0).body()).isEqualTo("hello");
        assertThat(t.roster().speakers()).extracting(s -> s.name()).containsExactly("Chris", "Kate");

        Transcript twice = read(once + "\n2\n00:00:03,000 --> 00:00:04,000\nKate: again\n").transcript();
        assertThat(twice.segments()).extracting(s -> twice.roster().nameOf(s.speakerId()))
                .containsExactly("Kate", "Kate");
    }

    @Test
    void readsABracketLabelFollowedByText() throws FormatException {
        Transcript t = srt.read("1\n00:00:01,000 --> 00:00:02,000\n[Kate Soule] Right.\n\n"
                        + "2\n00:00:02,000 --> 00:00:03,000\n[laughs] Right.\n",
                ReadOptions.defaults("x.srt").withSpeakers(List.of("Kate Soule"))).transcript();
        assertThat(t.segment(0).body()).isEqualTo("Right.");
        assertThat(t.roster().nameOf(t.segment(0).speakerId())).isEqualTo("Kate Soule");
        assertThat(t.segment(1).body()).isEqualTo("[laughs] Right.");
    }

    @Test
    void neverTakesARepeatedSoundTagForASpeakerLabel() throws FormatException {
        Transcript t = read("1\n00:00:01,000 --> 00:00:02,000\n[music] Welcome to the show.\n\n"
                + "2\n00:00:02,000 --> 00:00:03,000\n[music] It starts now.\n\n"
                + "3\n00:00:03,000 --> 00:00:04,000\n[Music] Hello.\n\n"
                + "4\n00:00:04,000 --> 00:00:05,000\n[Music] Hello again.\n\n"
                + "5\n00:00:05,000 --> 00:00:06,000\n[APPLAUSE] Thank you.\n\n"
                + "6\n00:00:06,000 --> 00:00:07,000\n[APPLAUSE] Thanks.\n\n"
                + "7\n00:00:07,000 --> 00:00:08,000\n(laughter) Yes.\n\n"
                + "8\n00:00:08,000 --> 00:00:09,000\n(laughter) Yes!\n\n"
                + "9\n00:00:09,000 --> 00:00:10,000\n[door slams] Who's there?\n\n"
                + "10\n00:00:10,000 --> 00:00:11,000\n[door slams] Hello?\n\n"
                + "11\n00:00:11,000 --> 00:00:12,000\n♪ la la ♪\n").transcript();
        assertThat(t.roster().speakers()).isEmpty();
        assertThat(t.segments()).extracting(Segment::speakerId).containsOnlyNulls();
        assertThat(t.segments()).extracting(Segment::body).startsWith("[music] Welcome to the show.",
                "[music] It starts now.", "[Music] Hello.");
        assertThat(t.segment(10).kind()).isEqualTo(SegmentKind.NON_SPEECH);
        assertThat(t.segment(0).words()).extracting(w -> w.has(WordFlag.SOUND_TAG))
                .containsExactly(true, false, false, false, false);
        assertThat(t.segment(8).words()).extracting(w -> w.has(WordFlag.SOUND_TAG))
                .containsExactly(true, true, false, false);
    }

    @Test
    void aSpeakerNamedLikeASoundIsStillFoundByTheColonButNotByBrackets() throws FormatException {
        Transcript t = srt.read("1\n00:00:01,000 --> 00:00:02,000\n[Music] la\n\n"
                        + "2\n00:00:02,000 --> 00:00:03,000\nMusic: me\n",
                ReadOptions.defaults("x.srt").withSpeakers(List.of("Music"))).transcript();
        assertThat(t.segment(0).speakerId()).isNull();
        assertThat(t.segment(0).body()).isEqualTo("[Music] la");
        assertThat(t.roster().nameOf(t.segment(1).speakerId())).isEqualTo("Music");
    }

    @Test
    void keepsRealLabelsNextToSoundTags() throws FormatException {
        Transcript t = read("1\n00:00:01,000 --> 00:00:02,000\n[Music] intro\n\n"
                + "2\n00:00:02,000 --> 00:00:03,000\n[Kate] Welcome.\n\n"
                + "3\n00:00:03,000 --> 00:00:04,000\n[Music] more\n\n"
                + "4\n00:00:04,000 --> 00:00:05,000\n[Kate] Back again.\n\n"
                + "5\n00:00:05,000 --> 00:00:06,000\nBOB: Hi.\n\n"
                + "6\n00:00:06,000 --> 00:00:07,000\n>> Chris: One.\n\n"
                + "7\n00:00:07,000 --> 00:00:08,000\n>> Chris: Two.\n").transcript();
        assertThat(t.roster().speakers()).extracting(s -> s.name()).containsExactly("Kate", "Bob", "Chris");
        assertThat(t.segments()).extracting(Segment::body)
                .containsExactly("[Music] intro", "Welcome.", "[Music] more", "Back again.", "Hi.", "One.", "Two.");
        assertThat(t.segments()).extracting(s -> t.roster().nameOf(s.speakerId()))
                .containsExactly(null, "Kate", "Kate", "Kate", "Bob", "Chris", "Chris");
    }

    @Test
    void readsADialogueCueAsOneSegmentPerSpeakerWithoutNames() throws FormatException {
        Transcript t = read("1\n00:00:01,000 --> 00:00:02,000\nKATE: Tea?\n\n"
                + "2\n00:00:02,000 --> 00:00:03,000\n- Yes, please.\n- Milk?\n").transcript();
        assertThat(t.segments()).extracting(Segment::body).containsExactly("Tea?", "Yes, please.", "Milk?");
        assertThat(t.segment(1).speakerId()).isNull();
        assertThat(t.segment(2).speakerId()).isNull();
        assertThat(t.segments().subList(1, 3)).allSatisfy(s ->
                assertThat(s.words().get(0).has(WordFlag.SPEAKER_CHANGE_HINT)).isTrue());
    }

    @Test
    void sortsCuesOutOfTimeOrderAndSaysSo() throws FormatException {
        var r = read("1\n00:00:10,000 --> 00:00:12,000\nsecond line here\n\n"
                + "2\n00:00:01,000 --> 00:00:03,000\nfirst line here\n");
        assertThat(r.transcript().segments()).extracting(Segment::body)
                .containsExactly("first line here", "second line here");
        assertThat(r.transcript().segment(0).start()).isEqualTo(1000);
        assertThat(r.warnings()).anyMatch(w -> w.contains("sorted"));
    }

    @Test
    void leavesOutACueWhoseTimeOverflows() throws FormatException {
        var r = read("1\n99999999999:00:01,000 --> 99999999999:00:02,000\nbroken\n\n"
                + "2\n00:00:01,000 --> 00:00:03,000\nfine\n");
        assertThat(r.transcript().segments()).extracting(Segment::body).containsExactly("fine");
        assertThat(r.warnings()).anyMatch(w -> w.contains("1000 hours"));
    }

    @Test
    void skipsABlockWithAnUnreadableTimingLineWithAWarning() throws FormatException {
        ReadResult r = read("1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:00:0x,000 --> soon\nLost\n\n"
                + "3\n00:00:05,000 --> 00:00:06,000\nThree\n");
        assertThat(r.transcript().segments()).extracting(Segment::body).containsExactly("One", "Three");
        assertThat(r.warnings()).singleElement().asString().startsWith("line 6: ");
    }

    @Test
    void rejectsAFileWithoutAnyCue() {
        assertThatThrownBy(() -> read("\nthis is not\na subtitle file\n"))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.source()).isEqualTo("test.srt");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void recordsSourceAndDurationInMetadata() throws FormatException {
        Transcript t = srt.read("1\n00:00:01,000 --> 00:00:02,000\nOne\n",
                ReadOptions.defaults("talk.srt").withDurationMs(60_000)).transcript();
        assertThat(t.metadata().sourceFile()).isEqualTo("talk.srt");
        assertThat(t.metadata().durationMs()).isEqualTo(60_000);
        assertThat(read("1\n00:00:01,000 --> 00:00:02,000\nOne\n").transcript().metadata().hasDuration()).isFalse();
    }

    @Test
    void sniffsTimingLines() {
        assertThat(srt.sniff("1\n00:00:01,000 --> 00:00:02,000\nx")).isEqualTo(90);
        assertThat(srt.sniff("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nx")).isZero();
        assertThat(srt.sniff("just some text")).isZero();
    }
}
