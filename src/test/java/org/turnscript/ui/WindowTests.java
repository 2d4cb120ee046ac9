package org.turnscript.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.turnscript.convert.ConversionService;
import org.turnscript.ui.session.AppSettings;

/**
 * What every workflow test of the window does first: open the window on the bundled sample with settings of its
 * own, wait for the sample, and run steps on the JavaFX thread. TestFX only finds {@code @Start} on the test class
 * itself, so each test keeps a one-line {@code @Start} that calls {@link #openOnSample}.
 */
public final class WindowTests {

    private WindowTests() {
    }

    /** The window, shown, opening the bundled sample, with its settings in a new folder under {@code home}. */
    public static MainWindow openOnSample(Stage stage, Path home) throws IOException {
        MainWindow window = new MainWindow(stage, new AppSettings(Files.createTempDirectory(home, "home")),
                ConversionService.standard());
        stage.show();
        window.openInitialDocument();
        return window;
    }

    /** Waits until the sample is in the window. */
    public static void awaitSample(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        window.initialLoad().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits (up to 30 s) for what the window started in the background, then for the events it queued. */
    public static <T> T await(CompletableFuture<T> f) throws Exception {
        T value = f.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    /** Runs {@code c} on the JavaFX thread once pending events are through, and gives its result. */
    public static <T> T fx(Callable<T> c) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }
}
