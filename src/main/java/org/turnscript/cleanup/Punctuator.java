package org.turnscript.cleanup;

import java.util.List;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Punctuation the editor adds by hand, one key per mark: puts ".", "?" or "," after a word and fixes the case of
 * the next spoken word, which may be in a later segment: after "." and "?" it is capitalised; after "," a capital
 * that cleanup added (the word's original starts small) is taken back, so turning "." into "," undoes the capital.
 */
public final class Punctuator {

    /** The rule id the changes carry. */
    public static final String ID = PunctuationRule.ID;

    /** Marks a word may end in; a new mark replaces these rather than piling up ("so," → "so."). */
    private static final String MARKS = ".,?!;:";

    private Punctuator() {
    }

    /**
     * @param mark one of {@code . ? ,}
     * @throws IllegalArgumentException for another mark
     * @throws IndexOutOfBoundsException when there is no such segment or word
     */
    public static CleanupResult punctuateWordAt(Transcript transcript, int segmentIndex, int wordIndex, char mark) {
        if (mark != '.' && mark != '?' && mark != ',') {
            throw new IllegalArgumentException("the editor adds . ? or , but not " + mark);
        }
        Edits edits = new Edits(transcript, ID);
        Word word = transcript.segment(segmentIndex).words().get(wordIndex);
        edits.setText(segmentIndex, wordIndex, withMark(word.text(), mark));
        int[] next = nextSpokenWord(transcript, segmentIndex, wordIndex);
        if (next != null) {
            Word w = transcript.segment(next[0]).words().get(next[1]);
            edits.setText(next[0], next[1], mark == ',' ? withoutAddedCapital(w) : WordText.capitalised(w.text()));
        }
        return edits.result();
    }

    private static String withMark(String text, char mark) {
        int end = text.length();
        while (end > 1 && MARKS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end) + mark;
    }

    /** Lower-cases the first letter only when cleanup capitalised it; names and "I" keep theirs. */
    private static String withoutAddedCapital(Word w) {
        String original = w.original();
        boolean capitalAdded = !w.text().equals(original) && w.text().equals(WordText.capitalised(original));
        return capitalAdded && !WordText.isFirstPerson(original) ? WordText.decapitalised(w.text()) : w.text();
    }

    /** {segment, word} of the first kept, non-tag word after the given one in a speech segment, or null. */
    private static int[] nextSpokenWord(Transcript transcript, int segmentIndex, int wordIndex) {
        int from = wordIndex + 1;
        for (int s = segmentIndex; s < transcript.segments().size(); s++) {
            Segment segment = transcript.segment(s);
            if (segment.kind() == SegmentKind.SPEECH) {
                List<Word> words = segment.words();
                for (int i = from; i < words.size(); i++) {
                    if (SpokenWords.isSpoken(words.get(i))) {
                        return new int[] {s, i};
                    }
                }
            }
            from = 0;
        }
        return null;
    }
}
