package org.turnscript.ui.editor;

import java.util.Objects;
import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.turnscript.model.Roster;
import org.turnscript.model.SegmentKind;
import org.turnscript.ui.TimeText;

/**
 * The gutter beside each paragraph: the speaker as a coloured chip with the segment's start time. At a change of
 * speaker the chip is solid and the paragraph gets space above it; within a turn it is a quiet outline, so turns
 * stand out at a glance.
 */
final class SpeakerGutter implements IntFunction<Node> {

    static final double WIDTH = 150;

    private final TranscriptEditor editor;

    SpeakerGutter(TranscriptEditor editor) {
        this.editor = editor;
    }

    @Override
    public Node apply(int par) {
        TranscriptArea area = editor.area();
        ParStyle style = area.getParagraph(par).getParagraphStyle();
        boolean turnStart = par == 0 || !Objects.equals(style.speakerId(),
                area.getParagraph(par - 1).getParagraphStyle().speakerId());
        Roster roster = editor.roster();
        Label chip = new Label(chipText(style, roster));
        chip.getStyleClass().add("speaker-chip");
        if (style.speakerId() != null) {
            chip.getStyleClass().add(SpeakerStylesheet.cssClass(style.speakerId()));
        } else {
            chip.getStyleClass().add("unassigned");
        }
        if (!turnStart) {
            chip.getStyleClass().add("continued");
        }
        chip.setMaxWidth(WIDTH - 16);
        Label time = new Label(TimeText.format(editor.paragraphStart(par)));
        time.getStyleClass().add("segment-time");
        VBox box = new VBox(2, chip, time);
        box.getStyleClass().add("speaker-gutter");
        box.setAlignment(Pos.TOP_LEFT);
        box.setMinWidth(WIDTH);
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        box.setPadding(new Insets(turnStart && par > 0 ? 14 : 3, 8, 3, 8));
        return box;
    }

    private static String chipText(ParStyle style, Roster roster) {
        if (style.kind() == SegmentKind.NON_SPEECH && style.speakerId() == null) {
            return "♪ sound";
        }
        String name = roster.nameOf(style.speakerId());
        return name == null ? "—" : name;
    }
}
