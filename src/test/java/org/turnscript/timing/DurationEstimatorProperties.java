package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

class DurationEstimatorProperties {

    record Case(List<Word> words, long durationMs) {
    }

    @Provide
    Arbitrary<Case> untimedWordsAndRoomyDurations() {
        Arbitrary<Word> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(15)
                        .map(DurationEstimatorTest::speech),
                Arbitraries.of("[Music]", "[Applause]").map(DurationEstimatorTest::tag),
                Arbitraries.of("2024", "--", "I").map(DurationEstimatorTest::speech));
        return word.list().ofMinSize(1).ofMaxSize(300).flatMap(words ->
                Arbitraries.longs().between(words.size(), 20_000_000L).map(d -> new Case(words, d)));
    }

    @Property
    void estimateGivesIncreasingTimesEndingAtTheDuration(
            @ForAll("untimedWordsAndRoomyDurations") Case c) {
        List<Word> timed = DurationEstimatorTest.words(
                DurationEstimator.estimate(DurationEstimatorTest.transcript(c.words()), c.durationMs()));

        assertThat(timed).extracting(Word::text).containsExactlyElementsOf(c.words().stream().map(Word::text).toList());
        assertThat(timed.get(0).start()).isZero();
        for (int i = 0; i < timed.size(); i++) {
            Word w = timed.get(i);
            assertThat(w.source()).isEqualTo(TimeSource.ESTIMATED);
            assertThat(w.end()).isGreaterThan(w.start());
            if (i > 0) {
                // Words are contiguous except where a pause is expected: here only after "--".
                assertThat(w.start()).isGreaterThanOrEqualTo(timed.get(i - 1).end());
                if (!timed.get(i - 1).text().equals("--")) {
                    assertThat(w.start()).isEqualTo(timed.get(i - 1).end());
                }
            }
        }
        assertThat(timed.get(timed.size() - 1).end()).isEqualTo(c.durationMs());
    }

    @Property
    void estimateNeverMovesAFixedWord(@ForAll("untimedWordsAndRoomyDurations") Case c) {
        long at = c.durationMs() / 2;
        Word fixed = Word.timed("anchor", at, at, TimeSource.ANCHORED);
        List<Word> input = new ArrayList<>(c.words());
        int index = input.size() / 2;
        input.add(index, fixed);
        List<Word> timed = DurationEstimatorTest.words(
                DurationEstimator.estimate(DurationEstimatorTest.transcript(input), c.durationMs()));
        assertThat(timed.get(index)).isEqualTo(fixed);
        assertThat(timed).extracting(Word::start).isSorted();
        assertThat(timed).allMatch(w -> w.end() >= w.start());
    }

    @Property
    void rateEstimateEndsAtTheRateDuration(@ForAll("untimedWordsAndRoomyDurations") Case c,
                                           @ForAll("rates") int wordsPerMinute) {
        Transcript t = DurationEstimator.estimateAtRate(DurationEstimatorTest.transcript(c.words()), wordsPerMinute);
        long tags = c.words().stream().filter(Word::isSoundTag).count();
        long speech = c.words().size() - tags;
        long expected = Math.round(speech * 60_000.0 / wordsPerMinute) + tags * DurationEstimator.SOUND_TAG_MS;
        assertThat(t.lastEnd()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Integer> rates() {
        return Arbitraries.integers().between(60, 300);
    }
}
