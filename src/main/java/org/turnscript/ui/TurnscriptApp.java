package org.turnscript.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.turnscript.ui.session.EditorSession;
import org.turnscript.ui.session.AppSettings;

/** The JavaFX application: one editor window. */
public final class TurnscriptApp extends Application {

    private static final Logger LOG = Logger.getLogger(TurnscriptApp.class.getName());

    /** Called by the launcher; blocks until the window closes. */
    public static void launchApp(String[] args) {
        Application.launch(TurnscriptApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, AppSettings.standard(), EditorSession.standardService());
        InternalErrors.install(stage, window.session()::setMessage);
        LatencyTrace.installIfEnabled(window.scene());
        addIcons(stage);
        stage.show();
        EditorArguments arguments = EditorArguments.parse(getParameters().getRaw());
        List<Path> files = arguments.files();
        // Files open in the background while the window paints; the document replaces the empty area when ready.
        window.openInitialDocument(files).whenComplete((opened, error) -> {
            if (arguments.media() != null) {
                Platform.runLater(() -> window.attachMedia(arguments.media()));
            }
            // The next pulse draws the document: report how long a start takes, for the README's figures.
            Platform.runLater(() -> LOG.info(() -> String.format("document on screen %d ms after the JVM started",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())));
            // Only now: while a long file opens the heap may grow freely; afterwards what is left over goes back.
            Thread heap = new Thread(IdleHeap::apply, "turnscript-heap-settings");
            heap.setDaemon(true);
            heap.start();
        });
    }

    /** The application icon (assets/icons) for the title bar and task switcher; loaded in the background. */
    private static void addIcons(Stage stage) {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            var url = TurnscriptApp.class.getResource("/org/turnscript/icons/turnscript-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm(), true));
            }
        }
    }
}
