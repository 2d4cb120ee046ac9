package org.turnscript.ui.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.turnscript.cleanup.Restore;
import org.turnscript.model.Segment;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * One segment before and after cleanup, word by word, for the dialog's excerpt: which words the rules drop,
 * which they respell and which they insert. Words already dropped before this cleanup are not shown.
 *
 * @param segmentId the segment's id
 * @param startMs   its start, or {@link Word#UNKNOWN_TIME}
 * @param words     the words in reading order
 */
public record SegmentPreview(String segmentId, long startMs, List<PreviewWord> words) {

    public SegmentPreview {
        Objects.requireNonNull(segmentId, "segmentId");
        words = List.copyOf(words);
    }

    public enum Kind { KEPT, DROPPED, REPLACED, INSERTED }

    /**
     * One word of the excerpt.
     *
     * @param kind   what cleanup does to it
     * @param before its text before cleanup, empty for an inserted word
     * @param after  its text after cleanup, empty for a dropped word
     */
    public record PreviewWord(Kind kind, String before, String after) {
    }

    /**
     * Compares a segment with its cleaned self. Rules never remove a word, they only flag, respell and insert
     * (inserted words have {@link Restore#INSERTED_ORIGINAL} as original), so the words before are the words
     * after minus the inserted ones, in the same order.
     */
    public static SegmentPreview of(Segment before, Segment after) {
        List<Word> old = before.words();
        List<PreviewWord> words = new ArrayList<>(after.words().size());
        int j = movedAway(old, after.words());
        for (Word a : after.words()) {
            if (j < old.size() && sameWord(a, old.get(j))) {
                Word b = old.get(j++);
                classify(b, a, words);
            } else if (Restore.isInserted(a)) {
                if (!a.isDropped()) {
                    words.add(new PreviewWord(Kind.INSERTED, "", a.text()));
                }
            } else if (j < old.size()) {
                classify(old.get(j++), a, words); // a rule retimed a word it also respelled: still the same slot
            } else {
                // moved in from the next segment with a glossary phrase that spanned the cut: shown against its
                // original text, the one thing the segment knows of it
                classify(a.withText(a.original()).withFlag(WordFlag.DROPPED, false), a, words);
            }
        }
        return new SegmentPreview(after.id(), after.start(), words);
    }

    /**
     * How many of the first words are no longer in the segment: a glossary phrase that spanned a cut moved them
     * to the end of the segment before. They are always a prefix.
     */
    private static int movedAway(List<Word> old, List<Word> now) {
        int moved = 0;
        while (moved < old.size() && !contains(now, old.get(moved))) {
            moved++;
        }
        return moved;
    }

    private static boolean contains(List<Word> words, Word word) {
        for (Word w : words) {
            if (sameWord(w, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWord(Word after, Word before) {
        return after.original().equals(before.original()) && after.start() == before.start();
    }

    private static void classify(Word b, Word a, List<PreviewWord> out) {
        if (b.isDropped() && a.isDropped()) {
            return;
        }
        if (a.isDropped()) {
            out.add(new PreviewWord(Kind.DROPPED, b.text(), ""));
        } else if (b.isDropped() || a.text().equals(b.text())) {
            out.add(new PreviewWord(Kind.KEPT, a.text(), a.text()));
        } else {
            out.add(new PreviewWord(Kind.REPLACED, b.text(), a.text()));
        }
    }

    /** {@code so [-um-] welcome [-back-]{+Back+}}: dropped in {@code [-…-]}, new text in {@code {+…+}}. */
    public String marked() {
        return words.stream().map(w -> switch (w.kind()) {
            case KEPT -> w.after();
            case DROPPED -> "[-" + w.before() + "-]";
            case REPLACED -> "[-" + w.before() + "-]{+" + w.after() + "+}";
            case INSERTED -> "{+" + w.after() + "+}";
        }).collect(Collectors.joining(" "));
    }
}
