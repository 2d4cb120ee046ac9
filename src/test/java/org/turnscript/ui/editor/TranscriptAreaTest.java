package org.turnscript.ui.editor;

import org.turnscript.ui.session.TranscriptDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.TextExt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class TranscriptAreaTest {

    private TranscriptArea area;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        area = new TranscriptArea();
        Scene scene = new Scene(area, 600, 300);
        scene.getStylesheets().add(Objects.requireNonNull(
                getClass().getResource("/org/turnscript/ui/turnscript.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        area.requestFocus();
    }

    @Test
    void typingOverAWordKeepsThatWordsTime(FxRobot robot) {
        load(robot, Word.timed("Tim", 6_500, 6_857, TimeSource.MEASURED),
                Word.timed("Wong", 6_857, 7_103, TimeSource.MEASURED));
        robot.interact(() -> area.selectRange(4, 8));

        robot.write("Hwang");

        List<Word> words = transcript().segment(0).words();
        assertThat(area.getText()).isEqualTo("Tim Hwang");
        assertThat(words.get(0)).isEqualTo(Word.timed("Tim", 6_500, 6_857, TimeSource.MEASURED));
        assertThat(words.get(1).text()).isEqualTo("Hwang");
        assertThat(words.get(1).original()).isEqualTo("Wong");
        assertThat(words.get(1).start()).isEqualTo(6_857);
        assertThat(words.get(1).end()).isEqualTo(7_103);
        assertThat(words.get(1).source()).isEqualTo(TimeSource.MEASURED);
    }

    @Test
    void typingOverASelectionStartingWithASpaceTakesTheWordAfterIt(FxRobot robot) {
        load(robot, Word.timed("Tim", 6_500, 6_857, TimeSource.MEASURED),
                Word.timed("Wong", 6_857, 7_103, TimeSource.MEASURED));
        robot.interact(() -> area.selectRange(3, 8));

        robot.interact(() -> area.replaceSelection(" Hwang"));

        assertThat(transcript().segment(0).words()).extracting(Word::start).containsExactly(6_500L, 6_857L);
    }

    @Test
    void anAnchoredWordIsAlwaysUnderlined(FxRobot robot) {
        load(robot, Word.timed("fixed", 0, 500, TimeSource.ANCHORED),
                Word.timed("measured", 500, 900, TimeSource.MEASURED));

        TextExt anchored = textNode(robot, "fixed ");
        TextExt measured = textNode(robot, "measured");
        assertThat(anchored.getStyleClass()).contains("time-anchored");
        assertThat(anchored.getUnderlineColor()).isNotNull();
        assertThat(anchored.getUnderlineDashArray()).isNotEmpty();
        assertThat(measured.getUnderlineColor()).isNull();
    }

    @Test
    void ctrlShiftRightSelectsTheNextWordWithoutTheSpaceBeforeIt(FxRobot robot) {
        loadText(robot, "with", "Gemini", "today");
        robot.interact(() -> area.moveTo(4)); // right after "with"

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(area.getSelectedText()).isEqualTo("Gemini");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(area.getSelectedText()).isEqualTo("Gemini today");
    }

    @Test
    void ctrlArrowsMoveByWords(FxRobot robot) {
        loadText(robot, "with", "Gemini", "today");
        robot.interact(() -> area.moveTo(0));

        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertThat(area.getCaretPosition()).isEqualTo(11);

        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertThat(area.getCaretPosition()).isEqualTo(5);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(area.getSelectedText()).isEqualTo("with");
    }

    @Test
    void doubleClickSelectsTheWordWithoutTheSpaceBeforeIt(FxRobot robot) throws Exception {
        loadText(robot, "with", "Gemini", "today");
        Bounds g = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(5, 6).orElseThrow()).get();

        robot.moveTo(new javafx.geometry.Point2D(g.getMinX() + 1, g.getCenterY()));
        robot.doubleClickOn(MouseButton.PRIMARY);

        assertThat(area.getSelectedText()).isEqualTo("Gemini");
    }

    private void loadText(FxRobot robot, String... words) {
        Word[] timed = new Word[words.length];
        for (int i = 0; i < words.length; i++) {
            timed[i] = Word.timed(words[i], i * 500L, i * 500L + 400, TimeSource.MEASURED);
        }
        load(robot, timed);
    }

    private void load(FxRobot robot, Word... words) {
        Transcript t = new Transcript(Metadata.EMPTY, Roster.EMPTY,
                List.of(new Segment("s1", null, SegmentKind.SPEECH, List.of(words))));
        robot.interact(() -> {
            area.replace(0, area.getLength(), TranscriptDocuments.toDocument(t));
            area.requestFocus();
        });
    }

    private Transcript transcript() {
        return TranscriptDocuments.toTranscript(area.getParagraphs(), Roster.EMPTY, Metadata.EMPTY);
    }

    private static TextExt textNode(FxRobot robot, String text) {
        return robot.lookup(".text").queryAllAs(TextExt.class).stream().filter(t -> t.getText().equals(text))
                .findFirst().orElseThrow();
    }
}
