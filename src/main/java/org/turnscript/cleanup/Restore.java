package org.turnscript.cleanup;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Takes cleanup back: every word returns to its original text, loses the {@link WordFlag#DROPPED},
 * {@link WordFlag#FILLER} and {@link WordFlag#REPEAT} flags, and words that cleanup inserted are removed again,
 * handing their time back to the word before them. Sound-tag and speaker-hint flags stay: they describe the input.
 */
public final class Restore {

    /**
     * The {@link Word#original()} of a word that was not in the input but inserted by cleanup (a glossary phrase
     * longer than the one it replaces). Imported words never have an empty original.
     */
    public static final String INSERTED_ORIGINAL = "";

    private static final int CLEANUP_FLAGS = WordFlag.DROPPED.bit() | WordFlag.FILLER.bit() | WordFlag.REPEAT.bit();

    private Restore() {
    }

    public static boolean isInserted(Word word) {
        return word.original().equals(INSERTED_ORIGINAL);
    }

    /** The transcript as imported, apart from edits that are not cleanup (speakers, splits, times). */
    public static Transcript all(Transcript transcript) {
        List<Segment> segments = new ArrayList<>(transcript.segments().size());
        for (Segment segment : transcript.segments()) {
            List<Word> words = restore(segment.words());
            // A segment of inserted words only was never in the input; it goes with them.
            if (!words.isEmpty()) {
                segments.add(words.equals(segment.words()) ? segment : segment.withWords(words));
            }
        }
        return transcript.withSegments(segments);
    }

    /** The word as imported, without cleanup flags; an inserted word keeps its text ({@link #all} removes it). */
    public static Word word(Word w) {
        Word restored = isInserted(w) ? w : w.withText(w.original());
        int flags = restored.flags() & ~CLEANUP_FLAGS;
        return flags == restored.flags() ? restored
                : new Word(restored.text(), restored.original(), restored.start(), restored.end(),
                        restored.source(), flags);
    }

    private static List<Word> restore(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            if (!isInserted(w)) {
                out.add(word(w));
            } else if (!out.isEmpty() && w.isTimed() && out.get(out.size() - 1).isTimed()) {
                Word before = out.get(out.size() - 1);
                out.set(out.size() - 1, before.withTime(before.start(), Math.max(before.end(), w.end()),
                        before.source()));
            }
        }
        return out;
    }
}
