package org.turnscript.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The generator keeps the promises its Javadoc makes, and produces the variety tests rely on. */
class TranscriptArbitrariesProperties {

    @Provide
    Arbitrary<Transcript> any() {
        return TranscriptArbitraries.transcripts();
    }

    @Provide
    Arbitrary<Transcript> timed() {
        return TranscriptArbitraries.timedTranscripts();
    }

    private static List<Word> allWords(Transcript t) {
        return t.segments().stream().flatMap(s -> s.words().stream()).toList();
    }

    @Property(tries = 300)
    void timedTranscriptsHaveOrderedNonOverlappingWords(@ForAll("timed") Transcript t) {
        long previousEnd = -1;
        for (Word w : allWords(t)) {
            assertThat(w.isTimed()).isTrue();
            assertThat(w.source()).isNotEqualTo(TimeSource.UNKNOWN);
            assertThat(w.start()).isLessThan(w.end()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = w.end();
        }
        if (t.metadata().hasDuration()) {
            assertThat(t.metadata().durationMs()).isGreaterThanOrEqualTo(t.lastEnd());
        }
    }

    @Property(tries = 300)
    void segmentsAreWellFormed(@ForAll("any") Transcript t) {
        for (Segment s : t.segments()) {
            if (s.kind() == SegmentKind.NON_SPEECH) {
                assertThat(s.speakerId()).isNull();
                assertThat(s.words()).singleElement().satisfies(w -> assertThat(w.isSoundTag()).isTrue());
            }
            for (Word w : s.words()) {
                assertThat(w.text()).isNotBlank().doesNotContainPattern("\\s");
            }
        }
    }

    @Property(tries = 1000)
    void coversTheCasesThatMatter(@ForAll("any") Transcript t) {
        List<Word> words = allWords(t);
        Statistics.label("dropped word").collect(words.stream().anyMatch(Word::isDropped));
        Statistics.label("changed word").collect(words.stream().anyMatch(w -> !w.original().equals(w.text())));
        Statistics.label("untimed word").collect(words.stream().anyMatch(w -> !w.isTimed()));
        Statistics.label("sound segment").collect(
                t.segments().stream().anyMatch(s -> s.kind() == SegmentKind.NON_SPEECH));
        Statistics.label("segment without speaker").collect(
                t.segments().stream().anyMatch(s -> s.kind() == SegmentKind.SPEECH && !s.hasSpeaker()));
        Statistics.label("non-ASCII text").collect(words.stream().anyMatch(w -> !w.text().matches("\\p{ASCII}*")));

        Statistics.label("dropped word").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("changed word").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("untimed word").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("sound segment").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("segment without speaker").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("non-ASCII text").coverage(c -> c.check(true).percentage(p -> p > 20));
    }
}
