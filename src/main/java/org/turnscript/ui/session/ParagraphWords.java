package org.turnscript.ui.session;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.Paragraph;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Word;

/**
 * The words of the paragraphs one settle read, kept for the next: RichTextFX's documents share every paragraph an
 * edit did not touch, so a paragraph seen before (the same object) has the same words. Keyed by identity, so a
 * lookup never compares text; paragraphs not seen in a settle are forgotten at its end. One thread only.
 */
final class ParagraphWords {

    /**
     * What a paragraph gives a transcript: its words, the id of the segment it started, if any, and the chapters
     * that start at its words (by word index).
     */
    record Read(String segmentId, List<Word> words, Map<Integer, ChapterMark> chapters) {
    }

    /** Stands for "read, and has no word". */
    private static final Read NONE = new Read(null, List.of(), Map.of());

    private Map<Paragraph<ParStyle, String, WordStyle>, Read> previous = new IdentityHashMap<>();
    private Map<Paragraph<ParStyle, String, WordStyle>, Read> current = new IdentityHashMap<>();

    /** The paragraph's words (null when it has none), read again only when it was not seen last time. */
    Read get(Paragraph<ParStyle, String, WordStyle> p) {
        Read read = current.get(p);
        if (read == null) {
            read = previous.get(p);
            if (read == null) {
                Read fresh = TranscriptDocuments.read(p);
                read = fresh == null ? NONE : fresh;
            }
            current.put(p, read);
        }
        return read == NONE ? null : read;
    }

    /** Ends a settle: what it did not ask for is dropped. */
    void forgetUnused() {
        previous = current;
        current = new IdentityHashMap<>();
    }
}
