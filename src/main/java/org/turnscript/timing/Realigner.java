package org.turnscript.timing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.turnscript.model.Segment;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Keeps word times through a text edit: the words before and after the edit are diffed (java-diff-utils, Myers)
 * on their text, compared without case and punctuation, and
 * <ul>
 *   <li>a matched word keeps its time, source, original spelling and flags, and takes the new spelling;</li>
 *   <li>a word replaced one for one (a change of as many words as it replaces) keeps the time, source and original
 *       of the word in its place, and loses the cleanup marks (filler, repeat, dropped) the user has retyped;</li>
 *   <li>an inserted word (or one of a change of a different size) is {@link org.turnscript.model.TimeSource#INTERPOLATED}
 *       between its timed neighbours as {@link GapFiller} would, in proportion to its length;</li>
 *   <li>a deleted word disappears, leaving its time to the words inserted around it.</li>
 * </ul>
 *
 * <p>This is the per-paragraph step the editor runs after an edit settles: one segment at a time, never the whole
 * document on each keystroke. The diff costs O((n + m) d) for n and m words and d differences, which is nothing
 * for a paragraph and would be wasted on a ten-hour document.
 */
public final class Realigner {

    /** Cleanup marks describe the text the user has just replaced, so a retyped word sheds them. */
    private static final int MARKS_OF_OLD_TEXT =
            WordFlag.FILLER.bit() | WordFlag.REPEAT.bit() | WordFlag.DROPPED.bit() | WordFlag.SOUND_TAG.bit();

    private Realigner() {
    }

    /**
     * Realigns a segment's words to its edited text (split at white space).
     *
     * @throws IllegalArgumentException when the edited text is blank: a segment has at least one word, so the
     *                                  caller removes it instead
     */
    public static Segment realign(Segment segment, String editedText) {
        String trimmed = editedText.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("segment " + segment.id() + " has no words left");
        }
        return segment.withWords(realign(segment.words(), Arrays.asList(trimmed.split("\\s+"))));
    }

    /**
     * Realigns within the time the words had: words inserted before the first or after the last timed word are
     * placed at the edges of that span (with zero length when a kept word already fills it). Use
     * {@link #realign(List, List, long)} to let words typed at the end run on towards the next segment.
     */
    public static List<Word> realign(List<Word> before, List<String> afterTexts) {
        return realign(before, afterTexts, endOf(before));
    }

    /**
     * Realigns, letting words inserted after the last timed word run up to {@code limitMs} (e.g. the start of the
     * next segment, or the duration). Untimed words stay untimed, and words inserted next to them too: the
     * transcript-wide {@link GapFiller} or {@link DurationEstimator} times them.
     */
    public static List<Word> realign(List<Word> before, List<String> afterTexts, long limitMs) {
        List<String> beforeKeys = before.stream().map(w -> key(w.text())).toList();
        List<String> afterKeys = afterTexts.stream().map(Realigner::key).toList();
        List<Word> out = new ArrayList<>(afterTexts.size());
        boolean[] inserted = new boolean[afterTexts.size()];
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(beforeKeys, afterKeys).getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            int sourceSize = delta.getSource().size();
            int targetSize = delta.getTarget().size();
            for (; i < sourceAt; i++) {
                out.add(before.get(i).withText(afterTexts.get(out.size())));
            }
            if (delta.getType() == DeltaType.CHANGE && sourceSize == targetSize) {
                for (int k = 0; k < sourceSize; k++) {
                    out.add(replaced(before.get(sourceAt + k), afterTexts.get(out.size())));
                }
            } else {
                for (int k = 0; k < targetSize; k++) {
                    inserted[out.size()] = true;
                    out.add(Word.of(afterTexts.get(out.size())));
                }
            }
            i = sourceAt + sourceSize;
        }
        for (; i < before.size(); i++) {
            out.add(before.get(i).withText(afterTexts.get(out.size())));
        }
        interpolateInserted(out, inserted, startOf(before), Math.max(limitMs, endOf(before)));
        return out;
    }

    /** The text as compared: lower case, letters and digits only ("Hello," matches "hello"); symbols as they are. */
    static String key(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.isEmpty() ? text.toLowerCase(Locale.ROOT) : b.toString();
    }

    private static Word replaced(Word old, String text) {
        return new Word(text, old.original(), old.start(), old.end(), old.source(), old.flags() & ~MARKS_OF_OLD_TEXT);
    }

    private static void interpolateInserted(List<Word> out, boolean[] inserted, long spanStart, long spanEnd) {
        int i = 0;
        while (i < out.size()) {
            if (!inserted[i]) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < out.size() && inserted[i]) {
                i++;
            }
            long from = spanStart;
            for (int k = runStart - 1; k >= 0; k--) {
                if (out.get(k).isTimed()) {
                    from = out.get(k).end();
                    break;
                }
            }
            long to = spanEnd;
            for (int k = i; k < out.size(); k++) {
                if (out.get(k).isTimed()) {
                    to = out.get(k).start();
                    break;
                }
            }
            if (from >= 0 && to >= 0) {
                GapFiller.spread(out, runStart, i, from, Math.max(from, to));
            }
        }
    }

    private static long startOf(List<Word> words) {
        for (Word w : words) {
            if (w.isTimed()) {
                return w.start();
            }
        }
        return Word.UNKNOWN_TIME;
    }

    private static long endOf(List<Word> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).isTimed()) {
                return words.get(i).end();
            }
        }
        return Word.UNKNOWN_TIME;
    }
}
