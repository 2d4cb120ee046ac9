package org.turnscript.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.ui.MainWindow;
import org.turnscript.ui.WindowTests;

/**
 * Timing ▸ Time words from the recording on a caption dump with no times and the six-second espeak-ng recording:
 * offered when the recording is attached, run in the background from the offer or the menu, one undo step, Cancel
 * leaving the document as it was, and an anchor staying where it was set and bounding the words around it; and
 * offered for a caption file's words spread inside their cues.
 */
@ExtendWith(ApplicationExtension.class)
class RecordingTimingWorkflowTest {

    private static final String WORDS = "hello and welcome to the show today we talk about listening while editing "
            + "thank you\n";

    @TempDir
    static Path home;

    private MainWindow window;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowTests.openOnSample(stage, home);
    }

    @BeforeEach
    void openTheDumpWithItsRecording() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        window.initialLoad().get(30, TimeUnit.SECONDS);
        // A project of the caption dump as imported (times estimated), so no import dialog asks about it.
        openWithTheRecording(WORDS, "speech.txt");
    }

    /** {@code text} read as file {@code name}, saved as a project beside the recording, opened with it attached. */
    private void openWithTheRecording(String text, String name) throws Exception {
        dir = Files.createTempDirectory(home, "show");
        try (var in = RecordingTimingWorkflowTest.class.getResourceAsStream("speech.wav")) {
            Files.copy(in, dir.resolve("speech.wav"), StandardCopyOption.REPLACE_EXISTING);
        }
        ConversionService service = ConversionService.standard();
        Transcript imported = service.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), name,
                ImportSettings.DEFAULTS).transcript();
        service.exportTo(dir.resolve("speech.turnscript.json"), imported, "json", ExportOptions.DEFAULTS);
        FakePlayer player = new FakePlayer(6_360);
        fx(() -> {
            window.listen().media().setOpener(p -> CompletableFuture.completedFuture(player));
            return null;
        });
        assertThat(await(fx(() -> window.open(dir.resolve("speech.turnscript.json"))))).isTrue();
        assertThat(await(fx(() -> window.listen().media().acceptOffer()))).isTrue();
    }

    @AfterEach
    void stop() {
        window.dispose();
    }

    private static <T> T fx(Callable<T> c) {
        return WindowTests.fx(c);
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return WindowTests.await(f);
    }

    private List<Word> words(Transcript t) {
        return t.segments().stream().flatMap(s -> s.words().stream()).toList();
    }

    private MenuItem timingMenuItem() {
        MenuBar bar = fx(() -> (MenuBar) window.scene().getRoot().lookup(".menu-bar"));
        Menu timing = bar.getMenus().stream().filter(m -> "menu-timing".equals(m.getId())).findFirst().orElseThrow();
        return timing.getItems().stream().filter(i -> "menu-time-from-recording".equals(i.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void theOfferTimesTheWordsFromTheRecordingInOneUndoStep(FxRobot robot) throws Exception {
        Transcript before = fx(() -> window.editor().snapshot());
        assertThat(words(before)).extracting(Word::source).containsOnly(TimeSource.ESTIMATED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.listen().timing().offeredProperty()
                .get()));
        assertThat(fx(() -> robot.lookup("#timing-offer").query().isVisible())).isTrue();
        assertThat(fx(() -> timingMenuItem().isDisable())).as("enabled with a recording attached").isFalse();
        String text = fx(() -> window.editor().area().getText());

        robot.clickOn("#timing-offer-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.session().messageProperty().get())
                .startsWith("Timed "));

        Transcript after = fx(() -> window.editor().snapshot());
        assertThat(fx(() -> window.editor().area().getText())).isEqualTo(text);
        assertThat(words(after)).extracting(Word::source).containsOnly(TimeSource.RECORDING);
        assertThat(words(after)).extracting(Word::start).isSorted().isNotEqualTo(
                words(before).stream().map(Word::start).toList());
        // "thank" is said after 5 s in the recording; the estimate, spread at a reading pace, puts it elsewhere.
        assertThat(words(after).get(words(after).size() - 2).start()).isBetween(4_800L, 6_000L);
        assertThat(fx(() -> window.session().messageProperty().get())).contains("Ctrl+Z");
        assertThat(fx(() -> window.listen().timing().progressProperty().get())).isEqualTo(-1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> window.listen().timing().offeredProperty()
                .get()));

        fx(() -> {
            window.editor().area().undo();
            return null;
        });
        assertThat(fx(() -> window.editor().snapshot())).as("one undo step brings every estimate back")
                .isEqualTo(before);
    }

    @Test
    void cancelLeavesTheDocumentAsItWas() throws Exception {
        Transcript before = fx(() -> window.editor().snapshot());
        CompletableFuture<Integer> run = fx(() -> {
            MenuItem item = timingMenuItem();
            CompletableFuture<Integer> started = window.listen().timing().start();
            assertThat(item.isDisable()).as("one run at a time").isTrue();
            ((Button) window.scene().lookup("#timing-cancel")).fire();
            return started;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, run::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(run).isCancelled();
        assertThat(fx(() -> window.editor().snapshot())).isEqualTo(before);
        assertThat(fx(() -> window.editor().area().getUndoManager().isUndoAvailable())).isFalse();
        assertThat(fx(() -> window.session().messageProperty().get())).contains("cancelled; nothing was changed");
        assertThat(fx(() -> timingMenuItem().isDisable())).isFalse();
    }

    @Test
    void anAnchorStaysAndBoundsTheWordsAroundIt() throws Exception {
        fx(() -> {
            int at = window.editor().area().getText().indexOf("talk");
            window.editor().area().moveTo(at);
            window.editor().anchorWordAtCaret(3_000);
            return null;
        });
        Word anchoredBefore = words(fx(() -> window.editor().snapshot())).get(8);
        assertThat(anchoredBefore.text()).isEqualTo("talk");
        assertThat(anchoredBefore.source()).isEqualTo(TimeSource.ANCHORED);

        int timed = await(fx(() -> window.listen().timing().start()));

        List<Word> after = words(fx(() -> window.editor().snapshot()));
        assertThat(timed).isEqualTo(after.size() - 1);
        assertThat(after.get(8)).isEqualTo(anchoredBefore);
        for (int i = 0; i < 8; i++) {
            assertThat(after.get(i).end()).as(after.get(i).text()).isLessThanOrEqualTo(3_000);
        }
        for (int i = 9; i < after.size(); i++) {
            assertThat(after.get(i).start()).as(after.get(i).text()).isGreaterThanOrEqualTo(anchoredBefore.end());
        }
    }

    @Test
    void notNowHidesTheOfferForThisRecording(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.listen().timing().offeredProperty()
                .get()));
        Transcript before = fx(() -> window.editor().snapshot());
        robot.clickOn("#timing-offer-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.listen().timing().offeredProperty().get())).isFalse();
        assertThat(fx(() -> window.editor().snapshot())).as("the offer never runs by itself").isEqualTo(before);
    }

    @Test
    void anAnchorSetAfterwardsMovesTheRecordingsTimesInsteadOfSpreadingThem() throws Exception {
        await(fx(() -> window.listen().timing().start()));
        long talk = words(fx(() -> window.editor().snapshot())).get(8).start();
        fx(() -> {
            window.editor().area().moveTo(window.editor().area().getText().indexOf("talk"));
            window.editor().anchorWordAtCaret(talk + 150);
            return null;
        });
        List<Word> after = words(fx(() -> window.editor().snapshot()));
        assertThat(after.get(8).source()).isEqualTo(TimeSource.ANCHORED);
        assertThat(after).filteredOn(w -> w != after.get(8)).extracting(Word::source)
                .containsOnly(TimeSource.RECORDING);
    }

    /** The recording's words in two cues, as a caption file gives them. */
    private static final String CAPTIONS = """
            1
            00:00:00,300 --> 00:00:03,000
            hello and welcome to the show today

            2
            00:00:03,200 --> 00:00:06,200
            we talk about listening while editing thank you
            """;

    /**
     * A caption file's words are spread inside their cues: timing them from the recording is offered too (kept near
     * their cues, ADR 29), with its own text, and taken in one undo step.
     */
    @Test
    void wordsSpreadInsideCaptionCuesAreOfferedTimingToo(FxRobot robot) throws Exception {
        openWithTheRecording(CAPTIONS, "speech.srt");
        Transcript before = fx(() -> window.editor().snapshot());
        assertThat(words(before)).extracting(Word::source).containsOnly(TimeSource.INTERPOLATED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.listen().timing().offeredProperty()
                .get()));
        assertThat(fx(() -> robot.lookup("#timing-offer").query().isVisible())).isTrue();
        String offer = fx(() -> ((javafx.scene.control.Label) ((javafx.scene.layout.HBox) robot
                .lookup("#timing-offer").query()).getChildren().get(0)).getText());
        assertThat(offer).contains("spread evenly inside caption cues").contains("suggested turns");

        robot.clickOn("#timing-offer-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.session().messageProperty().get())
                .startsWith("Timed "));

        List<Word> after = words(fx(() -> window.editor().snapshot()));
        assertThat(after).extracting(Word::source).containsOnly(TimeSource.RECORDING);
        assertThat(after).extracting(Word::start).isSorted();
        // "thank" is said after 5 s in the recording, inside its cue.
        assertThat(after.get(after.size() - 2).start()).isBetween(4_800L, 6_000L);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> window.listen().timing().offeredProperty()
                .get()));
        fx(() -> {
            window.editor().area().undo();
            return null;
        });
        assertThat(fx(() -> window.editor().snapshot())).as("one undo step brings the cues' spread back")
                .isEqualTo(before);
    }

    /** The legend's words take the theme's text colour: they were black on the dark theme's background. */
    @Test
    void theTimingLegendIsReadableInBothThemes(FxRobot robot) {
        javafx.scene.text.Text measured = fx(() -> robot.lookup(".listen-legend .time-measured")
                .queryAs(javafx.scene.text.Text.class));

        double dark = fx(() -> {
            window.setDarkTheme(true);
            window.scene().getRoot().applyCss();
            return ((javafx.scene.paint.Color) measured.getFill()).getBrightness();
        });
        double light = fx(() -> {
            window.setDarkTheme(false);
            window.scene().getRoot().applyCss();
            return ((javafx.scene.paint.Color) measured.getFill()).getBrightness();
        });

        assertThat(dark).as("light text on the dark theme").isGreaterThan(0.6);
        assertThat(light).as("dark text on the light theme").isLessThan(0.4);
    }
}
