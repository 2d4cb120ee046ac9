package org.turnscript.ui.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.ui.editor.ParStyle;
import org.turnscript.ui.editor.TranscriptArea;
import org.turnscript.ui.editor.TranscriptDocuments;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.editor.WordStyle;

/**
 * Writes a cleaned transcript into the editor as one undo step. Only paragraphs whose segment changed are
 * replaced, each keeps its paragraph style (speaker tag, or none for a continued turn), and dropped words stay in
 * the text, styled as dropped, so cleanup stays visible and reversible.
 */
public final class CleanupApplier {

    private CleanupApplier() {
    }

    /**
     * @param cleaned the result of cleaning {@link TranscriptEditor#snapshot()} of the document as it is now
     * @throws IllegalStateException when {@code cleaned} has another number of segments than the document (cleanup
     *                               rules never add or remove one, so it was not made from this document)
     */
    public static void apply(TranscriptEditor editor, Transcript cleaned) {
        Objects.requireNonNull(cleaned, "cleaned");
        TranscriptArea area = editor.area();
        List<Segment> current = editor.snapshot().segments();
        List<Segment> next = cleaned.segments();
        if (current.size() != next.size()) {
            throw new IllegalStateException("the cleaned transcript has " + next.size()
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
            change.replaceAbsolutely(start, start + p.length(), paragraph(next.get(k), p.getParagraphStyle()));
        }
        // Cleanup is its own step: neither the typing before it nor the typing after it merges into it.
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
