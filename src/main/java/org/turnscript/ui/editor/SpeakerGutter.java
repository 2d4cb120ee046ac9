package org.turnscript.ui.editor;

import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        String speaker = editor.effectiveSpeaker(par);
        boolean turnStart = editor.startsTurn(par);
        Label chip = new Label(chipText(style, speaker, editor.roster()));
        chip.getStyleClass().add("speaker-chip");
        chip.getStyleClass().add(speaker != null ? SpeakerStylesheet.cssClass(speaker) : "unassigned");
        if (!turnStart) {
            chip.getStyleClass().add("continued");
        }
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.setMaxWidth(WIDTH - 60);
        Label time = new Label(TimeText.format(editor.paragraphStart(par)));
        time.getStyleClass().add("segment-time");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(4, chip, spacer, time);
        // The gutter's right edge is the turn's colour band, continued turns included.
        box.getStyleClass().addAll("speaker-gutter", speaker != null ? SpeakerStylesheet.cssClass(speaker)
                : style.kind() == SegmentKind.NON_SPEECH ? "non-speech" : "unassigned");
        box.setAlignment(Pos.TOP_LEFT);
        box.setFillHeight(false);
        box.setMinWidth(WIDTH);
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        box.setPadding(new Insets(turnStart && par > 0 ? 16 : 5, 10, 3, 10));
        return box;
    }

    private static String chipText(ParStyle style, String speaker, Roster roster) {
        if (style.kind() == SegmentKind.NON_SPEECH && speaker == null) {
            return "♪";
        }
        String name = roster.nameOf(speaker);
        return name == null ? "—" : name;
    }
}
