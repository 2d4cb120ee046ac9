package org.turnscript.ui.session;

import org.turnscript.model.ChapterMark;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * The text style of one word in the transcript area: the word's time, its source, its flags and its original
 * spelling. Because the time travels with the characters, splitting, merging, moving and undoing keep every
 * word's time without any bookkeeping beside the text; characters typed into a word take that word's style.
 * {@code segmentId} is set on the first word of a paragraph when the document is built, so segment ids survive
 * a round trip through the editor. {@code chapter} is set on the first word of a chapter: the chapter hangs on the
 * word, so it moves with it through every edit, and marking, renaming or removing it is a text change that the
 * one undo history records.
 *
 * @param start     ms or {@link Word#UNKNOWN_TIME}
 * @param end       ms or {@link Word#UNKNOWN_TIME}
 * @param source    where the time came from
 * @param flags     {@link WordFlag} bits
 * @param original  the word as imported
 * @param segmentId the id of the segment this word started, or {@code null}
 * @param chapter   the chapter this word starts, or {@code null}
 */
public record WordStyle(long start, long end, TimeSource source, int flags, String original, String segmentId,
                        ChapterMark chapter) {

    /** Text typed where no word was: no time yet. */
    public static final WordStyle TYPED = new WordStyle(Word.UNKNOWN_TIME, Word.UNKNOWN_TIME, TimeSource.UNKNOWN,
            0, null, null, null);

    /** A style without a chapter. */
    public WordStyle(long start, long end, TimeSource source, int flags, String original, String segmentId) {
        this(start, end, source, flags, original, segmentId, null);
    }

    public static WordStyle of(Word w, String segmentId) {
        return of(w, segmentId, null);
    }

    public static WordStyle of(Word w, String segmentId, ChapterMark chapter) {
        return new WordStyle(w.start(), w.end(), w.source(), w.flags(), w.original(), segmentId, chapter);
    }

    public boolean startsChapter() {
        return chapter != null;
    }

    public WordStyle withChapter(ChapterMark mark) {
        return new WordStyle(start, end, source, flags, original, segmentId, mark);
    }

    public boolean isTimed() {
        return start >= 0;
    }

    public boolean has(WordFlag flag) {
        return (flags & flag.bit()) != 0;
    }

    public WordStyle withFlags(int newFlags) {
        return new WordStyle(start, end, source, newFlags, original, segmentId, chapter);
    }
}
