package org.turnscript.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
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
 * A caption file's project with its recording attached: its words' times are spread inside their cues, so timing
 * them from the recording is offered (kept near their cues, ADR 29), and taking the offer places them on the sound in
 * one undo step.
 */
@ExtendWith(ApplicationExtension.class)
class CueTimingOfferWorkflowTest {

    /** The six-second recording's words in two cues, as a caption file gives them. */
    private static final String CAPTIONS = """
            1
            00:00:00,300 --> 00:00:03,000
            hello and welcome to the show today

            2
            00:00:03,200 --> 00:00:06,200
            we talk about listening while editing thank you
            """;

    @TempDir
    static Path home;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowTests.openOnSample(stage, home);
    }

    @BeforeEach
    void openTheCaptionsWithTheirRecording() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        window.initialLoad().get(30, TimeUnit.SECONDS);
        Path dir = Files.createTempDirectory(home, "show");
        try (var in = CueTimingOfferWorkflowTest.class.getResourceAsStream("speech.wav")) {
            Files.copy(in, dir.resolve("speech.wav"), StandardCopyOption.REPLACE_EXISTING);
        }
        ConversionService service = ConversionService.standard();
        Transcript imported = service.read(CAPTIONS.getBytes(StandardCharsets.UTF_8), "speech.srt",
                ImportSettings.DEFAULTS).transcript();
        service.exportTo(dir.resolve("speech.turnscript.json"), imported, "json", ExportOptions.DEFAULTS);
        FakePlayer player = new FakePlayer(6_360);
        fx(() -> {
            window.listen().media().setOpener(p -> CompletableFuture.completedFuture(player));
            return null;
        });
        assertThat(WindowTests.await(fx(() -> window.open(dir.resolve("speech.turnscript.json"))))).isTrue();
        assertThat(WindowTests.await(fx(() -> window.listen().media().acceptOffer()))).isTrue();
    }

    @AfterEach
    void stop() {
        window.dispose();
    }

    private static <T> T fx(Callable<T> c) {
        return WindowTests.fx(c);
    }

    private static List<Word> words(Transcript t) {
        return t.segments().stream().flatMap(s -> s.words().stream()).toList();
    }

    @Test
    void timingCueSpreadWordsFromTheRecordingIsOfferedAndTakenInOneUndoStep(FxRobot robot) throws Exception {
        Transcript before = fx(() -> window.editor().snapshot());
        assertThat(words(before)).extracting(Word::source).containsOnly(TimeSource.INTERPOLATED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.listen().timing().offeredProperty()
                .get()));
        assertThat(fx(() -> robot.lookup("#timing-offer").query().isVisible())).isTrue();
        String offer = fx(() -> ((Label) ((HBox) robot.lookup("#timing-offer").query()).getChildren().get(0))
                .getText());
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
}
