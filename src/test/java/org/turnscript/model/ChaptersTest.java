package org.turnscript.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChaptersTest {

    /** Two segments of three words, 1 s per word. */
    static Transcript show() {
        Segment a = new Segment("s1", null, SegmentKind.SPEECH, List.of(
                Word.timed("welcome", 0, 1000, TimeSource.MEASURED),
                Word.timed("first", 1000, 2000, TimeSource.MEASURED),
                Word.timed("topic", 2000, 3000, TimeSource.MEASURED)));
        Segment b = new Segment("s2", null, SegmentKind.SPEECH, List.of(
                Word.timed("finally", 3000, 4000, TimeSource.MEASURED),
                Word.timed("the", 4000, 5000, TimeSource.MEASURED),
                Word.timed("end", 5000, 6000, TimeSource.MEASURED)));
        return new Transcript(Metadata.EMPTY, Roster.EMPTY, List.of(a, b));
    }

    @Test
    void chaptersAreKeptInDocumentOrderWhateverOrderTheyAreGiven() {
        Transcript t = show().withChapters(List.of(
                new Chapter("s2", 0, ChapterMark.titled("Finally")),
                new Chapter("s1", 1, ChapterMark.titled("First")),
                new Chapter("s1", 0, ChapterMark.titled("Intro"))));
        assertThat(t.chapters()).extracting(Chapter::title).containsExactly("Intro", "First", "Finally");
        assertThat(Chapters.timed(t)).extracting(Chapters.Timed::startMs).containsExactly(0L, 1000L, 3000L);
    }

    @Test
    void aChapterMustHangOnAWordThatExistsAndOnlyOneChapterPerWord() {
        assertThatThrownBy(() -> show().withChapters(List.of(new Chapter("s9", 0, ChapterMark.titled("X")))))
                .hasMessageContaining("unknown segment s9");
        assertThatThrownBy(() -> show().withChapters(List.of(new Chapter("s1", 3, ChapterMark.titled("X")))))
                .hasMessageContaining("word 3 of s1");
        assertThatThrownBy(() -> show().withChapters(List.of(new Chapter("s1", 1, ChapterMark.titled("X")),
                new Chapter("s1", 1, ChapterMark.titled("Y"))))).hasMessageContaining("two chapters");
    }

    @Test
    void splittingAndMergingMoveTheChapterWithItsWord() {
        Transcript t = show().withChapters(List.of(new Chapter("s1", 2, ChapterMark.titled("Topic")),
                new Chapter("s2", 1, ChapterMark.titled("The end"))));
        Transcript split = t.split(0, 1);
        assertThat(split.chapters().get(0)).isEqualTo(new Chapter(split.segment(1).id(), 1,
                ChapterMark.titled("Topic")));
        Transcript merged = t.mergeWithPrevious(1);
        assertThat(merged.chapters().get(1)).isEqualTo(new Chapter("s1", 4, ChapterMark.titled("The end")));
        assertThat(Chapters.timed(merged)).extracting(Chapters.Timed::startMs).containsExactly(2000L, 4000L);
    }

    @Test
    void reTimingKeepsTheChapterOnItsWordAndItsTimeFollowsTheWord() {
        Transcript t = show().withChapters(List.of(new Chapter("s2", 0, ChapterMark.titled("Finally"))));
        Segment shifted = t.segment(1).withWords(t.segment(1).words().stream()
                .map(w -> w.withTime(w.start() + 500, w.end() + 500, TimeSource.ANCHORED)).toList());
        Transcript retimed = t.withSegment(1, shifted);
        assertThat(retimed.chapters()).isEqualTo(t.chapters());
        assertThat(Chapters.startMs(retimed, retimed.chapters().get(0))).isEqualTo(3500);
    }

    @Test
    void anUntimedChapterWordTakesTheTimeOfTheNextTimedWord() {
        Transcript t = show();
        Segment b = t.segment(1).withWords(List.of(Word.of("finally"), t.segment(1).words().get(1),
                t.segment(1).words().get(2)));
        t = t.withSegment(1, b).withChapters(List.of(new Chapter("s2", 0, ChapterMark.titled("Finally"))));
        assertThat(Chapters.timed(t).get(0).startMs()).isEqualTo(4000);
    }

    @Test
    void segmentsThatLoseWordsKeepTheirChapterOnTheLastWordAndGoneSegmentsLoseIt() {
        Transcript t = show().withChapters(List.of(new Chapter("s1", 2, ChapterMark.titled("Topic")),
                new Chapter("s2", 0, ChapterMark.titled("Finally"))));
        Transcript shorter = t.withSegments(List.of(t.segment(0).withWords(t.segment(0).words().subList(0, 2))));
        assertThat(shorter.chapters()).containsExactly(new Chapter("s1", 1, ChapterMark.titled("Topic")));
    }

    @Test
    void splitAtStartsGivesEveryChapterItsOwnSegment() {
        Transcript t = show().withChapters(List.of(new Chapter("s1", 0, ChapterMark.titled("Intro")),
                new Chapter("s1", 1, ChapterMark.titled("First")), new Chapter("s2", 2, ChapterMark.titled("End"))));
        Transcript cut = Chapters.splitAtStarts(t);
        assertThat(cut.segments()).hasSize(4);
        assertThat(cut.chapters()).allMatch(c -> c.wordIndex() == 0);
        assertThat(Chapters.bySegmentStart(cut).values()).extracting(ChapterMark::title)
                .containsExactlyInAnyOrder("Intro", "First", "End");
        assertThat(cut.wordCount()).isEqualTo(t.wordCount());
    }

    @Test
    void aMarkStripsItsTitleAndForgetsBlankLinks() {
        ChapterMark m = new ChapterMark("  Intro \n", " ", "https://example.org/a");
        assertThat(m.title()).isEqualTo("Intro");
        assertThat(m.image()).isNull();
        assertThat(m.url()).isEqualTo("https://example.org/a");
    }
}
