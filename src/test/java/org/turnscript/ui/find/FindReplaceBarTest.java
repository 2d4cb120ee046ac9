package org.turnscript.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.turnscript.model.Word;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.stats.SmallTranscripts;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class FindReplaceBarTest {

    private TranscriptEditor editor;
    private FindReplaceBar bar;

    @Start
    void start(Stage stage) {
        editor = new TranscriptEditor();
        editor.load(SmallTranscripts.conversation());
        bar = new FindReplaceBar(editor.area());
        stage.setScene(new Scene(new VBox(bar.node(), editor.area()), 700, 400));
        stage.show();
    }

    @Test
    void countsMatchesAndStepsThroughThem(FxRobot robot) {
        search(robot, "kate");

        assertThat(count(robot)).isEqualTo("1 of 3");
        assertThat(editor.area().getSelectedText()).isEqualTo("Kate");

        robot.clickOn("#find-field").type(KeyCode.ENTER);
        assertThat(count(robot)).isEqualTo("2 of 3");

        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        assertThat(count(robot)).isEqualTo("1 of 3");
    }

    @Test
    void caseAndWholeWordNarrowTheSearch(FxRobot robot) {
        search(robot, "Here"); // in "there" and "here"
        assertThat(count(robot)).isEqualTo("1 of 2");

        robot.interact(() -> robot.lookup("#find-whole-word").queryAs(ToggleButton.class).setSelected(true));
        assertThat(count(robot)).isEqualTo("1 of 1");

        robot.interact(() -> robot.lookup("#find-case").queryAs(ToggleButton.class).setSelected(true));
        assertThat(count(robot)).isEqualTo("No matches");
    }

    @Test
    void replaceAllIsOneUndoAndKeepsWordTimes(FxRobot robot) {
        String before = editor.area().getText();
        robot.interact(bar::showReplace);
        robot.interact(() -> {
            robot.lookup("#find-field").queryAs(TextField.class).setText("Kate");
            robot.lookup("#replace-field").queryAs(TextField.class).setText("Katie");
        });

        robot.interact(() -> robot.lookup("#replace-all").queryAs(Button.class).fire());

        assertThat(editor.area().getText()).doesNotContain("Kate ").contains("Hi Katie");
        Word katie = editor.snapshot().segment(1).words().get(1);
        assertThat(katie.text()).isEqualTo("Katie");
        assertThat(katie.start()).isEqualTo(3_500);
        assertThat(count(robot)).isEqualTo("Replaced 3");

        robot.interact(() -> editor.area().undo());
        assertThat(editor.area().getText()).isEqualTo(before);
    }

    @Test
    void replaceChangesTheCurrentMatchAndMovesOn(FxRobot robot) {
        robot.interact(bar::showReplace);
        robot.interact(() -> {
            robot.lookup("#find-field").queryAs(TextField.class).setText("Kate");
            robot.lookup("#replace-field").queryAs(TextField.class).setText("K.");
        });

        robot.interact(() -> robot.lookup("#replace-one").queryAs(Button.class).fire());

        assertThat(editor.area().getText()).contains("Hi K.").contains("here Kate");
        assertThat(count(robot)).isEqualTo("1 of 2");
    }

    @Test
    void replacingWithNothingDeletesTheMatches(FxRobot robot) {
        robot.interact(bar::showReplace);
        robot.interact(() -> robot.lookup("#find-field").queryAs(TextField.class).setText("um "));

        robot.interact(() -> robot.lookup("#replace-all").queryAs(Button.class).fire());

        assertThat(editor.area().getText()).contains("so welcome back Kate");
        assertThat(editor.snapshot().segment(4).words()).extracting(Word::text)
                .containsExactly("so", "welcome", "back", "Kate");
    }

    @Test
    void escapeClosesTheBar(FxRobot robot) {
        search(robot, "Kate");

        robot.clickOn("#find-field").type(KeyCode.ESCAPE);

        assertThat(bar.showingProperty().get()).isFalse();
        assertThat(bar.node().isManaged()).isFalse();
    }

    @Test
    void escapeLeavesTheCaretAtTheMatchStart(FxRobot robot) {
        search(robot, "Kate");
        int start = editor.area().getSelection().getStart();

        robot.clickOn("#find-field").type(KeyCode.ESCAPE);

        assertThat(editor.area().getCaretPosition()).isEqualTo(start);
        assertThat(editor.area().getText(start, start + 4)).isEqualTo("Kate");
        assertThat(editor.area().isFocused()).isTrue();
    }

    @Test
    void tabGoesFromTheQueryToTheReplacement(FxRobot robot) {
        robot.interact(bar::showReplace);
        robot.clickOn("#find-field").write("Kate");

        robot.type(KeyCode.TAB);

        assertThat(robot.lookup("#replace-field").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void ctrlZInTheBarUndoesTheReplacement(FxRobot robot) {
        String before = editor.area().getText();
        robot.interact(bar::showReplace);
        robot.clickOn("#find-field").write("Kate");
        robot.clickOn("#replace-field").write("Katie");
        robot.interact(() -> robot.lookup("#replace-all").queryAs(Button.class).fire());
        robot.clickOn("#replace-field");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        assertThat(editor.area().getText()).isEqualTo(before);
        assertThat(robot.lookup("#replace-field").queryAs(TextField.class).getText()).isEqualTo("Katie");
    }

    @Test
    void aSelectionWithTheSpaceBeforeAWordFindsTheWordAndKeepsItsTime(FxRobot robot) {
        int kate = editor.area().getText().indexOf("Hi Kate") + 2; // the space before "Kate"
        robot.interact(() -> editor.area().selectRange(kate, kate + 5));

        robot.interact(bar::showReplace);
        robot.interact(() -> robot.lookup("#replace-field").queryAs(TextField.class).setText("Katie"));
        robot.interact(() -> robot.lookup("#replace-one").queryAs(Button.class).fire());

        assertThat(robot.lookup("#find-field").queryAs(TextField.class).getText()).isEqualTo("Kate");
        assertThat(editor.area().getText()).contains("Hi Katie");
        Word katie = editor.snapshot().segment(1).words().get(1);
        assertThat(katie.text()).isEqualTo("Katie");
        assertThat(katie.start()).isEqualTo(3_500);
    }

    private void search(FxRobot robot, String query) {
        robot.interact(bar::showFind);
        robot.interact(() -> robot.lookup("#find-field").queryAs(TextField.class).setText(query));
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#find-count").queryAs(Label.class).getText();
    }
}
