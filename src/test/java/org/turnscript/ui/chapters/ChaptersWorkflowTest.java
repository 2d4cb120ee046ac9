package org.turnscript.ui.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.TextField;
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
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Chapter;
import org.turnscript.model.Transcript;
import org.turnscript.ui.MainWindow;
import org.turnscript.ui.WindowTests;
import org.turnscript.ui.session.BufferChapters.Located;

/**
 * Chapters on the bundled sample, with the keyboard: Ctrl+M marks one at the caret's word and asks its title, the
 * heading shows above it, the panel and the band list it, rename and delete work from the panel, and each change
 * is one undo step. Then the four parts of the show are exported as a YouTube list and Podcasting 2.0 chapters.
 */
@ExtendWith(ApplicationExtension.class)
class ChaptersWorkflowTest {

    @TempDir
    static Path home;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowTests.openOnSample(stage, home);
    }

    @BeforeEach
    void awaitFirstDocument() throws Exception {
        WindowTests.awaitSample(window);
    }

    @AfterEach
    void stopAutosave() {
        window.dispose();
    }

    private static <T> T fx(Callable<T> c) {
        return WindowTests.fx(c);
    }

    private void fxRun(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void caretAt(String phrase) {
        fxRun(() -> {
            int at = window.editor().area().getText().indexOf(phrase);
            assertThat(at).as("'%s' is in the text", phrase).isGreaterThanOrEqualTo(0);
            window.editor().area().moveTo(at);
            window.editor().area().requestFocus();
        });
    }

    /** Ctrl+M, then the title typed over the proposal in the dialog, then Enter. */
    private void markWithKey(FxRobot robot, String title) {
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#chapter-title").queryAs(TextField.class);
        // The dialog's own field, with the proposal from the words that follow; Monocle's robot types into the
        // main window's focus, so the title is put in the field and the real Enter key accepts it.
        assertThat(fx(() -> field.getText())).isNotBlank();
        fxRun(() -> field.setText(title));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> titles() {
        return fx(() -> window.chapters().shown().stream().map(Located::title).toList());
    }

    @Test
    void markRenameAndUndoAChapterWithTheKeyboard(FxRobot robot) {
        caretAt("we will start with AI overviews");
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> robot.lookup("#chapter-title").queryAs(TextField.class).getText())).isEqualTo("AI overviews");
        robot.type(KeyCode.ESCAPE); // cancelled: nothing marked
        assertThat(titles()).isEmpty();
        markWithKey(robot, "AI Overviews");
        assertThat(titles()).containsExactly("AI Overviews");
        Transcript marked = fx(window.editor()::snapshot);
        Chapter chapter = marked.chapters().get(0);
        assertThat(marked.segment(marked.indexOf(chapter.segmentId())).body()).startsWith("we will start with AI");
        assertThat(chapter.wordIndex()).isZero(); // the chapter's word now opens a paragraph, under its heading
        int par = fx(() -> window.editor().area().getCurrentParagraph());
        assertThat(fx(() -> window.editor().chapterHeadingShown(par))).isEqualTo("§ AI Overviews");
        assertThat(marked.wordCount()).isEqualTo(8457);

        // Rename from the panel: select it, F2, type, Enter.
        fxRun(() -> {
            window.chapters().tab().getTabPane().getSelectionModel().select(window.chapters().tab());
            window.chapters().panelList().getSelectionModel().select(0);
            window.chapters().panelList().requestFocus();
        });
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#chapter-title").queryAs(TextField.class);
        assertThat(fx(() -> field.getText())).isEqualTo("AI Overviews"); // the rename starts from the title
        fxRun(() -> field.setText("Google's AI Overviews"));
        robot.type(KeyCode.ENTER);
        assertThat(titles()).containsExactly("Google's AI Overviews");

        // Undo: the rename, then the mark (and its split), each one step.
        fxRun(() -> window.editor().area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        fxRun(() -> window.chapters().refresh());
        assertThat(titles()).containsExactly("AI Overviews");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        fxRun(() -> window.chapters().refresh());
        assertThat(titles()).isEmpty();
        Transcript undone = fx(window.editor()::snapshot);
        assertThat(undone.chapters()).isEmpty();
        assertThat(undone.segments()).hasSize(fx(() -> marked.segments().size()) - 1);
    }

    @Test
    void theFourPartsOfTheShowExportAsAYouTubeListAndPodcastingChapters(FxRobot robot) throws Exception {
        caretAt("hello and welcome");
        markWithKey(robot, "Intro");
        caretAt("we will start with AI overviews");
        markWithKey(robot, "Google's AI Overviews");
        caretAt("last week anthropic released");
        markWithKey(robot, "Golden Gate Claude");
        caretAt("so also last week last week");
        markWithKey(robot, "Scaling laws and the whale computer");
        assertThat(titles()).containsExactly("Intro", "Google's AI Overviews", "Golden Gate Claude",
                "Scaling laws and the whale computer");
        assertThat(fx(() -> window.chapters().bandTitles())).hasSize(4);

        // Delete from the panel, then undo brings it back.
        fxRun(() -> {
            window.chapters().tab().getTabPane().getSelectionModel().select(window.chapters().tab());
            window.chapters().panelList().getSelectionModel().select(2);
            window.chapters().panelList().requestFocus();
        });
        robot.type(KeyCode.DELETE);
        assertThat(titles()).hasSize(3).doesNotContain("Golden Gate Claude");
        fxRun(() -> window.editor().area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        fxRun(() -> window.chapters().refresh());
        assertThat(titles()).hasSize(4);

        // "hello" comes after the opening [Music] sting, at 0:03: YouTube's first rule is broken, and the export
        // says so (the file is written all the same).
        Path early = home.resolve("early.chapters.txt");
        assertThat(fx(() -> window.export(early, "youtube-chapters", ExportOptions.DEFAULTS))).isTrue();
        assertThat(fx(() -> window.session().messageProperty().get())).isEqualTo("Exported early.chapters.txt — "
                + "warning: the first chapter (\"Intro\") must start at 0:00, not at 0:03");
        // Move the intro's start to the caret on the sting, from the panel: one undo step.
        fxRun(() -> {
            window.editor().area().moveTo(0);
            // The export's settle may have brought another side tab forward: show the panel again.
            window.chapters().tab().getTabPane().getSelectionModel().select(window.chapters().tab());
            window.chapters().panelList().getSelectionModel().select(0);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // Fired, not clicked: after the suites before it the side panel may be scrolled so the robot finds the
        // button outside the window, which is the layout's business, not this workflow's.
        fxRun(() -> robot.lookup("#chapter-move").queryButton().fire());
        assertThat(fx(() -> window.chapters().shown().get(0).startMs())).isZero();
        assertThat(titles()).hasSize(4);

        Path youtube = home.resolve("ep.chapters.txt");
        assertThat(fx(() -> window.export(youtube, "youtube-chapters", ExportOptions.DEFAULTS))).isTrue();
        List<String> lines = Files.readAllLines(youtube);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("0:00 Intro");
        assertThat(lines.get(1)).matches("\\d+:\\d\\d Google's AI Overviews");
        Path json = home.resolve("ep.chapters.json");
        assertThat(fx(() -> window.export(json, "chapters-json", ExportOptions.DEFAULTS))).isTrue();
        assertThat(Files.readString(json)).startsWith("{\n  \"version\": \"1.2.0\",\n  \"chapters\": [\n    {\n"
                + "      \"startTime\": 0,\n      \"title\": \"Intro\"\n    },");
        assertThat(fx(() -> window.session().service().exportProblems(window.editor().snapshot(),
                "youtube-chapters", ExportOptions.DEFAULTS))).isEmpty();
    }

    @Test
    void suggestionsAreAcceptedAndRejectedWithOneKeyEach(FxRobot robot) {
        fxRun(() -> window.editor().area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        List<String> proposed = fx(() -> window.chapters().pendingSuggestions().stream()
                .map(org.turnscript.chapters.ChapterSuggestion::title).toList());
        assertThat(proposed).containsExactly("Intro", "AI overviews", "Anthropic released a novel version",
                "Another big week of announcements across");
        // The caret went to the first suggestion's word; accept it, reject the next, accept the last two.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(titles()).containsExactly("Intro", "Anthropic released a novel version",
                "Another big week of announcements across");
        assertThat(fx(() -> window.chapters().pendingSuggestions())).isEmpty();
        Transcript t = fx(window.editor()::snapshot);
        assertThat(t.wordCount()).isEqualTo(8457);
        assertThat(fx(() -> window.session().service().exportProblems(t, "youtube-chapters", ExportOptions.DEFAULTS)))
                .isEmpty();
        // Each acceptance is one undo step.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        fxRun(() -> window.chapters().refresh());
        assertThat(titles()).containsExactly("Intro", "Anthropic released a novel version");
    }
}
