package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.json.NativeJsonFormat;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

class AnchorsTest {

    private static Transcript oneSegment(long durationMs, Word... words) {
        Segment s = new Segment("s1", null, SegmentKind.SPEECH, List.of(words));
        return new Transcript(Metadata.EMPTY.withDurationMs(durationMs), Roster.EMPTY, List.of(s));
    }

    private static List<Word> words(Transcript t) {
        return DurationEstimatorTest.words(t);
    }

    /** Ten estimated words over 10 s, a measured word at 10-11 s, ten more estimated words to the end at 21 s. */
    private static Transcript estimatedAroundAMeasuredWord() {
        Word[] words = new Word[21];
        for (int i = 0; i < 21; i++) {
            words[i] = i == 10 ? Word.timed("fixed", 10_000, 11_000, TimeSource.MEASURED) : Word.of("word" + i);
        }
        return DurationEstimator.estimate(oneSegment(21_000, words), 21_000);
    }

    @Test
    void anchorRespreadsEstimatedWordsBetweenFixedNeighbours() {
        Transcript t = estimatedAroundAMeasuredWord();
        List<Word> before = words(t);

        List<Word> w = words(Anchors.setAnchor(t, 0, 5, 2000));

        assertThat(w.get(5).source()).isEqualTo(TimeSource.ANCHORED);
        assertThat(w.get(5).start()).isEqualTo(2000);
        // Five words before the anchor share 0-2 s, the four after it share the rest up to the measured word.
        assertThat(w.get(0).start()).isZero();
        assertThat(w.get(4).end()).isEqualTo(2000);
        assertThat(w.subList(0, 5)).allMatch(x -> x.source() == TimeSource.ESTIMATED && x.end() <= 2000);
        assertThat(w.get(6).start()).isEqualTo(w.get(5).end());
        assertThat(w.get(9).end()).isEqualTo(10_000);
        assertThat(w.get(6).end() - w.get(6).start()).isGreaterThan(before.get(6).end() - before.get(6).start());
        // Beyond the measured word nothing moves.
        assertThat(w.subList(10, 21)).isEqualTo(before.subList(10, 21));
    }

    @Test
    void anchorKeepsTheWordsLengthButStopsAtTheNextFixedWord() {
        Transcript t = estimatedAroundAMeasuredWord();
        Word old = words(t).get(9);
        List<Word> w = words(Anchors.setAnchor(t, 0, 9, 9_900));
        assertThat(old.end() - old.start()).isGreaterThan(100);
        assertThat(w.get(9).start()).isEqualTo(9_900);
        assertThat(w.get(9).end()).isEqualTo(10_000);
        assertThat(words(Anchors.setAnchor(t, 0, 3, 1000)).get(3).end()).isEqualTo(1000 + old.end() - old.start());
    }

    @Test
    void anchorGivesAnUntimedWordASpokenLength() {
        Transcript t = oneSegment(60_000, Word.of("hello"), Word.of("conversation"), Word.of("there"));
        List<Word> w = words(Anchors.setAnchor(t, 0, 1, 5000));
        assertThat(w.get(1).start()).isEqualTo(5000);
        assertThat(w.get(1).end()).isEqualTo(5000 + 900); // 4.5 syllables at 200 ms
        assertThat(w.get(0).source()).isEqualTo(TimeSource.ESTIMATED);
        assertThat(w.get(0).end()).isEqualTo(5000);
        assertThat(w.get(2).start()).isEqualTo(5900);
        assertThat(w.get(2).end()).isEqualTo(60_000);
    }

    @Test
    void anchorRejectsATimeAfterTheNextFixedWord() {
        Word[] words = {Word.of("so"), Word.of("then"), Word.timed("fixed", 718_200, 718_600, TimeSource.MEASURED)};
        Transcript t = DurationEstimator.estimate(oneSegment(800_000, words), 800_000);
        assertThatThrownBy(() -> Anchors.setAnchor(t, 0, 1, 723_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("12:03.000 is after the next fixed word at 11:58.200");
    }

    @Test
    void anchorRejectsATimeBeforeThePreviousFixedWord() {
        Word[] words = {Word.timed("fixed", 5000, 5500, TimeSource.MEASURED), Word.of("then")};
        Transcript t = DurationEstimator.estimate(oneSegment(9000, words), 9000);
        assertThatThrownBy(() -> Anchors.setAnchor(t, 0, 1, 5400))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("0:05.400 is before the end of the previous fixed word at 0:05.500");
        Word[] anchored = {Word.timed("fixed", 5000, 5500, TimeSource.ANCHORED), Word.of("then")};
        Transcript a = DurationEstimator.estimate(oneSegment(9000, anchored), 9000);
        assertThatThrownBy(() -> Anchors.setAnchor(a, 0, 1, 4900))
                .as("before the anchored word's start").isInstanceOf(IllegalArgumentException.class);
    }

    /** Tap-to-sync anchors word after word: a tap inside the anchored word before it shortens that word. */
    @Test
    void anAnchorInsideThePreviousAnchoredWordShortensIt() {
        Word[] words = {Word.timed("fixed", 5000, 5500, TimeSource.ANCHORED), Word.of("then"), Word.of("more")};
        Transcript t = DurationEstimator.estimate(oneSegment(9000, words), 9000);
        List<Word> w = words(Anchors.setAnchor(t, 0, 1, 5300));
        assertThat(w.get(0)).isEqualTo(Word.timed("fixed", 5000, 5300, TimeSource.ANCHORED));
        assertThat(w.get(1).start()).isEqualTo(5300);
        assertThat(w.get(1).source()).isEqualTo(TimeSource.ANCHORED);
    }

    @Test
    void anchorRejectsATimeAfterTheEndOfTheRecording() {
        Transcript t = DurationEstimator.estimate(oneSegment(3_600_000, Word.of("hi")), 3_600_000);
        assertThatThrownBy(() -> Anchors.setAnchor(t, 0, 0, 3_700_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1:01:40.000 is after the end of the recording at 1:00:00.000");
    }

    @Test
    void anchorLeavesMeasuredWordsAndKeepsInterpolatedOnesInterpolated() {
        Transcript t = oneSegment(10_000,
                Word.timed("cue", 0, 1000, TimeSource.MEASURED),
                Word.timed("inside", 1000, 2000, TimeSource.INTERPOLATED),
                Word.timed("the", 2000, 3000, TimeSource.INTERPOLATED),
                Word.timed("cue", 3000, 4000, TimeSource.INTERPOLATED),
                Word.timed("end", 9000, 10_000, TimeSource.MEASURED));
        List<Word> w = words(Anchors.setAnchor(t, 0, 2, 6000));
        assertThat(w.get(0)).isEqualTo(words(t).get(0));
        assertThat(w.get(4)).isEqualTo(words(t).get(4));
        assertThat(w.get(1).source()).isEqualTo(TimeSource.INTERPOLATED);
        assertThat(w.get(1).start()).isEqualTo(1000);
        assertThat(w.get(1).end()).isEqualTo(6000);
        assertThat(w.get(3).source()).isEqualTo(TimeSource.INTERPOLATED);
        assertThat(w.get(3).end()).isEqualTo(9000);
    }

    @Test
    void clearAnchorRespreadsItsStretch() {
        Transcript estimated = estimatedAroundAMeasuredWord();
        Transcript anchored = Anchors.setAnchor(estimated, 0, 5, 2000);

        Transcript cleared = Anchors.clearAnchor(anchored, 0, 5);

        assertThat(words(cleared).get(5).source()).isEqualTo(TimeSource.ESTIMATED);
        assertThat(words(cleared)).isEqualTo(words(estimated));
    }

    @Test
    void clearAnchorLeavesAWordThatIsNotAnchoredAlone() {
        Transcript t = estimatedAroundAMeasuredWord();
        assertThat(Anchors.clearAnchor(t, 0, 10)).isSameAs(t);
        assertThat(Anchors.clearAnchor(t, 0, 3)).isSameAs(t);
    }

    @Test
    void anchorsAcrossSegmentsRetimeTheWordsOfBothSegments() {
        Transcript t = DurationEstimatorTest.transcript(List.of(Word.of("one"), Word.of("two"), Word.of("three"),
                Word.of("four"), Word.of("five"), Word.of("six"), Word.of("seven"), Word.of("eight"), Word.of("nine")));
        t = DurationEstimator.estimate(t, 9000);
        Transcript anchored = Anchors.setAnchor(t, 1, 1, 8000);
        assertThat(anchored.segment(1).words().get(1).start()).isEqualTo(8000);
        assertThat(anchored.segment(1).words().get(0).end()).isLessThanOrEqualTo(8000);
        assertThat(anchored.segment(0).words().get(6).end()).isLessThan(8000);
        assertThat(DurationEstimatorTest.words(anchored)).extracting(Word::start).isSorted();
    }

    @Test
    void anchoredTranscriptRoundTripsThroughNativeJson() throws Exception {
        Transcript anchored = Anchors.setAnchor(estimatedAroundAMeasuredWord(), 0, 5, 2345);
        NativeJsonFormat format = new NativeJsonFormat();

        Transcript read = format.read(format.write(anchored, ExportOptions.DEFAULTS),
                ReadOptions.defaults("anchored.json")).transcript();

        assertThat(words(read)).isEqualTo(words(anchored));
        assertThat(words(read).get(5).source()).isEqualTo(TimeSource.ANCHORED);
        assertThat(words(read).get(5).start()).isEqualTo(2345);
    }

    @Test
    void rejectsAWordThatIsNotThere() {
        Transcript t = estimatedAroundAMeasuredWord();
        assertThatThrownBy(() -> Anchors.setAnchor(t, 0, 21, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void formatsTimesAsTheEditorShowsThem() {
        assertThat(Anchors.clock(0)).isEqualTo("0:00.000");
        assertThat(Anchors.clock(718_200)).isEqualTo("11:58.200");
        assertThat(Anchors.clock(3_723_004)).isEqualTo("1:02:03.004");
    }

    @Test
    void aRunTimedFromTheRecordingIsStretchedWithTheAnchorAndKeepsItsPauses() {
        // Four words heard with a long pause before the third: 0-1 s, 1-2 s, pause, 6-7 s, 7-8 s; 10 s recording.
        Transcript t = oneSegment(10_000,
                Word.timed("one", 0, 1_000, TimeSource.RECORDING), Word.timed("two", 1_000, 2_000, TimeSource.RECORDING),
                Word.timed("three", 6_000, 7_000, TimeSource.RECORDING),
                Word.timed("four", 7_000, 8_000, TimeSource.RECORDING),
                Word.timed("five", 8_000, 9_000, TimeSource.RECORDING));
        // "four" was really said at 7.5 s: the words before it stretch by 7.5/7, the one after it is squeezed.
        List<Word> w = words(Anchors.setAnchor(t, 0, 3, 7_500));
        assertThat(w.get(3)).isEqualTo(Word.timed("four", 7_500, 8_500, TimeSource.ANCHORED));
        assertThat(w.subList(0, 3)).extracting(Word::source).containsOnly(TimeSource.RECORDING);
        assertThat(w.get(1).end()).isEqualTo(Math.round(2_000 * 7_500 / 7_000.0));
        assertThat(w.get(2).start()).as("the pause stays a pause").isEqualTo(Math.round(6_000 * 7_500 / 7_000.0));
        assertThat(w.get(4).source()).isEqualTo(TimeSource.RECORDING);
        assertThat(w.get(4).start()).isGreaterThanOrEqualTo(8_500);
        assertThat(w.get(4).end()).isLessThanOrEqualTo(10_000);
    }

    @Test
    void aRunMixingRecordingAndEstimatedTimesIsSpreadAsBefore() {
        Transcript t = oneSegment(10_000,
                Word.timed("one", 0, 1_000, TimeSource.RECORDING), Word.timed("two", 1_000, 2_000, TimeSource.ESTIMATED),
                Word.timed("three", 6_000, 7_000, TimeSource.RECORDING));
        List<Word> w = words(Anchors.setAnchor(t, 0, 2, 5_000));
        assertThat(w.subList(0, 2)).extracting(Word::source).containsOnly(TimeSource.ESTIMATED);
    }
}
