package org.turnscript.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.turnscript.ui.MainWindow;
import org.turnscript.ui.WindowTests;

/**
 * A real recording through JavaFX Media: six seconds of speech made with espeak-ng, played to its end with
 * Ctrl+Space while the caret is in the text; the highlighted word must have moved from the first words to the last.
 * JavaFX Media needs an ALSA device: where there is none (a machine with only a JDK) this test is skipped and says
 * why; CI installs libasound2 and a null device, and runs it.
 */
@ExtendWith(ApplicationExtension.class)
class RealPlaybackTest {

    @TempDir
    static Path home;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowTests.openOnSample(stage, home);
    }

    @AfterEach
    void stop() {
        window.dispose();
    }

    private static <T> T fx(Callable<T> c) {
        return WindowTests.fx(c);
    }

    @Test
    void aGeneratedWavPlaysToItsEndAndTheHighlightedWordAdvances(FxRobot robot) throws Exception {
        window.initialLoad().get(30, TimeUnit.SECONDS);
        Path dir = Files.createTempDirectory(home, "show");
        for (String name : List.of("speech.srt", "speech.wav")) {
            try (var in = RealPlaybackTest.class.getResourceAsStream(name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> errors = new ArrayList<>();
        fx(() -> {
            window.listen().media().setOnError((header, detail) -> errors.add(detail));
            return null;
        });
        assertThat(fx(() -> window.open(dir.resolve("speech.srt"))).get(30, TimeUnit.SECONDS)).isTrue();
        boolean attached = fx(() -> window.attachMedia(dir.resolve("speech.wav"))).get(30, TimeUnit.SECONDS);
        if (!attached && errors.stream().anyMatch(e -> e.startsWith("No sound device"))) {
            Assumptions.abort("JavaFX Media has no ALSA device here (" + errors.get(0) + "); CI installs libasound2");
        }
        assertThat(attached).as("attached: %s", errors).isTrue();
        assertThat(fx(() -> window.listen().playback().durationProperty().get())).isBetween(6_300L, 6_400L);

        List<String> heard = new ArrayList<>();
        List<Boolean> states = new ArrayList<>();
        fx(() -> {
            window.listen().playback().playingProperty().addListener((o, a, on) -> states.add(on));
            window.listen().follower().shownTextProperty().addListener((o, a, word) -> {
                if (!word.isEmpty()) {
                    heard.add(word);
                }
            });
            window.listen().playback().seek(0);
            window.listen().playback().tick();
            window.editor().area().requestFocus();
            return null;
        });
        assertThat(fx(() -> window.listen().follower().shownText())).isEqualTo("Hello");
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        // A null sound device plays faster than real time; a sound card takes the recording's six seconds.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fx(() -> window.listen().playback().isPlaying()));
        assertThat(states).as("it played, then stopped at the end").containsExactly(true, false);
        assertThat(fx(() -> window.listen().playback().positionMs())).isGreaterThan(6_000);
        assertThat(fx(() -> window.listen().follower().shownText())).isEqualTo("you.");
        assertThat(heard).as("the highlight moved on with the recording").last().isEqualTo("you.");
        assertThat(fx(() -> window.listen().follower().shown().orElseThrow().paragraph())).isEqualTo(2);
    }
}
