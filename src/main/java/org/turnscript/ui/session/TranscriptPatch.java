package org.turnscript.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.Replacement;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;

/**
 * Writes a transformed transcript (cleaned, restored, re-timed by an anchor) into the editor as one undo step.
 * Only paragraphs whose segment changed are replaced; each keeps its paragraph style (speaker tag, or none for a
 * continued turn), and dropped words stay in the text, styled as dropped, so the change stays visible and
 * reversible. Chapters stay on their words.
 */
public final class TranscriptPatch {

    private TranscriptPatch() {
    }

    /**
     * @param before  the document as it is now ({@link TranscriptBuffer#transcript()}), which {@code cleaned} was
     *                made from
     * @param cleaned a transform of {@code before}, with the same segments in the same order
     * @throws IllegalStateException when {@code cleaned} has another number of segments than the document (it was
     *                               not made from this document)
     */
    public static void apply(TranscriptBuffer buffer, Transcript before, Transcript cleaned) {
        Objects.requireNonNull(cleaned, "cleaned");
        List<Segment> current = before.segments();
        List<Segment> next = cleaned.segments();
        if (current.size() != next.size()) {
            throw new IllegalStateException("the changed transcript has " + next.size()
                    + " segments but the document has " + current.size());
        }
        List<Integer> paragraphs = segmentParagraphs(buffer);
        List<Integer> changed = new ArrayList<>();
        for (int k = 0; k < current.size(); k++) {
            if (!current.get(k).equals(next.get(k))) {
                changed.add(k);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        List<Replacement<ParStyle, String, WordStyle>> change = new ArrayList<>(changed.size());
        int shift = 0;
        for (int k : changed) {
            int par = paragraphs.get(k);
            Paragraph<ParStyle, String, WordStyle> p = buffer.paragraph(par);
            int start = buffer.offsetOf(par, 0) + shift;
            ReadOnlyStyledDocument<ParStyle, String, WordStyle> replacement = paragraph(next.get(k),
                    TranscriptDocuments.chaptersOf(cleaned, next.get(k).id()), p.getParagraphStyle());
            // Positions in a multi-change are those the earlier replacements left: a corrected word may change a
            // paragraph's length, which moves the paragraphs after it.
            change.add(new Replacement<>(start, start + p.length(), replacement));
            shift += replacement.length() - p.length();
        }
        // Its own step: neither the typing before it nor the typing after it merges into it.
        buffer.asSeparateStep(() -> buffer.document().replaceMulti(change));
    }

    /**
     * The paragraph of each segment: a transcript skips paragraphs without a word, so segment k is the k-th
     * paragraph that has one.
     */
    private static List<Integer> segmentParagraphs(TranscriptBuffer buffer) {
        var pars = buffer.document().getParagraphs();
        List<Integer> indexes = new ArrayList<>(pars.size());
        int i = 0;
        for (Paragraph<ParStyle, String, WordStyle> p : pars) {
            if (TranscriptDocuments.hasWords(p)) {
                indexes.add(i);
            }
            i++;
        }
        return indexes;
    }

    private static ReadOnlyStyledDocument<ParStyle, String, WordStyle> paragraph(Segment segment,
            java.util.Map<Integer, org.turnscript.model.ChapterMark> chapters, ParStyle style) {
        return new ReadOnlyStyledDocumentBuilder<ParStyle, String, WordStyle>(TranscriptDocuments.OPS, style)
                .addParagraph(TranscriptDocuments.styledWords(segment, chapters), style)
                .build();
    }
}
