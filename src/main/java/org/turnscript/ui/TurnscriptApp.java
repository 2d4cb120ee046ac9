package org.turnscript.ui;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.turnscript.convert.ConversionService;

/** The JavaFX application: one editor window. */
public final class TurnscriptApp extends Application {

    private static final Logger LOG = Logger.getLogger(TurnscriptApp.class.getName());

    /** Called by the launcher; blocks until the window closes. */
    public static void launchApp(String[] args) {
        Application.launch(TurnscriptApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, AppSettings.standard(), ConversionService.standard());
        LatencyTrace.installIfEnabled(window.scene());
        stage.show();
        // Open after the first frame so the window appears at once, even for a long document.
        Platform.runLater(() -> {
            window.openInitialDocument();
            // The next pulse draws the document: report how long a start takes, for the README's figures.
            Platform.runLater(() -> LOG.info(() -> String.format("document on screen %d ms after the JVM started",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())));
        });
    }
}
