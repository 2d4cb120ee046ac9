package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class DurationEstimatorTest {

    static Word speech(String text) {
        return Word.of(text);
    }

    static Word tag(String text) {
        return Word.of(text).withFlag(WordFlag.SOUND_TAG, true);
    }

    static Transcript transcript(List<Word> words) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < words.size(); i += 7) {
            List<Word> part = words.subList(i, Math.min(words.size(), i + 7));
            SegmentKind kind = part.get(0).isSoundTag() ? SegmentKind.NON_SPEECH : SegmentKind.SPEECH;
            segments.add(new Segment(Transcript.sequentialId(segments.size() + 1), null, kind, part));
        }
        return new Transcript(Metadata.EMPTY, Roster.EMPTY, segments);
    }

    static List<Word> words(Transcript t) {
        return t.segments().stream().flatMap(s -> s.words().stream()).toList();
    }

    @Test
    void spreadsWordsContiguouslyOverTheDuration() {
        Transcript t = DurationEstimator.estimate(transcript(List.of(
                speech("hello"), speech("and"), speech("welcome"), speech("everybody"))), 2000);
        List<Word> w = words(t);
        assertThat(w.get(0).start()).isZero();
        for (int i = 1; i < w.size(); i++) {
            assertThat(w.get(i).start()).isEqualTo(w.get(i - 1).end());
        }
        assertThat(w.get(3).end()).isEqualTo(2000);
        assertThat(w).allMatch(x -> x.source() == TimeSource.ESTIMATED && x.end() > x.start());
    }

    @Test
    void givesLongerWordsMoreTime() {
        List<Word> w = words(DurationEstimator.estimate(transcript(List.of(
                speech("a"), speech("extraordinarily"), speech("I"))), 3000));
        long shortWord = w.get(0).end() - w.get(0).start();
        long longWord = w.get(1).end() - w.get(1).start();
        assertThat(longWord).isGreaterThan(3 * shortWord);
    }

    @Test
    void givesSoundTagsAFewSeconds() {
        List<Word> w = words(DurationEstimator.estimate(transcript(List.of(
                tag("[Music]"), speech("hello"), speech("there"))), 60_000));
        assertThat(w.get(0).end() - w.get(0).start()).isEqualTo(DurationEstimator.SOUND_TAG_MS);
        assertThat(w.get(2).end()).isEqualTo(60_000);
    }

    @Test
    void keepsSoundTagsToAQuarterOfAShortDuration() {
        List<Word> w = words(DurationEstimator.estimate(transcript(List.of(
                tag("[Music]"), tag("[Applause]"), speech("hi"))), 4000));
        long tags = w.get(1).end() - w.get(0).start();
        assertThat(tags).isLessThanOrEqualTo(1000 + 2);
        assertThat(w.get(2).end()).isEqualTo(4000);
    }

    @Test
    void sharesTheDurationEquallyAmongOnlySoundTags() {
        List<Word> w = words(DurationEstimator.estimate(transcript(List.of(tag("[Music]"), tag("[Music]"))), 10_000));
        assertThat(w).extracting(Word::start).containsExactly(0L, 5000L);
        assertThat(w).extracting(Word::end).containsExactly(5000L, 10_000L);
    }

    @Test
    void neverMovesMeasuredOrAnchoredWords() {
        Word measured = Word.timed("fixed", 5000, 6000, TimeSource.MEASURED);
        Word anchored = Word.timed("anchor", 8000, 8500, TimeSource.ANCHORED);
        Word stale = Word.timed("stale", 1, 2, TimeSource.INTERPOLATED);
        List<Word> w = words(DurationEstimator.estimate(transcript(List.of(
                speech("one"), stale, measured, speech("two"), speech("three"), anchored, speech("four"))), 10_000));
        assertThat(w.get(2)).isEqualTo(measured);
        assertThat(w.get(5)).isEqualTo(anchored);
        assertThat(w.get(0).start()).isZero();
        assertThat(w.get(1).end()).isEqualTo(5000);
        assertThat(w.get(1).source()).isEqualTo(TimeSource.ESTIMATED);
        assertThat(w.get(3).start()).isEqualTo(6000);
        assertThat(w.get(4).end()).isEqualTo(8000);
        assertThat(w.get(6).start()).isEqualTo(8500);
        assertThat(w.get(6).end()).isEqualTo(10_000);
    }

    @Test
    void givesZeroLengthTimesInOrderWhenTheDurationIsTooShort() {
        Transcript t = transcript(List.of(speech("a"), speech("b"), speech("c"), speech("d")));
        assertThat(DurationEstimator.fits(t, 3)).isFalse();
        List<Word> w = words(DurationEstimator.estimate(t, 3));
        assertThat(w).extracting(Word::start).isSorted();
        assertThat(w).allMatch(x -> x.end() >= x.start() && x.end() <= 3);
        assertThat(w.get(3).end()).isEqualTo(3);
    }

    @Test
    void estimatesAtTheAssumedRate() {
        List<Word> list = new ArrayList<>();
        for (int i = 0; i < 320; i++) {
            list.add(speech(i % 2 == 0 ? "so" : "everything"));
        }
        list.add(tag("[Music]"));
        Transcript t = DurationEstimator.estimateAtRate(transcript(list), 160);
        assertThat(t.lastEnd()).isEqualTo(120_000 + 3000);
        assertThat(t.metadata().timingNote())
                .isEqualTo("Times estimated at an assumed 160 words per minute; no duration was given.");
        assertThat(t.metadata().hasDuration()).isFalse();
    }

    @Test
    void estimatesOnlyTheTailAfterTheLastFixedWordAtTheRate() {
        Transcript t = transcript(List.of(Word.timed("fixed", 0, 10_000, TimeSource.MEASURED),
                speech("one"), speech("two")));
        assertThat(DurationEstimator.estimateAtRate(t, 120).lastEnd()).isEqualTo(11_000);
    }

    @Test
    void writesTheDurationIntoTheNote() {
        assertThat(DurationEstimator.estimate(transcript(List.of(speech("hi"))), 2_670_000).metadata().timingNote())
                .isEqualTo("Times estimated by spreading words over the 2670 s duration.");
        assertThat(DurationEstimator.durationNote(1500)).contains("1.5 s");
    }

    @Test
    void leavesAnEmptyTranscriptEmpty() {
        assertThat(DurationEstimator.estimate(Transcript.empty(), 1000).segments()).isEmpty();
        assertThat(DurationEstimator.estimateAtRate(Transcript.empty(), 160).segments()).isEmpty();
    }

    @Test
    void rejectsNonsenseArguments() {
        assertThatThrownBy(() -> DurationEstimator.estimate(Transcript.empty(), -5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationEstimator.estimateAtRate(Transcript.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsSyllablesRoughly() {
        assertThat(DurationEstimator.spokenWeight("a")).isEqualTo(1.5);
        assertThat(DurationEstimator.spokenWeight("make")).isEqualTo(1.5);
        assertThat(DurationEstimator.spokenWeight("people")).isEqualTo(2.5);
        assertThat(DurationEstimator.spokenWeight("conversation")).isEqualTo(4.5);
        assertThat(DurationEstimator.spokenWeight("2024")).isEqualTo(4.5);
        assertThat(DurationEstimator.spokenWeight("--")).isEqualTo(1.5);
    }

    /** Ten hours of speech come out fully timed (speed is measured by the benchmark, not here). */
    @Test
    void estimatesAHundredThousandWords() {
        List<Word> list = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            list.add(i % 5000 == 0 ? tag("[Music]") : speech("word" + (i % 17)));
        }
        Transcript t = transcript(list);
        Transcript timed = DurationEstimator.estimate(t, 36_000_000);
        assertThat(timed.lastEnd()).isEqualTo(36_000_000);
        assertThat(timed.wordCount()).isEqualTo(100_000);
    }
}
