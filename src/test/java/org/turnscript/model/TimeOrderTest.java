package org.turnscript.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOrderTest {

    private static Segment segment(String id, Word... words) {
        return new Segment(id, null, SegmentKind.SPEECH, List.of(words));
    }

    private static Word word(String text, long start, long end) {
        return Word.timed(text, start, end, TimeSource.MEASURED);
    }

    @Test
    void timesInOrderAreLeftAlone() {
        List<Segment> segments = List.of(segment("s1", word("a", 0, 500), word("b", 400, 900)),
                segment("s2", word("c", 900, 1200)));
        assertThat(TimeOrder.restore(segments)).isSameAs(segments);
    }

    @Test
    void aWordThatStartsBeforeAnEarlierWordLosesItsTime() {
        List<Segment> segments = List.of(segment("s1", word("hello", 1000, 3000), word("world", 3000, 4000)),
                segment("s2", word("pasted", 1000, 3000), word("there", 4000, 4500)));
        List<Segment> restored = TimeOrder.restore(segments);
        assertThat(restored.get(1).words().get(0).isTimed()).isFalse();
        assertThat(restored.get(1).words().get(1)).isEqualTo(word("there", 4000, 4500));
        assertThat(restored.get(0)).isSameAs(segments.get(0));
    }

    @Test
    void aSegmentThatRunsIntoTheNextIsCutBack() {
        List<Segment> segments = List.of(segment("s1", word("pasted", 1000, 3000)),
                segment("s2", word("lines", 1000, 1000), word("hello", 1000, 3000)));
        List<Segment> restored = TimeOrder.restore(segments);
        assertThat(restored.get(0).end()).isEqualTo(1000);
        assertThat(restored.get(1).words()).isEqualTo(segments.get(1).words());
    }
}
