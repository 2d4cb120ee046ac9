package org.turnscript.ui.media;

import org.fxmisc.richtext.model.Paragraph;
import org.turnscript.model.TimeSource;
import org.turnscript.model.WordFlag;
import org.turnscript.ui.dialogs.DurationText;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.session.ParStyle;
import org.turnscript.ui.session.WordStyle;

/**
 * Tap-to-sync: while the recording plays, one key anchors the word at the caret (or, when that one is anchored
 * already, the next word that is not) at the playback position, through the same anchor command as Ctrl+T, as one
 * undo step; the caret then moves to the word after it, so tapping along with the speech times a caption dump.
 */
public final class TapSync {

    private final TranscriptEditor editor;
    private final PlaybackClock clock;

    public TapSync(TranscriptEditor editor, PlaybackClock clock) {
        this.editor = editor;
        this.clock = clock;
    }

    /**
     * Anchors now.
     *
     * @return what happened, in words for the status bar
     */
    public String tap() {
        var area = editor.area();
        int[] target = unanchoredFrom(area.getCurrentParagraph(), area.getCaretColumn());
        if (target == null) {
            return "No word left to anchor after the caret";
        }
        long ms = clock.positionMs();
        area.moveTo(target[0], target[1]);
        String word = editor.caretWordText();
        try {
            editor.anchorWordAtCaret(ms);
        } catch (IllegalArgumentException e) {
            return "Cannot anchor \u201C" + word + "\u201D at " + DurationText.format(ms) + ": " + e.getMessage();
        }
        int[] next = nextWord(target[0], target[2]);
        if (next != null) {
            area.moveTo(next[0], next[1]);
        }
        return "\u201C" + word + "\u201D anchored at " + DurationText.formatPrecise(ms) + " (Ctrl+Z undoes it)";
    }

    /** The word at or after the caret whose time was not set by hand: {paragraph, start, end}. */
    private int[] unanchoredFrom(int par, int column) {
        int[] w = wordAround(par, column);
        if (w == null) {
            w = nextWord(par, column);
        }
        while (w != null) {
            WordStyle s = editor.buffer().paragraph(w[0]).getStyleOfChar(w[1]);
            if (s.source() != TimeSource.ANCHORED && !s.has(WordFlag.SOUND_TAG)) {
                return w;
            }
            w = nextWord(w[0], w[2]);
        }
        return null;
    }

    private int[] wordAround(int par, int column) {
        String text = editor.buffer().paragraph(par).getText();
        int[] w = org.turnscript.ui.session.WordBoundaries.wordAround(text, column);
        return w == null ? null : new int[] {par, w[0], w[1]};
    }

    /** The first word that starts at or after {@code column} of {@code par}, in this or a later paragraph. */
    private int[] nextWord(int par, int column) {
        int count = editor.buffer().paragraphCount();
        for (int p = par; p < count; p++) {
            Paragraph<ParStyle, String, WordStyle> para = editor.buffer().paragraph(p);
            String text = para.getText();
            int i = p == par ? column : 0;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && p == par && i > 0
                    && !Character.isWhitespace(text.charAt(i - 1))) {
                i++; // inside a word: go to its end first
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length()) {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                return new int[] {p, i, end};
            }
        }
        return null;
    }
}
