package org.turnscript.ui.editor;

import org.turnscript.ui.session.WordBoundaries;
import java.util.List;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.EditableStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.WordFlag;
import org.turnscript.ui.session.ParStyle;
import org.turnscript.ui.session.TranscriptDocuments;
import org.turnscript.ui.session.WordStyle;

/**
 * The virtualised transcript area: paragraph = segment, paragraph style = speaker, text style = word time and
 * flags. Only visible paragraphs have nodes, so a ten-hour transcript costs no more to show than a short one.
 */
public final class TranscriptArea extends GenericStyledArea<ParStyle, String, WordStyle> {

    /** "time-measured", "time-aligned"…: one interned class name per time source. */
    private static final String[] TIME_CLASSES = java.util.Arrays.stream(TimeSource.values())
            .map(t -> "time-" + t.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);


    /** An area with a document of its own (tests). */
    public TranscriptArea() {
        this(new org.fxmisc.richtext.model.GenericEditableStyledDocument<>(ParStyle.UNASSIGNED, WordStyle.TYPED,
                TranscriptDocuments.OPS));
    }

    /** A view of {@code document}, which a {@link org.turnscript.ui.session.TranscriptBuffer} owns. */
    public TranscriptArea(EditableStyledDocument<ParStyle, String, WordStyle> document) {
        super(ParStyle.UNASSIGNED, TranscriptArea::applyParagraphStyle, WordStyle.TYPED, document,
                TranscriptDocuments.OPS, seg -> StyledTextArea.createStyledTextNode(seg, TranscriptArea::applyWordStyle));
        getStyleClass().add("transcript-area");
        setWrapText(true);
        WordNavigation.install(this);
    }

    /**
     * Typing over a selection gives the typed text the style of the first selected word character, so a corrected
     * word keeps its own time. RichTextFX would use the style before the selection, which is the space after the
     * previous word: the correction would then share that word's time and rewrite it.
     */
    @Override
    public void replaceText(int start, int end, String text) {
        int first = firstWordCharacter(start, end);
        if (first < 0 || text.isEmpty()) {
            super.replaceText(start, end, text);
            return;
        }
        replace(start, end, ReadOnlyStyledDocument.fromString(text, getParagraphStyleForInsertionAt(start),
                getStyleOfChar(first), TranscriptDocuments.OPS));
    }

    /** Double-click: the word under the pointer without the space before it (see {@link WordBoundaries}). */
    @Override
    public void selectWord() {
        int par = getCurrentParagraph();
        int[] word = WordBoundaries.wordAtClick(getParagraph(par).getText(), getCaretColumn());
        if (word != null) {
            selectRange(par, word[0], par, word[1]);
        }
    }

    /** The position of the first non-whitespace character in {@code [start, end)}, or -1. */
    private int firstWordCharacter(int start, int end) {
        if (start >= end) {
            return -1;
        }
        String selected = getText(start, end);
        for (int i = 0; i < selected.length(); i++) {
            if (!Character.isWhitespace(selected.charAt(i))) {
                return start + i;
            }
        }
        return -1;
    }

    private static void applyParagraphStyle(TextFlow flow, ParStyle ps) {
        flow.getStyleClass().removeIf(c -> c.startsWith("speaker-") || c.equals("non-speech")
                || c.equals("unassigned"));
        if (ps.kind() == SegmentKind.NON_SPEECH) {
            flow.getStyleClass().add("non-speech");
        }
        flow.getStyleClass().add(ps.speakerId() == null ? "unassigned" : SpeakerStylesheet.cssClass(ps.speakerId()));
    }

    private static void applyWordStyle(TextExt text, WordStyle style) {
        List<String> classes = new java.util.ArrayList<>(6);
        classes.add("text"); // keep RichTextFX's own class, which the theme's text colour is set on
        classes.add("word");
        if (style.has(WordFlag.SOUND_TAG)) {
            classes.add("sound-tag");
        }
        if (style.has(WordFlag.FILLER)) {
            classes.add("filler");
        }
        if (style.has(WordFlag.DROPPED)) {
            classes.add("dropped");
        }
        if (style.startsChapter()) {
            classes.add("chapter-start");
        }
        // Every source has its class: the anchored one is always marked (a time set by hand is seen before it is
        // moved), the others only when the window dims guessed times or colours words by source.
        classes.add(TIME_CLASSES[style.source().ordinal()]);
        text.getStyleClass().setAll(classes);
    }
}
