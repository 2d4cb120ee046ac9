package org.turnscript.ui.session;

import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.turnscript.model.WordFlag;

/**
 * The editor's answers to a suggested turn, as edits of the document, each one undo step: "from this word on,
 * this speaker" with the word flagged as an accepted suggestion, and the flag alone for a rejected one. The flag
 * travels in the word's style, so it is saved with the project and the suggestion is not made again.
 */
public final class SuggestionEdits {

    private SuggestionEdits() {
    }

    /** Columns {@code [start, end)} of word {@code index} (whitespace-separated, from 0) of {@code text}, or null. */
    public static int[] wordColumns(String text, int index) {
        int count = -1;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length()) {
                break;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (++count == index) {
                return new int[] {start, i};
            }
        }
        return null;
    }

    /**
     * Tags from word {@code word} of paragraph {@code par} on with {@code speakerId}, splitting the paragraph before
     * it unless it is the first word; with {@code flag}, marks the word too. One replace of the paragraph, one undo
     * step.
     *
     * @return false when there is no such word
     */
    public static boolean tagFrom(TranscriptBuffer buffer, int par, int word, String speakerId, WordFlag flag) {
        Paragraph<ParStyle, String, WordStyle> p = buffer.paragraph(par);
        int[] cols = wordColumns(p.getText(), word);
        if (cols == null) {
            return false;
        }
        if (flag != null) {
            WordStyle style = p.getStyleOfChar(cols[0]);
            p = p.restyle(cols[0], cols[1], style.withFlags(style.flags() | flag.bit()));
        }
        int leftEnd = WordBoundaries.trimEnd(p.getText(), cols[0]);
        ParStyle own = p.getParagraphStyle();
        ReadOnlyStyledDocumentBuilder<ParStyle, String, WordStyle> b =
                new ReadOnlyStyledDocumentBuilder<>(TranscriptDocuments.OPS, own);
        if (leftEnd == 0) {
            b.addParagraph(p.getStyledSegments(), own.withSpeaker(speakerId));
        } else {
            b.addParagraph(p.subSequence(0, leftEnd).getStyledSegments(), own)
                    .addParagraph(p.subSequence(cols[0]).getStyledSegments(), own.withSpeaker(speakerId));
        }
        int start = buffer.offsetOf(par, 0);
        int end = start + buffer.paragraph(par).length();
        buffer.asSeparateStep(() -> buffer.document().replace(start, end, b.build()));
        return true;
    }

    /** Marks word {@code word} of paragraph {@code par} with {@code flag}. One undo step. */
    public static boolean flag(TranscriptBuffer buffer, int par, int word, WordFlag flag) {
        Paragraph<ParStyle, String, WordStyle> p = buffer.paragraph(par);
        int[] cols = wordColumns(p.getText(), word);
        if (cols == null) {
            return false;
        }
        WordStyle style = p.getStyleOfChar(cols[0]);
        int start = buffer.offsetOf(par, cols[0]);
        int end = buffer.offsetOf(par, cols[1]);
        buffer.asSeparateStep(() -> buffer.document().setStyle(start, end, style.withFlags(style.flags() | flag.bit())));
        return true;
    }
}
