package org.turnscript.ui.editor;

import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
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
 *
 * <p>RichTextFX stretches the gutter to the paragraph's height but sizes the paragraph by its text alone, so the
 * space above a turn goes on the whole paragraph (the {@value #TURN_START} class on its box, see the stylesheet),
 * and chip and time sit on the text's first line. A long name is shortened; the time always shows in full.
 */
final class SpeakerGutter implements IntFunction<Node> {

    static final double WIDTH = 150;
    /** Style class of a paragraph box that starts a turn below another one. */
    static final String TURN_START = "turn-start";
    /** Puts the chip on the middle of the text's first line (the text's own top padding plus half its spacing). */
    private static final Insets PADDING = new Insets(5, 10, 3, 10);

    private final TranscriptEditor editor;

    SpeakerGutter(TranscriptEditor editor) {
        this.editor = editor;
    }

    @Override
    public Node apply(int par) {
        Label chip = new Label();
        chip.setMaxWidth(WIDTH - 60);
        chip.setTextOverrun(OverrunStyle.ELLIPSIS);
        chip.setEllipsisString("…"); // one character, so more of the name shows
        Label time = new Label();
        time.getStyleClass().add("segment-time");
        time.setMinWidth(Region.USE_PREF_SIZE); // the name gives way, never the time
        Label mark = new Label();
        mark.getStyleClass().add("suggestion-mark");
        mark.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(4, chip, mark, spacer, time);
        box.setAlignment(Pos.BASELINE_LEFT);
        box.setFillHeight(false);
        box.setMinWidth(WIDTH);
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        box.setPadding(PADDING);
        // The paragraph box is only known once RichTextFX puts the gutter in it.
        box.parentProperty().addListener((o, before, after) -> {
            markParagraph(box);
            ChapterHeading.markParagraph(box);
        });
        update(box, par);
        return box;
    }

    /**
     * Brings a gutter node made by {@link #apply} up to date for paragraph {@code par}: cheaper than a new node,
     * because only what changed is restyled.
     */
    void update(Node node, int par) {
        // chip, suggestion mark, spacer, time; a chapter heading may follow them
        if (!(node instanceof HBox box) || box.getChildren().size() < 4) {
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
        showMark((Label) box.getChildren().get(1), editor.gutterMark(par));
        Label time = (Label) box.getChildren().get(3);
        time.setText(TimeText.format(editor.paragraphStart(par)));
        // The gutter's right edge is the turn's colour band, continued turns included.
        setClasses(box, "speaker-gutter", speaker != null ? speakerClass
                : style.kind() == SegmentKind.NON_SPEECH ? "non-speech" : "unassigned", null);
        box.getProperties().put(TURN_START, turnStart && par > 0);
        markParagraph(box);
        ChapterHeading.update(box, editor.chapters().inParagraph(par));
    }

    private static void showMark(Label label, GutterMark mark) {
        String text = mark == null ? "" : mark.text();
        if (!text.equals(label.getText())) {
            label.setText(text);
            label.setTooltip(mark == null ? null : new javafx.scene.control.Tooltip(mark.tip()));
        }
        setClasses(label, "suggestion-mark", mark == null || mark.speakerId() == null ? "unassigned"
                : SpeakerStylesheet.cssClass(mark.speakerId()), null);
    }

    /** Gives the paragraph box holding {@code box} the space above a turn, or takes it away. */
    private static void markParagraph(HBox box) {
        Parent paragraph = box.getParent();
        if (paragraph == null) {
            return;
        }
        boolean spaced = Boolean.TRUE.equals(box.getProperties().get(TURN_START));
        List<String> classes = paragraph.getStyleClass();
        if (spaced && !classes.contains(TURN_START)) {
            classes.add(TURN_START);
        } else if (!spaced) {
            classes.remove(TURN_START);
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
