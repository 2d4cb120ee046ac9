package org.turnscript.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentOverlapsTest {

    private static Segment segment(String id, Word... words) {
        return new Segment(id, null, SegmentKind.SPEECH, List.of(words));
    }

    private static Word word(String text, long start, long end) {
        return Word.timed(text, start, end, TimeSource.MEASURED);
    }

    @Test
    void theEarlierSegmentsLastWordsEndWhereTheLaterBegins() {
        List<Segment> in = List.of(
                segment("s1", word("so", 0, 400), word("what", 400, 900), word("we", 900, 1300), word("did", 1300, 2000)),
                segment("s2", word("right", 1000, 1500)));
        List<Segment> out = SegmentOverlaps.clip(in);
        List<Word> first = out.get(0).words();
        assertThat(first.get(0)).isSameAs(in.get(0).words().get(0)); // not in the way: untouched
        assertThat(first.get(1)).isSameAs(in.get(0).words().get(1));
        assertThat(first.get(2).start()).isEqualTo(900);
        assertThat(first.get(2).end()).isEqualTo(1000);
        assertThat(first.get(3).start()).isEqualTo(1000); // started after the cut: moved onto it, no length
        assertThat(first.get(3).end()).isEqualTo(1000);
        assertThat(first.get(2).source()).isEqualTo(TimeSource.MEASURED);
        assertThat(out.get(0).body()).isEqualTo("so what we did");
        assertThat(out.get(1)).isSameAs(in.get(1));
        assertThat(SegmentOverlaps.firstOverlap(in)).isEqualTo(1);
        assertThat(SegmentOverlaps.firstOverlap(out)).isEqualTo(-1);
        int[] firstClipped = new int[1];
        assertThat(SegmentOverlaps.countClipped(new long[] {0, 1000}, new long[] {2000, 1500}, 2, firstClipped)).isEqualTo(1);
        assertThat(firstClipped[0]).isZero();
    }

    @Test
    void twoSpeakersStartingTogetherLeaveTheFirstWithNoLengthNeverANegativeOne() {
        List<Segment> out = SegmentOverlaps.clip(List.of(
                segment("s1", word("yes", 500, 900), word("exactly", 900, 1400)),
                segment("s2", word("no", 500, 800))));
        for (Word w : out.get(0).words()) {
            assertThat(w.start()).isEqualTo(500);
            assertThat(w.end()).isEqualTo(500);
        }
        assertThat(SegmentOverlaps.firstOverlap(out)).isEqualTo(-1);
    }

    @Test
    void aLongSoundUnderTheSpeechEndsWhereTheSpeechBeginsAndUntimedSegmentsArePassedBy() {
        Segment music = new Segment("s1", null, SegmentKind.NON_SPEECH, List.of(word("[Music]", 0, 60_000)));
        Segment untimed = segment("s2", Word.of("hmm"));
        Segment speech = segment("s3", word("welcome", 5_000, 5_600));
        Segment later = segment("s4", word("back", 5_600, 6_000));
        List<Segment> out = SegmentOverlaps.clip(List.of(music, untimed, speech, later));
        assertThat(out.get(0).end()).isEqualTo(5_000);
        assertThat(out.subList(1, 4)).containsExactly(untimed, speech, later);
    }

    @Test
    void segmentsThatFollowEachOtherAreReturnedAsTheyAre() {
        List<Segment> in = List.of(segment("s1", word("a", 0, 100)), segment("s2", word("b", 100, 200)));
        assertThat(SegmentOverlaps.clip(in)).isSameAs(in);
        assertThat(SegmentOverlaps.firstOverlap(in)).isEqualTo(-1);
    }
}
