package org.turnscript.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;
import org.turnscript.ui.MainWindow;
import org.turnscript.ui.WindowTests;
import org.turnscript.ui.editor.TranscriptEditor;

/**
 * Suggested turns on the bundled sample, driven with the keyboard: review in order, accept, reject, pick another
 * speaker, the predicted speaker, undo, and decisions that survive a save.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestedTurnsWorkflowTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private int keys;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowTests.openOnSample(stage, home);
    }

    @BeforeEach
    void awaitFirstDocument() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        window.initialLoad().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        fxRun(() -> {
            editor().area().moveTo(0);
            editor().area().requestFocus();
        });
    }

    @AfterEach
    void stop() {
        window.dispose();
    }

    private TranscriptEditor editor() {
        return window.editor();
    }

    private static <T> T fx(Callable<T> c) {
        return WindowTests.fx(c);
    }

    private void fxRun(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(FxRobot robot, KeyCode... combo) {
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
        keys++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Transcript transcript() {
        return fx(() -> editor().snapshot());
    }

    private static String speakerOf(Transcript t, String start) {
        Segment s = t.segments().stream().filter(x -> x.body().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no segment starts with '" + start + "'"));
        return t.roster().nameOf(s.speakerId());
    }

    private String selected() {
        return fx(() -> editor().area().getSelectedText());
    }

    @Test
    void theFirstFiveTurnsOfTheSampleTakeSixKeysWithSuggestions(FxRobot robot) {
        press(robot, KeyCode.F8);
        assertThat(selected()).isEqualTo("hello");
        for (int turn = 0; turn < 5; turn++) {
            press(robot, KeyCode.ALT, KeyCode.ENTER);
        }
        Transcript t = transcript();
        assertThat(speakerOf(t, "hello and welcome")).isEqualTo("Brian");
        assertThat(speakerOf(t, "thanks BR")).isEqualTo("Kate");
        assertThat(speakerOf(t, "Chris hay uh distinguished")).isEqualTo("Brian");
        assertThat(speakerOf(t, "what up")).isEqualTo("Chris");
        assertThat(speakerOf(t, "and a newbie")).isEqualTo("Brian");
        assertThat(keys).isEqualTo(6);
        // The review has moved on to the sixth turn, Skyler's answer to her welcome.
        assertThat(selected()).isEqualTo("my");
        assertThat(fx(() -> window.suggestions().review().currentProperty().get().suggestion().cue().label()))
                .isEqualTo("name addressed");
    }

    @Test
    void acceptingIsOneUndoStepAndMarksTheWord(FxRobot robot) {
        press(robot, KeyCode.F8);
        press(robot, KeyCode.ALT, KeyCode.ENTER); // Brian opens
        press(robot, KeyCode.ALT, KeyCode.ENTER); // Kate: splits "welcome to the podcast Kate | thanks BR …"
        Transcript accepted = transcript();
        assertThat(speakerOf(accepted, "thanks BR")).isEqualTo("Kate");
        Word thanks = accepted.segments().stream().filter(s -> s.body().startsWith("thanks BR")).findFirst()
                .orElseThrow().words().get(0);
        assertThat(thanks.has(WordFlag.TURN_ACCEPTED)).isTrue();

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        Transcript undone = transcript();
        assertThat(undone.segments()).hasSize(accepted.segments().size() - 1);
        assertThat(undone.segments().stream().anyMatch(s -> s.body().startsWith("thanks BR"))).isFalse();
        assertThat(speakerOf(undone, "hello and welcome")).isEqualTo("Brian");
    }

    @Test
    void altShiftArrowsMoveTheSuggestionAWordAndAltEnterAcceptsItThere(FxRobot robot) {
        press(robot, KeyCode.F8);
        press(robot, KeyCode.ALT, KeyCode.ENTER); // Brian opens
        assertThat(selected()).isEqualTo("thanks");
        press(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(selected()).isEqualTo("Kate");
        press(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        press(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        assertThat(selected()).isEqualTo("BR");
        assertThat(transcript().segments()).as("moving changes nothing").hasSize(transcript().segments().size());
        Transcript before = transcript();

        press(robot, KeyCode.ALT, KeyCode.ENTER);
        Transcript accepted = transcript();
        assertThat(speakerOf(accepted, "BR")).isEqualTo("Kate");
        assertThat(accepted.segments().stream().flatMap(x -> x.words().stream())
                .filter(w -> w.has(WordFlag.TURN_ACCEPTED)).map(Word::text).toList()).containsExactly("hello", "BR");
        assertThat(selected()).as("the review goes on past the moved one").isEqualTo("Chris");

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(transcript().segments()).as("one undo step").isEqualTo(before.segments());
    }

    @Test
    void aRejectedSuggestionIsNotSuggestedAgainEvenAfterSavingAndReopening(FxRobot robot) throws Exception {
        press(robot, KeyCode.F8);
        press(robot, KeyCode.ALT, KeyCode.ENTER);
        assertThat(selected()).isEqualTo("thanks");
        press(robot, KeyCode.ALT, KeyCode.BACK_SPACE);
        assertThat(selected()).as("moved on to the next suggestion").isEqualTo("Chris");
        Transcript rejected = transcript();
        assertThat(rejected.segments().stream().flatMap(s -> s.words().stream())
                .filter(w -> w.has(WordFlag.TURN_REJECTED)).map(Word::text).toList()).containsExactly("thanks");

        Path project = home.resolve("decided.turnscript.json");
        assertThat(fx(() -> window.saveAs(project))).isTrue();
        assertThat(Files.readString(project)).contains("\"turn-rejected\"").contains("\"turn-accepted\"");
        assertThat(fx(() -> window.open(project)).get(30, TimeUnit.SECONDS)).isTrue();
        fxRun(() -> {
            editor().area().moveTo(0);
            editor().area().requestFocus();
        });
        press(robot, KeyCode.F8);
        assertThat(selected()).as("neither the accepted opening nor the rejected 'thanks' comes back")
                .isEqualTo("Chris");

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(transcript().segments().stream().flatMap(s -> s.words().stream())
                .anyMatch(w -> w.has(WordFlag.TURN_REJECTED))).as("a reopened project starts a new history").isTrue();
    }

    @Test
    void aDigitOnASuggestionAcceptsItWithAnotherSpeakerAndCtrlEnterTagsThePredictedOne(FxRobot robot) {
        press(robot, KeyCode.F8);
        press(robot, KeyCode.ALT, KeyCode.ENTER);
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT4); // "thanks BR" is Kate's, but say Skyler
        Transcript t = transcript();
        assertThat(speakerOf(t, "thanks BR")).isEqualTo("Skyler");
        assertThat(selected()).as("the review goes on").isEqualTo("Chris");

        fxRun(() -> editor().area().moveTo(editor().area().getText().indexOf("distinguished engineer")));
        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        Transcript predicted = transcript();
        // After Skyler the host takes the floor back.
        assertThat(speakerOf(predicted, "distinguished engineer")).isEqualTo("Brian");
    }

    @Test
    void theGutterMarksSuggestedTurnsInThePredictedSpeakersColour() {
        WaitForAsyncUtils.waitForFxEvents();
        fxRun(() -> editor().moveToParagraph(13));
        String kateId = fx(() -> editor().roster().byName("Kate").orElseThrow().id());
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !marks("speaker-" + kateId).isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no gutter mark for Kate's suggested turn", e);
        }
        Label kate = marks("speaker-" + kateId).get(0);
        assertThat(kate.getText()).isEqualTo("▸");
        assertThat(kate.getTooltip().getText()).contains("Suggested turn: Kate from \"thanks\"", "name addressed");
    }

    /** The gutter marks shown in a speaker's colour. */
    private List<Label> marks(String speakerClass) {
        return fx(() -> editor().area().lookupAll(".suggestion-mark").stream()
                .filter(n -> n instanceof Label l && !l.getText().isEmpty() && l.getStyleClass().contains(speakerClass))
                .map(n -> (Label) n).toList());
    }
}
