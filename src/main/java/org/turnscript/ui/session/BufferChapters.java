package org.turnscript.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyledSegment;
import org.turnscript.chapters.TitleProposer;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Word;

/**
 * The chapters of the open document and the commands on them. A chapter is the {@link WordStyle#chapter()} of its
 * first word, so every command here is a restyle (or a split) of one paragraph: one text change, which the buffer's
 * one undo history records like any other. Commands take the paragraph and column they act at.
 */
public final class BufferChapters {

    /**
     * A chapter where it stands in the document.
     *
     * @param paragraph the paragraph of its first word
     * @param column    where that word starts
     * @param mark      title, image and link
     * @param startMs   the word's start, or {@link Word#UNKNOWN_TIME}
     */
    public record Located(int paragraph, int column, ChapterMark mark, long startMs) {
        public String title() {
            return mark.title();
        }
    }

    private final TranscriptBuffer buffer;

    public BufferChapters(TranscriptBuffer buffer) {
        this.buffer = buffer;
    }

    /** Every chapter in document order. Reads every paragraph's styles: called when edits settle, not per key. */
    public List<Located> list() {
        List<Located> out = new ArrayList<>();
        for (int par = 0; par < buffer.paragraphCount(); par++) {
            collect(par, out);
        }
        return out;
    }

    /** The chapter that starts in paragraph {@code par} first, or null: what the heading above it says. */
    public ChapterMark inParagraph(int par) {
        List<Located> found = new ArrayList<>(1);
        collect(par, found);
        return found.isEmpty() ? null : found.get(0).mark();
    }

    /** The chapter whose first word holds {@code column} of {@code par}, or null. */
    public Located at(int par, int column) {
        int[] word = WordBoundaries.wordAround(buffer.paragraph(par).getText(), column);
        if (word == null) {
            return null;
        }
        List<Located> found = new ArrayList<>();
        collect(par, found);
        return found.stream().filter(c -> c.column() == word[0]).findFirst().orElse(null);
    }

    /**
     * Where the word {@code flatIndex} of the document (counted from 0 over every paragraph, as a transcript counts
     * them) starts, as {paragraph, column}; null past the end. Splits and chapters do not change the count, so a
     * suggestion made before other suggestions were accepted still finds its word.
     */
    public int[] locateWord(int flatIndex) {
        int count = 0;
        for (int par = 0; par < buffer.paragraphCount(); par++) {
            String text = buffer.paragraph(par).getText();
            boolean afterSpace = true;
            for (int k = 0; k < text.length(); k++) {
                boolean space = Character.isWhitespace(text.charAt(k));
                if (!space && afterSpace) {
                    if (count == flatIndex) {
                        return new int[] {par, k};
                    }
                    count++;
                }
                afterSpace = space;
            }
        }
        return null;
    }

    /** A title for a chapter at the caret's word, from the words that follow it (see {@link TitleProposer}). */
    public String proposeTitle(int par, int column) {
        String text = buffer.paragraph(par).getText();
        int[] word = WordBoundaries.wordAround(text, column);
        List<String> words = new ArrayList<>();
        for (int p = par; p < buffer.paragraphCount() && words.size() < 20; p++) {
            String t = p == par ? (word == null ? "" : text.substring(word[0])) : buffer.paragraph(p).getText();
            for (String w : t.strip().split("\\s+")) {
                if (!w.isEmpty() && words.size() < 20) {
                    words.add(w);
                }
            }
        }
        return TitleProposer.propose(words);
    }

    /**
     * Starts a chapter at the caret's word (the word the caret is in or just after). A word inside a paragraph
     * starts a new paragraph, so the chapter's heading stands right above it; both happen in one change. A word
     * that already starts a chapter gets the new title.
     *
     * @return the offset of the chapter's first word (where the caret goes), or -1 on a blank paragraph
     */
    public int mark(int par, int column, ChapterMark mark) {
        Paragraph<ParStyle, String, WordStyle> p = buffer.paragraph(par);
        String text = p.getText();
        int[] word = WordBoundaries.wordAround(text, column);
        if (word == null) {
            return -1;
        }
        int leftEnd = WordBoundaries.trimEnd(text, word[0]);
        int start = buffer.offsetOf(par, 0);
        ReadOnlyStyledDocumentBuilder<ParStyle, String, WordStyle> doc =
                new ReadOnlyStyledDocumentBuilder<>(TranscriptDocuments.OPS, p.getParagraphStyle());
        if (leftEnd == 0) {
            doc.addParagraph(restyled(p, word[0], word[1], s -> s.withChapter(mark)), p.getParagraphStyle());
            buffer.document().replace(start, start + p.length(), doc.build());
            return start + word[0];
        }
        doc.addParagraph(p.subSequence(0, leftEnd).getStyledSegments(), p.getParagraphStyle());
        Paragraph<ParStyle, String, WordStyle> right = p.subSequence(word[0]);
        doc.addParagraph(restyled(right, 0, word[1] - word[0], s -> s.withChapter(mark)), p.getParagraphStyle());
        buffer.document().replace(start, start + p.length(), doc.build());
        return buffer.offsetOf(par + 1, 0);
    }

    /** Renames the chapter at {@code column} of {@code par}; false when no chapter starts there. */
    public boolean rename(int par, int column, String title) {
        Located c = at(par, column);
        if (c == null || c.title().equals(title.strip())) {
            return false;
        }
        restyle(c, c.mark().withTitle(title));
        return true;
    }

    /** Removes the chapter at {@code column} of {@code par} (its words stay as they are); false when none is there. */
    public boolean remove(int par, int column) {
        Located c = at(par, column);
        if (c == null) {
            return false;
        }
        restyle(c, null);
        return true;
    }

    /**
     * Moves a chapter's start to the word at {@code column} of {@code par}, as one undo step.
     *
     * @return the offset of its new first word, or -1 when nothing moved
     */
    public int move(Located chapter, int par, int column) {
        Located current = at(chapter.paragraph(), chapter.column());
        if (current == null || at(par, column) != null) {
            return -1;
        }
        int[] result = {-1};
        buffer.asOneStep(() -> {
            restyle(current, null); // a restyle keeps every position, so par and column still mean the same word
            result[0] = mark(par, column, current.mark());
        });
        return result[0];
    }

    private void restyle(Located c, ChapterMark mark) {
        Paragraph<ParStyle, String, WordStyle> p = buffer.paragraph(c.paragraph());
        int[] word = WordBoundaries.wordAround(p.getText(), c.column());
        int start = buffer.offsetOf(c.paragraph(), 0);
        buffer.document().replace(start, start + p.length(),
                new ReadOnlyStyledDocumentBuilder<ParStyle, String, WordStyle>(TranscriptDocuments.OPS,
                        p.getParagraphStyle())
                        .addParagraph(restyled(p, word[0], word[1], s -> s.withChapter(mark)), p.getParagraphStyle())
                        .build());
    }

    /** The paragraph's styled segments with {@code [from, to)} restyled by {@code change}. */
    private static List<StyledSegment<String, WordStyle>> restyled(Paragraph<ParStyle, String, WordStyle> p, int from,
                                                                   int to, UnaryOperator<WordStyle> change) {
        List<StyledSegment<String, WordStyle>> out = new ArrayList<>();
        int pos = 0;
        for (StyledSegment<String, WordStyle> seg : p.getStyledSegments()) {
            String text = seg.getSegment();
            int end = pos + text.length();
            int a = Math.max(pos, from);
            int b = Math.min(end, to);
            if (a >= b) {
                add(out, text, seg.getStyle());
            } else {
                add(out, text.substring(0, a - pos), seg.getStyle());
                add(out, text.substring(a - pos, b - pos), change.apply(seg.getStyle()));
                add(out, text.substring(b - pos), seg.getStyle());
            }
            pos = end;
        }
        if (out.isEmpty()) {
            out.add(new StyledSegment<>("", WordStyle.TYPED));
        }
        return out;
    }

    private static void add(List<StyledSegment<String, WordStyle>> out, String text, WordStyle style) {
        if (!text.isEmpty()) {
            out.add(new StyledSegment<>(text, style));
        }
    }

    /**
     * The chapters starting in one paragraph: at each word start whose style carries a chapter, unless the word
     * before has the very same style (it is that word continued, as {@link TranscriptDocuments} reads it too).
     */
    private void collect(int par, List<Located> out) {
        Paragraph<ParStyle, String, WordStyle> p = buffer.paragraph(par);
        int pos = 0;
        boolean afterSpace = true;
        WordStyle previousWord = null;
        for (StyledSegment<String, WordStyle> seg : p.getStyledSegments()) {
            String text = seg.getSegment();
            WordStyle style = seg.getStyle();
            for (int k = 0; k < text.length(); k++) {
                boolean space = Character.isWhitespace(text.charAt(k));
                if (!space && afterSpace) {
                    if (style.startsChapter() && !style.equals(previousWord)) {
                        out.add(new Located(par, pos + k, style.chapter(), style.isTimed() ? style.start()
                                : Word.UNKNOWN_TIME));
                    }
                    previousWord = style;
                }
                afterSpace = space;
            }
            pos += text.length();
        }
    }
}
