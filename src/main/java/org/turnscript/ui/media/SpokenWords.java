package org.turnscript.ui.media;

import java.util.Optional;
import org.fxmisc.richtext.model.Paragraph;
import org.turnscript.model.Word;
import org.turnscript.ui.session.ParStyle;
import org.turnscript.ui.session.TranscriptBuffer;
import org.turnscript.ui.session.WordStyle;

/**
 * Which word is being said at a moment of the recording: a binary search over the segments' start times (they are
 * in time order) and a walk over one paragraph's words, so it costs the same at ten hours as at ten minutes.
 */
public final class SpokenWords {

    /**
     * A word in the buffer.
     *
     * @param paragraph its paragraph
     * @param start     its first column
     * @param end       the column after it
     * @param startMs   its time
     */
    public record WordAt(int paragraph, int start, int end, long startMs) {
    }

    private SpokenWords() {
    }

    /** The last word that starts at or before {@code ms}; empty before the first timed word. */
    public static Optional<WordAt> at(TranscriptBuffer buffer, long ms) {
        int count = buffer.paragraphCount();
        int lo = 0;
        int hi = count - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int probe = mid;
            long start = Word.UNKNOWN_TIME;
            // Untimed paragraphs (typed, not yet settled) are stepped over.
            while (probe <= hi && (start = buffer.paragraphStart(probe)) < 0) {
                probe++;
            }
            if (start < 0) {
                hi = mid - 1;
            } else if (start <= ms) {
                found = probe;
                lo = probe + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.ofNullable(lastWordBefore(buffer, found, ms));
    }

    private static WordAt lastWordBefore(TranscriptBuffer buffer, int par, long ms) {
        Paragraph<ParStyle, String, WordStyle> p = buffer.paragraph(par);
        String text = p.getText();
        WordAt best = null;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                WordStyle s = p.getStyleOfChar(start);
                if (s.isTimed()) {
                    if (s.start() > ms) {
                        break;
                    }
                    best = new WordAt(par, start, i, s.start());
                }
            }
        }
        return best;
    }

    /** The time of the word at {@code column} of {@code par}, or of its paragraph when that word has none. */
    public static long timeAt(TranscriptBuffer buffer, int par, int column) {
        Paragraph<ParStyle, String, WordStyle> p = buffer.paragraph(par);
        if (p.length() == 0) {
            return buffer.paragraphStart(par);
        }
        WordStyle s = p.getStyleOfChar(Math.min(Math.max(0, column), p.length() - 1));
        return s.isTimed() ? s.start() : buffer.paragraphStart(par);
    }

    /** Where paragraph {@code par} ends in time: its last timed word's end, else the next timed paragraph's start. */
    public static long paragraphEnd(TranscriptBuffer buffer, int par) {
        long end = Word.UNKNOWN_TIME;
        for (var seg : buffer.paragraph(par).getStyledSegments()) {
            if (seg.getStyle().isTimed() && !seg.getSegment().isBlank()) {
                end = Math.max(end, seg.getStyle().end());
            }
        }
        for (int next = par + 1; end < 0 && next < buffer.paragraphCount() && next < par + 50; next++) {
            end = buffer.paragraphStart(next);
        }
        return end;
    }
}
