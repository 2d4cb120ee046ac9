package org.turnscript.ui.editor;

import java.util.List;
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
import org.turnscript.ui.session.ParStyle;
import org.turnscript.ui.text.TimeText;

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
        Label chip = new Label();
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.setMaxWidth(WIDTH - 60);
        Label time = new Label();
        time.getStyleClass().add("segment-time");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(4, chip, spacer, time);
        box.setAlignment(Pos.TOP_LEFT);
        box.setFillHeight(false);
        box.setMinWidth(WIDTH);
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        update(box, par);
        return box;
    }

    /**
     * Brings a gutter node made by {@link #apply} up to date for paragraph {@code par}: cheaper than a new node,
     * because only what changed is restyled.
     */
    void update(Node node, int par) {
        if (!(node instanceof HBox box) || box.getChildren().size() != 3) {
            return;
        }
        TranscriptArea area = editor.area();
        ParStyle style = area.getParagraph(par).getParagraphStyle();
        String speaker = editor.effectiveSpeaker(par);
        boolean turnStart = editor.startsTurn(par);
        String speakerClass = speaker != null ? SpeakerStylesheet.cssClass(speaker) : "unassigned";

        Label chip = (Label) box.getChildren().get(0);
        chip.setText(chipText(style, speaker, editor.roster()));
        setClasses(chip, "speaker-chip", speakerClass, turnStart ? null : "continued");
        Label time = (Label) box.getChildren().get(2);
        time.setText(TimeText.format(editor.paragraphStart(par)));
        // The gutter's right edge is the turn's colour band, continued turns included.
        setClasses(box, "speaker-gutter", speaker != null ? speakerClass
                : style.kind() == SegmentKind.NON_SPEECH ? "non-speech" : "unassigned", null);
        Insets padding = new Insets(turnStart && par > 0 ? 16 : 5, 10, 3, 10);
        if (!padding.equals(box.getPadding())) {
            box.setPadding(padding);
        }
    }

    private static void setClasses(Node node, String base, String variant, String extra) {
        List<String> wanted = extra == null ? List.of(base, variant) : List.of(base, variant, extra);
        if (!node.getStyleClass().equals(wanted)) {
            node.getStyleClass().setAll(wanted);
        }
    }

    private static String chipText(ParStyle style, String speaker, Roster roster) {
        if (style.kind() == SegmentKind.NON_SPEECH && speaker == null) {
            return "♪";
        }
        String name = roster.nameOf(speaker);
        return name == null ? "—" : name;
    }
}
