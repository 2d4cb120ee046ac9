package org.turnscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.turnscript.cli.TurnscriptCommand;
import org.turnscript.convert.ConversionService;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.SpeakerLabelStyle;
import org.turnscript.cleanup.CleanupPipeline;
import org.turnscript.cleanup.Glossary;
import org.turnscript.cleanup.GlossaryRule;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Word;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.session.AppSettings;
import org.turnscript.convert.EditJournal;
import java.util.concurrent.TimeUnit;

/**
 * The window's workflows on the bundled sample, driven with the keyboard as an editor would: tag turns, split,
 * merge, undo, rename, save and reopen, export, recover after a crash.
 */
@ExtendWith(ApplicationExtension.class)
class EditorWorkflowTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private Path settingsDir;

    @Start
    void start(Stage stage) throws Exception {
        settingsDir = Files.createTempDirectory(home, "home");
        window = new MainWindow(stage, new AppSettings(settingsDir), ConversionService.standard());
        stage.show();
        window.openInitialDocument();
    }

    /** The first document opens in the background: tests start once it is on screen. */
    @org.junit.jupiter.api.BeforeEach
    void awaitFirstDocument() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        window.initialLoad().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a file the way the window does (in the background) and waits until it is shown or refused. */
    private boolean opened(Path file) {
        try {
            return fx(() -> window.open(file)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("opening " + file + " did not finish", e);
        }
    }

    /** The autosave thread must be done before the temporary folders go. */
    @org.junit.jupiter.api.AfterEach
    void stopAutosave() {
        window.dispose();
    }

    private TranscriptEditor editor() {
        return window.editor();
    }

    private <T> T fx(Callable<T> c) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }

    private void fxRun(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts the caret on the first occurrence of {@code phrase}, as a click on that word would. */
    private void caretAt(String phrase) {
        fxRun(() -> {
            int at = editor().area().getText().indexOf(phrase);
            assertThat(at).as("'%s' is in the text", phrase).isGreaterThanOrEqualTo(0);
            editor().area().moveTo(at);
            editor().area().requestFocus();
        });
    }

    private Segment segmentStartingWith(Transcript t, String phrase) {
        return t.segments().stream().filter(s -> s.body().startsWith(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no segment starts with '" + phrase + "'"));
    }

    private String speakerOf(Transcript t, String phrase) {
        return t.roster().nameOf(segmentStartingWith(t, phrase).speakerId());
    }

    private void tagSampleTurns(FxRobot robot) {
        caretAt("hello and welcome");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        caretAt("thanks BR");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        caretAt("Chris hay uh distinguished");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        caretAt("what up");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        caretAt("and a newbie on the show");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstStartOpensTheBundledSampleWithItsSpeakers() {
        Transcript t = fx(editor()::snapshot);
        assertThat(t.wordCount()).isEqualTo(8457);
        assertThat(t.roster().speakers()).extracting(s -> s.name()).containsExactly("Brian", "Kate", "Chris", "Skyler");
        assertThat(t.durationMs()).isEqualTo(2_670_000);
        assertThat(window.stage().getTitle()).contains("Sample");
    }

    @Test
    void speakerKeysTagFromTheCaretsWord(FxRobot robot) {
        tagSampleTurns(robot);
        Transcript t = fx(editor()::snapshot);
        assertThat(speakerOf(t, "hello and welcome")).isEqualTo("Brian");
        assertThat(speakerOf(t, "thanks BR")).isEqualTo("Kate");
        assertThat(speakerOf(t, "Chris hay uh distinguished")).isEqualTo("Brian");
        assertThat(speakerOf(t, "what up")).isEqualTo("Chris");
        assertThat(speakerOf(t, "and a newbie on the show")).isEqualTo("Brian");
        assertThat(t.wordCount()).isEqualTo(8457);
        assertThat(window.stage().getTitle()).startsWith("•");
    }

    @Test
    void exportedSrtChangesSpeakerLabelExactlyAtTheTaggedWords(FxRobot robot) throws Exception {
        tagSampleTurns(robot);
        Path srt = home.resolve("tagged.srt");
        assertThat(fx(() -> window.export(srt, "srt", ExportOptions.DEFAULTS))).isTrue();
        String text = Files.readString(srt, StandardCharsets.UTF_8);
        assertThat(text).contains("Brian: hello and welcome");
        assertThat(text).contains("Kate: thanks BR");
        assertThat(text).contains("Brian: Chris hay uh");
        assertThat(text).contains("Chris: what up");
        assertThat(text).contains("Brian: and a newbie");
        assertThat(text).contains("\r\n");
    }

    @Test
    void enterSplitsAtTheWordAndBackspaceMergesBack(FxRobot robot) {
        caretAt("regrettably go on vacation");
        int before = fx(() -> editor().area().getParagraphs().size());
        robot.type(KeyCode.ENTER);
        Transcript split = fx(editor()::snapshot);
        Segment second = segmentStartingWith(split, "regrettably go on vacation");
        assertThat(split.segments()).hasSize(before + 1);
        assertThat(second.words().get(0).start()).isGreaterThan(0);
        robot.type(KeyCode.BACK_SPACE);
        Transcript merged = fx(editor()::snapshot);
        assertThat(merged.segments()).hasSize(before);
        assertThat(merged.segment(1).body()).contains("let Tim regrettably go on vacation");
        assertThat(merged.wordCount()).isEqualTo(8457);
    }

    @Test
    void undoAndRedoStepThroughTaggingSplittingAndTyping(FxRobot robot) {
        Transcript original = fx(editor()::snapshot);
        caretAt("thanks BR");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Transcript tagged = fx(editor()::snapshot);
        caretAt("regrettably go on vacation");
        robot.type(KeyCode.ENTER);
        fxRun(() -> {
            editor().area().getUndoManager().preventMerge();
            // A burst of typing, one character at a time as the key handler inserts them; done in one go so a
            // loaded machine cannot stretch it past the pause that ends a burst.
            for (char c : "really ".toCharArray()) {
                editor().area().replaceSelection(String.valueOf(c));
            }
        });
        assertThat(fx(editor()::snapshot).segments().stream().anyMatch(s -> s.body().startsWith("really regrettably")))
                .isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL); // typing burst
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL); // split
        assertThat(fx(editor()::snapshot)).isEqualTo(tagged);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL); // speaker tag
        assertThat(fx(editor()::snapshot)).isEqualTo(original);
        assertThat(window.stage().getTitle()).doesNotStartWith("•");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(fx(editor()::snapshot)).isEqualTo(tagged);
    }

    @Test
    void renamingASpeakerChangesEverySegmentAndIsOneUndoStep(FxRobot robot) {
        tagSampleTurns(robot);
        String brian = fx(() -> editor().roster().byName("Brian").orElseThrow().id());
        fxRun(() -> editor().renameSpeaker(brian, "Brian Casey"));
        Transcript renamed = fx(editor()::snapshot);
        assertThat(speakerOf(renamed, "hello and welcome")).isEqualTo("Brian Casey");
        assertThat(speakerOf(renamed, "and a newbie on the show")).isEqualTo("Brian Casey");
        caretAt("hello and welcome");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(speakerOf(fx(editor()::snapshot), "hello and welcome")).isEqualTo("Brian");
    }

    @Test
    void savedProjectReopensEqual(FxRobot robot) {
        tagSampleTurns(robot);
        Transcript edited = fx(editor()::snapshot);
        Path project = home.resolve("episode.turnscript.json");
        assertThat(fx(() -> window.saveAs(project))).isTrue();
        assertThat(window.stage().getTitle()).startsWith("episode.turnscript.json");
        assertThat(opened(project)).isTrue();
        assertThat(fx(editor()::snapshot)).isEqualTo(edited);
    }

    @Test
    void windowAndCommandLineExportTheSameBytes(FxRobot robot) throws Exception {
        tagSampleTurns(robot);
        Path project = home.resolve("same.turnscript.json");
        Path fromWindow = home.resolve("window.srt");
        Path fromCli = home.resolve("cli.srt");
        ExportOptions options = ExportOptions.DEFAULTS.withLabelStyle(SpeakerLabelStyle.UPPER);
        assertThat(fx(() -> window.saveAs(project) && window.export(fromWindow, "srt", options))).isTrue();
        PrintStream saved = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            exit = TurnscriptCommand.commandLine().execute("convert", project.toString(), "-o", fromCli.toString(),
                    "--speaker-label", "upper");
        } finally {
            System.setOut(saved);
        }
        assertThat(exit).isZero();
        assertThat(Files.readAllBytes(fromCli)).isEqualTo(Files.readAllBytes(fromWindow));
    }

    @Test
    void unreadableFileLeavesTheOpenDocumentAsItWas(FxRobot robot) throws Exception {
        tagSampleTurns(robot);
        Transcript before = fx(editor()::snapshot);
        Path bad = home.resolve("broken.turnscript.json");
        Files.writeString(bad, "{\"format\": \"turnscript\", \"version\": 1, \"segments\": [");
        assertThat(opened(bad)).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(editor()::snapshot)).isEqualTo(before);
        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(error.getContentText()).contains("broken.turnscript.json:1");
        robot.clickOn(robot.from(error).lookup(".button").queryAs(Button.class));
    }

    @Test
    void unsavedWorkIsRecoveredAfterACrash(FxRobot robot) throws Exception {
        tagSampleTurns(robot);
        Transcript edited = fx(editor()::snapshot);
        Path settingsDir = Files.createTempDirectory(home, "crash");
        MainWindow second = startAfterCrash(settingsDir, edited);
        robot.clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> second.editor().snapshot())).isEqualTo(edited);
        assertThat(second.stage().getTitle()).startsWith("•");
        fxRun(() -> second.stage().hide());
        second.dispose();
    }

    @Test
    void punctuationKeysEndTheSentenceAndFixTheNextCapital(FxRobot robot) {
        Transcript before = fx(editor()::snapshot);
        caretAt("vacation this week");
        robot.press(KeyCode.ALT, KeyCode.PERIOD).release(KeyCode.PERIOD, KeyCode.ALT);
        String text = fx(() -> editor().area().getText());
        assertThat(text).contains("go on vacation. This week so I'm going");
        robot.press(KeyCode.ALT, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.ALT);
        assertThat(fx(() -> editor().area().getText())).contains("go on vacation, this week so I'm going");
        Transcript after = fx(editor()::snapshot);
        assertThat(after.wordCount()).isEqualTo(before.wordCount());
        assertThat(segmentStartingWith(after, "hello and welcome").words())
                .filteredOn(w -> w.text().startsWith("vacation")).singleElement()
                .satisfies(w -> assertThat(w.start()).isEqualTo(segmentStartingWith(before, "hello and welcome")
                        .words().stream().filter(x -> x.text().equals("vacation")).findFirst().orElseThrow().start()));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(fx(editor()::snapshot)).isEqualTo(before);
    }

    @Test
    void mergingAndDeletingSpeakersReassignTheirSegmentsAndUndoInOrder(FxRobot robot) {
        tagSampleTurns(robot);
        Transcript tagged = fx(editor()::snapshot);
        String kate = fx(() -> editor().roster().byName("Kate").orElseThrow().id());
        String brian = fx(() -> editor().roster().byName("Brian").orElseThrow().id());
        String chris = fx(() -> editor().roster().byName("Chris").orElseThrow().id());
        fxRun(() -> editor().mergeSpeakers(kate, brian));
        Transcript merged = fx(editor()::snapshot);
        assertThat(merged.roster().byId(kate)).isEmpty();
        assertThat(speakerOf(merged, "thanks BR")).isEqualTo("Brian");
        fxRun(() -> editor().deleteSpeaker(chris, null));
        Transcript deleted = fx(editor()::snapshot);
        assertThat(segmentStartingWith(deleted, "what up").speakerId()).isNull();
        assertThat(deleted.roster().speakers()).extracting(s -> s.name()).containsExactly("Brian", "Skyler");
        fxRun(() -> editor().area().undo()); // each of merge and delete is one step: re-tag and roster together
        assertThat(fx(editor()::snapshot)).isEqualTo(merged);
        fxRun(() -> editor().area().undo());
        assertThat(fx(editor()::snapshot)).isEqualTo(tagged);
        fxRun(() -> editor().area().redo());
        assertThat(fx(editor()::snapshot)).isEqualTo(merged);
    }

    @Test
    void addedSpeakerTakesTheNextFreeKeyAndOthersKeepTheirs(FxRobot robot) {
        fxRun(() -> editor().addSpeaker("Tim Hwang"));
        assertThat(fx(() -> editor().roster().byName("Tim Hwang").orElseThrow().key())).isEqualTo(5);
        assertThat(fx(() -> editor().roster().byName("Kate").orElseThrow().key())).isEqualTo(2);
        caretAt("Tim regrettably");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertThat(speakerOf(fx(editor()::snapshot), "Tim regrettably")).isEqualTo("Tim Hwang");
    }

    @Test
    void nextTurnMovesToEachChangeOfSpeaker(FxRobot robot) {
        tagSampleTurns(robot);
        caretAt("hello and welcome");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertThat(fx(() -> editor().area().getParagraph(editor().area().getCurrentParagraph()).getText()))
                .startsWith("thanks BR");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertThat(fx(() -> editor().area().getParagraph(editor().area().getCurrentParagraph()).getText()))
                .startsWith("Chris hay");
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertThat(fx(() -> editor().area().getParagraph(editor().area().getCurrentParagraph()).getText()))
                .startsWith("thanks BR");
    }

    @Test
    void cleanupFromTheWindowIsOneUndoStepAndKeepsTheOriginalWords(FxRobot robot) {
        Transcript before = fx(editor()::snapshot);
        caretAt("hello and welcome");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();
        Transcript cleaned = fx(editor()::snapshot);
        String body = String.join(" ", bodies(cleaned));
        String original = cleaned.segments().stream().map(Segment::originalBody).reduce("", (a, b) -> a + " " + b);
        assertThat(body).doesNotContainPattern("\\b(uh|um)\\b").contains("Hello and welcome");
        assertThat(original).containsPattern("\\buh\\b");
        assertThat(cleaned.wordCount()).isEqualTo(before.wordCount());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(fx(editor()::snapshot)).isEqualTo(before);
    }

    @Test
    void anchoringAWordKeepsItOnScreen() {
        int par = 120;
        fxRun(() -> {
            editor().area().moveTo(par, 0);
            editor().area().showParagraphAtCenter(par);
            editor().area().requestFocus();
        });
        fxRun(() -> editor().anchorWordAtCaret(editor().caretTimeMs() + 300));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> editor().area().allParToVisibleParIndex(par).isPresent())).isTrue();
        assertThat(fx(() -> editor().area().getCurrentParagraph())).isEqualTo(par);
    }

    @Test
    void anchoringAWordRespreadsTheEstimatedTimesAroundItAndUndoes(FxRobot robot) {
        Transcript before = fx(editor()::snapshot);
        caretAt("thanks BR");
        fxRun(() -> editor().anchorWordAtCaret(125_000));
        Transcript anchored = fx(editor()::snapshot);
        Word thanks = segmentStartingWith(anchored, "I am joined by Kate Soul").words().stream()
                .filter(w -> w.text().equals("thanks")).findFirst().orElseThrow();
        assertThat(thanks.start()).isEqualTo(125_000);
        assertThat(thanks.source()).isEqualTo(TimeSource.ANCHORED);
        assertThat(anchored.segment(1).words().get(0).start()).isEqualTo(before.segment(1).words().get(0).start());
        assertThat(anchored.wordCount()).isEqualTo(before.wordCount());
        fxRun(() -> editor().area().undo());
        assertThat(fx(editor()::snapshot)).isEqualTo(before);
    }

    @Test
    void aCorrectionThatChangesLengthsLeavesLaterParagraphsIntact() {
        Transcript before = fx(editor()::snapshot);
        Transcript fixed = ConversionService.standard().clean(before, new CleanupPipeline(List.of(
                new GlossaryRule(Glossary.of("Tim Wong", "Tim Hwang", "Skylar Speakman", "Skyler Speakman"))))).transcript();
        fxRun(() -> editor().buffer().applyTransform(before, fixed));
        Transcript after = fx(editor()::snapshot);
        assertThat(after).isEqualTo(fixed);
        assertThat(fx(() -> editor().area().getText())).contains("host Tim Hwang uh").contains("Skyler Speakman senior")
                .endsWith("thanks Brian it's been a lot of fun man thanks");
    }

    @Test
    void undoingAJoinOfTwoSpeakersBringsBothBackAndEditingGoesOn(FxRobot robot) {
        tagSampleTurns(robot);
        Transcript tagged = fx(editor()::snapshot);
        caretAt("what up");
        robot.type(KeyCode.BACK_SPACE); // joins Chris's "what up" onto Brian's segment before it
        assertThat(fx(editor()::snapshot).segments()).hasSize(tagged.segments().size() - 1);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(fx(editor()::snapshot)).isEqualTo(tagged);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(fx(editor()::snapshot)).isEqualTo(tagged);
        robot.write("x");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(fx(editor()::snapshot)).isEqualTo(tagged);
    }

    @Test
    void joiningSpeechOntoASoundKeepsItSpeech(FxRobot robot) {
        caretAt("hello and welcome");
        robot.type(KeyCode.BACK_SPACE); // onto the opening [Music]
        Segment joined = fx(editor()::snapshot).segment(0);
        assertThat(joined.kind()).isEqualTo(org.turnscript.model.SegmentKind.SPEECH);
        assertThat(joined.body()).startsWith("[Music] hello and welcome");
    }

    @Test
    void closingTheRecoveryQuestionKeepsTheWorkAside(FxRobot robot) throws Exception {
        Transcript t = fx(editor()::snapshot);
        Path settingsDir = Files.createTempDirectory(home, "later");
        MainWindow second = startAfterCrash(settingsDir, t);
        robot.clickOn("Keep for later");
        WaitForAsyncUtils.waitForFxEvents();
        try (var files = Files.list(settingsDir.resolve("autosave"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anySatisfy(n -> assertThat(n).startsWith("recovery-").endsWith(".turnscript.jsonl"));
        }
        fxRun(() -> second.stage().hide());
        second.dispose();
    }

    @Test
    void taggingInAnImportedLabelledFileReattributesTheRestOfTheTurn(FxRobot robot) throws Exception {
        Path srt = home.resolve("labelled.srt");
        Files.writeString(srt, "1\n00:00:01,000 --> 00:00:03,000\nKATE: so we tested it\n\n"
                + "2\n00:00:03,500 --> 00:00:05,000\nfor a long time\n\n"
                + "3\n00:00:05,500 --> 00:00:07,000\nBOB: and then?\n");
        assertThat(opened(srt)).isTrue();
        caretAt("tested it");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL); // Bob, key 2
        Transcript turns = fx(editor()::snapshot).resolveContinuedSpeakers();
        assertThat(speakerOf(turns, "so we")).isEqualTo("Kate");
        assertThat(speakerOf(turns, "tested it")).isEqualTo("Bob");
        assertThat(speakerOf(turns, "for a long time")).isEqualTo("Bob");
    }

    @Test
    void aLongFileOpensInTheBackgroundWithProgressAndCancelKeepsTheOpenDocument(FxRobot robot) throws Exception {
        Path big = home.resolve("long.srt");
        StringBuilder srt = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            long s = i * 3000L;
            srt.append(i + 1).append('\n').append(String.format("%02d:%02d:%02d,000 --> %02d:%02d:%02d,900%n",
                    s / 3600000, s / 60000 % 60, s / 1000 % 60, s / 3600000, s / 60000 % 60, s / 1000 % 60 + 2))
                    .append("so I think the interesting thing here is scaling laws\n\n");
        }
        Files.writeString(big, srt);
        Transcript before = fx(editor()::snapshot);
        var opening = fx(() -> window.open(big));
        // The window answers while the file is read: the status says so and offers Cancel.
        assertThat(fx(() -> robot.lookup("#status-cancel-open").tryQuery().isPresent())).isTrue();
        fxRun(() -> robot.lookup("#status-cancel-open").queryButton().fire());
        assertThat(opening.get(30, TimeUnit.SECONDS)).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(editor()::snapshot)).isEqualTo(before);
        assertThat(robot.lookup("#status-cancel-open").tryQuery()).isEmpty();
        // Opened without cancelling, it replaces the document.
        assertThat(opened(big)).isTrue();
        assertThat(fx(() -> editor().area().getParagraphs().size())).isEqualTo(6000);
    }

    @Test
    void theSubtitleCheckRunsWhenItsTabIsOpened(FxRobot robot) throws Exception {
        settle();
        assertThat(window.session().settledProperty().get()).as("settled").isNotNull();
        fxRun(() -> ((javafx.scene.control.TabPane) robot.lookup("#side-tabs").query()).getSelectionModel().select(1));
        Thread.sleep(1500); // the check runs on its own thread
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problems-summary").queryLabeled().getText()).matches("[\\d,]+ cues · .*");
    }

    @Test
    void anOpenedDocumentStartsWithTheCaretAtItsStart() {
        assertThat(fx(() -> editor().area().getCaretPosition())).isZero();
        assertThat(robot().lookup("#status-caret-time").queryLabeled().getText()).isEqualTo("0:00");
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @Test
    void undoingBackToTheSavedStateSaysSaved(FxRobot robot) {
        assertThat(fx(() -> window.saveAs(home.resolve("undo-back.turnscript.json")))).isTrue();
        caretAt("hello and welcome");
        robot.write("x");
        assertThat(fx(() -> window.stage().getTitle())).startsWith("•");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.stage().getTitle())).startsWith("undo-back.turnscript.json");
        assertThat(robot.lookup("#status-save-state").queryLabeled().getText()).isEqualTo("Saved");
    }

    @Test
    void autosaveAppendsEachSettledChangeAndReplaysToTheDocument(FxRobot robot) throws Exception {
        Path journal = settingsDir.resolve("autosave").resolve("recovery.turnscript.jsonl");
        caretAt("hello and welcome");
        robot.write("first ");
        settle();
        long afterFirst = Files.size(journal);
        caretAt("thanks BR");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        settle();
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"kind\":\"base\"");
        assertThat(lines.get(1)).startsWith("{\"kind\":\"splice\"");
        assertThat((long) lines.get(1).length()).as("a tag appends its paragraphs, not the document")
                .isLessThan(afterFirst / 50);
        Transcript replayed = new EditJournal(journal).read().orElseThrow().transcript();
        Transcript now = fx(editor()::snapshot);
        // Ids of new segments are given afresh when the document is rebuilt; speakers, words and times are kept.
        assertThat(replayed.segments().stream().map(s -> s.speakerId() + "|" + s.words()).toList())
                .isEqualTo(now.segments().stream().map(s -> s.speakerId() + "|" + s.words()).toList());
    }

    /** Waits for the edits to settle and for the autosave after them. */
    private void settle() throws Exception {
        Thread.sleep(org.turnscript.ui.session.EditorSession.SETTLE.toMillis() + 200);
        WaitForAsyncUtils.waitForFxEvents();
        window.session().idle().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A journal of {@code unsaved} in {@code settingsDir}, then a new window on that folder, as after a crash. */
    private MainWindow startAfterCrash(Path settingsDir, Transcript unsaved) throws Exception {
        new EditJournal(settingsDir.resolve("autosave").resolve("recovery.turnscript.jsonl")).start(unsaved, null);
        MainWindow[] second = new MainWindow[1];
        fxRun(() -> {
            second[0] = new MainWindow(new Stage(), new AppSettings(settingsDir), ConversionService.standard());
            second[0].stage().show();
        });
        WaitForAsyncUtils.asyncFx(() -> second[0].openInitialDocument());
        WaitForAsyncUtils.waitForFxEvents();
        return second[0];
    }

    static List<String> bodies(Transcript t) {
        return t.segments().stream().map(Segment::body).toList();
    }
}
