package org.turnscript.ui.editor;

import java.util.List;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.EditableStyledDocument;
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

    /** A view of {@code document}, which a {@link org.turnscript.ui.session.TranscriptBuffer} owns. */
    public TranscriptArea(EditableStyledDocument<ParStyle, String, WordStyle> document) {
        super(ParStyle.UNASSIGNED, TranscriptArea::applyParagraphStyle, WordStyle.TYPED, document,
                TranscriptDocuments.OPS, seg -> StyledTextArea.createStyledTextNode(seg, TranscriptArea::applyWordStyle));
        getStyleClass().add("transcript-area");
        setWrapText(true);
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
        List<String> classes = new java.util.ArrayList<>(5);
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
        if (style.source() == TimeSource.ESTIMATED || style.source() == TimeSource.INTERPOLATED
                || style.source() == TimeSource.UNKNOWN) {
            classes.add("time-" + style.source().name().toLowerCase());
        }
        text.getStyleClass().setAll(classes);
    }
}
