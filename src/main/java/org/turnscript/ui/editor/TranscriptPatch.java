package org.turnscript.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;

/**
 * Writes a transformed transcript (cleaned, restored, re-timed by an anchor) into the editor as one undo step.
 * Only paragraphs whose segment changed are replaced; each keeps its paragraph style (speaker tag, or none for a
 * continued turn), and dropped words stay in the text, styled as dropped, so the change stays visible and
 * reversible.
 */
public final class TranscriptPatch {

    private TranscriptPatch() {
    }

    /**
     * @param cleaned a transform of {@link TranscriptEditor#snapshot()} of the document as it is now, with the same
     *                segments in the same order
     * @throws IllegalStateException when {@code cleaned} has another number of segments than the document (it was
     *                               not made from this document)
     */
    public static void apply(TranscriptEditor editor, Transcript cleaned) {
        Objects.requireNonNull(cleaned, "cleaned");
        TranscriptArea area = editor.area();
        List<Segment> current = editor.snapshot().segments();
        List<Segment> next = cleaned.segments();
        if (current.size() != next.size()) {
            throw new IllegalStateException("the changed transcript has " + next.size()
                    + " segments but the document has " + current.size());
        }
        List<Integer> paragraphs = segmentParagraphs(area);
        List<Integer> changed = new ArrayList<>();
        for (int k = 0; k < current.size(); k++) {
            if (!current.get(k).equals(next.get(k))) {
                changed.add(k);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        MultiChangeBuilder<ParStyle, String, WordStyle> change = area.createMultiChange(changed.size());
        for (int k : changed) {
            int par = paragraphs.get(k);
            Paragraph<ParStyle, String, WordStyle> p = area.getParagraph(par);
            int start = area.getAbsolutePosition(par, 0);
            // Positions of the document as it is before the change (replace, not replaceAbsolutely): a corrected
            // word may change a paragraph's length, which must not move the paragraphs after it.
            change.replace(start, start + p.length(), paragraph(next.get(k), p.getParagraphStyle()));
        }
        // Its own step: neither the typing before it nor the typing after it merges into it.
        editor.undoManager().preventMerge();
        change.commit();
        editor.undoManager().preventMerge();
    }

    /**
     * The paragraph of each segment: {@link TranscriptEditor#snapshot()} skips paragraphs without a word, so
     * segment k is the k-th paragraph that has one.
     */
    private static List<Integer> segmentParagraphs(TranscriptArea area) {
        var pars = area.getParagraphs();
        List<Integer> indexes = new ArrayList<>(pars.size());
        for (int i = 0; i < pars.size(); i++) {
            if (!pars.get(i).getText().isBlank()) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static ReadOnlyStyledDocument<ParStyle, String, WordStyle> paragraph(Segment segment, ParStyle style) {
        return new ReadOnlyStyledDocumentBuilder<ParStyle, String, WordStyle>(TranscriptDocuments.OPS, style)
                .addParagraph(TranscriptDocuments.styledWords(segment), style)
                .build();
    }
}
