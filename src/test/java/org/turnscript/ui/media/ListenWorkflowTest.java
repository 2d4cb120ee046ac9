package org.turnscript.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.ui.MainWindow;
import org.turnscript.ui.WindowTests;

/**
 * Listening in the window on a clock moved by hand: attach the recording found beside the transcript, play and
 * pause with the keys while the caret is in the text, the spoken word followed, Ctrl+click to seek, tap-to-sync as
 * one undo step, the project remembering its recording, the message when ffmpeg is missing, and the waveform.
 */
@ExtendWith(ApplicationExtension.class)
class ListenWorkflowTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private Path dir;
    private FakePlayer player;
    private final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        window = WindowTests.openOnSample(stage, home);
    }

    @BeforeEach
    void fixtures() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        window.initialLoad().get(30, TimeUnit.SECONDS);
        dir = Files.createTempDirectory(home, "show");
        for (String name : List.of("speech.srt", "speech.wav")) {
            try (var in = ListenWorkflowTest.class.getResourceAsStream(name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        player = new FakePlayer(6_360);
        fxRun(() -> {
            window.listen().media().setOpener(p -> CompletableFuture.completedFuture(player));
            window.listen().media().setOnError((header, detail) -> errors.add(header + ": " + detail));
        });
    }

    @AfterEach
    void stop() {
        window.dispose();
    }

    private static <T> T fx(Callable<T> c) {
        return WindowTests.fx(c);
    }

    private void fxRun(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return WindowTests.await(f);
    }

    private void openWithRecording() throws Exception {
        assertThat(await(fx(() -> window.open(dir.resolve("speech.srt"))))).isTrue();
        assertThat(fx(() -> window.listen().media().offeredProperty().get()))
                .as("the recording beside the transcript is offered").isEqualTo(dir.resolve("speech.wav"));
        assertThat(await(fx(() -> window.listen().media().acceptOffer()))).isTrue();
    }

    private void caretAt(String phrase) {
        fxRun(() -> {
            int at = window.editor().area().getText().indexOf(phrase);
            assertThat(at).isGreaterThanOrEqualTo(0);
            window.editor().area().moveTo(at);
            window.editor().area().requestFocus();
        });
    }

    /** Lets time pass on the fake clock and lets the window read it, as a frame would. */
    private void play(long ms) {
        fxRun(() -> {
            player.advance(ms);
            window.listen().playback().tick();
        });
    }

    private String spoken() {
        return fx(() -> window.listen().follower().shownText());
    }

    private Word word(Transcript t, String text) {
        return t.segments().stream().flatMap(s -> s.words().stream()).filter(w -> w.text().equals(text))
                .findFirst().orElseThrow();
    }

    @Test
    void keysWhileTypingPlayFollowAndSeek(FxRobot robot) throws Exception {
        openWithRecording();
        assertThat(fx(() -> robot.lookup("#player-play").query().isDisabled())).isFalse();
        caretAt("welcome");
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        assertThat(player.isPlaying()).as("Ctrl+Space plays").isTrue();
        assertThat(fx(() -> window.editor().area().getText())).as("and types no space")
                .doesNotContain("  ").startsWith("Hello and welcome");
        play(100);
        assertThat(spoken()).isEqualTo("Hello");
        play(2_900);
        assertThat(fx(() -> window.listen().follower().shown().orElseThrow().paragraph())).isEqualTo(1);
        String middle = spoken();
        assertThat("Today we talk about listening while editing.").contains(middle);
        play(3_000);
        assertThat(spoken()).isEqualTo("you.");

        // Alt+Left goes back 2 s; Alt+] is faster.
        long before = fx(() -> window.listen().playback().positionMs());
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(fx(() -> window.listen().playback().positionMs())).isEqualTo(before - 2_000);
        robot.press(KeyCode.ALT, KeyCode.CLOSE_BRACKET).release(KeyCode.CLOSE_BRACKET, KeyCode.ALT);
        assertThat(player.rate()).isEqualTo(1.1);

        // Ctrl+click on a word plays from it.
        Bounds thank = fx(() -> {
            int at = window.editor().area().getText().indexOf("Thank");
            return window.editor().area().getCharacterBoundsOnScreen(at, at + 2).orElseThrow();
        });
        robot.moveTo(new javafx.geometry.Point2D(thank.getMinX() + 3, thank.getCenterY()));
        robot.press(KeyCode.CONTROL).clickOn(MouseButton.PRIMARY).release(KeyCode.CONTROL);
        long thankMs = fx(() -> word(window.editor().snapshot(), "Thank").start());
        assertThat(fx(() -> window.listen().playback().positionMs())).isEqualTo(thankMs);

        // Pause, then resume: two seconds are heard again.
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        assertThat(player.isPlaying()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        assertThat(player.positionMs()).isEqualTo(thankMs - 2_000);
    }

    @Test
    void playThisSegmentStopsAtItsEnd(FxRobot robot) throws Exception {
        openWithRecording();
        caretAt("listening");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(player.isPlaying()).isTrue();
        assertThat(player.positionMs()).isEqualTo(2_300);
        play(2_000);
        assertThat(player.isPlaying()).isTrue();
        play(1_500);
        assertThat(player.isPlaying()).as("stopped at the segment's end").isFalse();
        assertThat(player.positionMs()).isBetween(5_300L, 5_800L);
    }

    @Test
    void tapToSyncAnchorsTheCaretsWordAndMovesOnAsOneUndoStepEach(FxRobot robot) throws Exception {
        openWithRecording();
        caretAt("welcome");
        fxRun(() -> window.listen().playback().play());
        play(900);
        robot.press(KeyCode.F9).release(KeyCode.F9);
        Word welcome = fx(() -> word(window.editor().snapshot(), "welcome"));
        assertThat(welcome.source()).isEqualTo(TimeSource.ANCHORED);
        assertThat(welcome.start()).isEqualTo(900);
        assertThat(fx(() -> window.editor().caretWordText())).as("the caret moves on").isEqualTo("to");
        play(300);
        robot.press(KeyCode.F9).release(KeyCode.F9);
        assertThat(fx(() -> word(window.editor().snapshot(), "to").start())).isEqualTo(1_200);

        // Tapping on an anchored word anchors the next one that is not.
        caretAt("welcome");
        play(200);
        robot.press(KeyCode.F9).release(KeyCode.F9);
        assertThat(fx(() -> word(window.editor().snapshot(), "the").source())).isEqualTo(TimeSource.ANCHORED);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Transcript undone = fx(() -> window.editor().snapshot());
        assertThat(word(undone, "the").source()).isNotEqualTo(TimeSource.ANCHORED);
        assertThat(word(undone, "to").source()).as("one undo, one tap").isEqualTo(TimeSource.ANCHORED);

        // A tap at a time the neighbours rule out (before the anchor on "to") changes nothing and says why.
        caretAt("show.");
        fxRun(() -> window.listen().playback().seek(500));
        robot.press(KeyCode.F9).release(KeyCode.F9);
        assertThat(fx(() -> window.session().messageProperty().get())).startsWith("Cannot anchor");
        assertThat(fx(() -> word(window.editor().snapshot(), "show.").source())).isNotEqualTo(TimeSource.ANCHORED);
    }

    @Test
    void theProjectRemembersItsRecordingAndSaysWhenItHasMoved() throws Exception {
        openWithRecording();
        assertThat(fx(() -> window.session().isSaved())).as("a recording attached is a change to save").isFalse();
        Path project = dir.resolve("speech.turnscript.json");
        assertThat(fx(() -> window.saveAs(project))).isTrue();
        assertThat(Files.readString(project)).contains("\"media\": \"speech.wav\"");

        player = new FakePlayer(6_360);
        assertThat(await(fx(() -> window.open(project)))).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> window.listen().media().attachedProperty().get()) != null);
        assertThat(fx(() -> window.listen().media().attachedProperty().get())).isEqualTo(dir.resolve("speech.wav"));
        assertThat(fx(() -> window.listen().media().offeredProperty().get())).isNull();
        assertThat(fx(() -> window.session().isSaved())).as("its own recording, found again: nothing to save")
                .isTrue();

        Files.move(dir.resolve("speech.wav"), dir.resolve("renamed.wav"));
        assertThat(await(fx(() -> window.open(project)))).isTrue();
        assertThat(fx(() -> window.listen().media().attachedProperty().get())).isNull();
        assertThat(fx(() -> window.session().messageProperty().get())).contains("not there any more")
                .contains("speech.wav");
        assertThat(fx(() -> window.listen().playback().hasMedia())).isFalse();
        assertThat(fx(() -> robot().lookup("#player-missing").queryLabeled().isVisible())).isTrue();
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @Test
    void withoutFfmpegAFormatThePlayerCannotReadIsExplainedWithTheCommand() throws Exception {
        Path webm = Files.writeString(dir.resolve("talk.webm"), "not really a webm");
        System.setProperty("turnscript.ffmpeg", dir.resolve("no-ffmpeg-here").toString());
        try {
            assertThat(await(fx(() -> window.attachMedia(webm)))).isFalse();
        } finally {
            System.clearProperty("turnscript.ffmpeg");
        }
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains("needs ffmpeg").contains("ffmpeg -i " + webm)
                .contains(dir.resolve("talk.m4a").toString());
        assertThat(fx(() -> window.session().messageProperty().get())).contains("needs ffmpeg");

        assertThat(await(fx(() -> window.attachMedia(dir.resolve("speech.srt"))))).isFalse();
        assertThat(errors.get(1)).contains("none of these");
    }

    @Test
    void theWaveformIsDecodedInTheBackgroundAndPlayingOnlyMovesThePlayhead(FxRobot robot) throws Exception {
        openWithRecording();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> fx(() -> window.listen().media().waveformProperty().get()) != null);
        WaveformStrip strip = window.listen().waveformStrip();
        assertThat(fx(() -> window.listen().media().waveformProperty().get().durationMs())).isBetween(6_300L, 6_400L);
        fxRun(() -> window.listen().playback().play());
        int draws = fx(strip::draws);
        for (int i = 0; i < 20; i++) {
            play(100);
        }
        assertThat(fx(strip::draws)).as("playing inside the window draws nothing again").isEqualTo(draws);

        // A click on the strip seeks to the time under it.
        Node node = strip.node();
        Bounds b = fx(() -> node.localToScreen(node.getBoundsInLocal()));
        robot.clickOn(new javafx.geometry.Point2D(b.getMinX() + 40, b.getMinY() + 30));
        long expected = fx(() -> strip.timeAt(40));
        assertThat(fx(() -> window.listen().playback().positionMs())).isBetween(expected - 60, expected + 60);
    }
}
