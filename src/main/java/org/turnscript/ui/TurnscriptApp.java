package org.turnscript.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the editor window. */
public final class TurnscriptApp extends Application {

    /** Called by the launcher; blocks until the window closes. */
    public static void launchApp(String[] args) {
        Application.launch(TurnscriptApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Turnscript");
        stage.setScene(new Scene(new Label("Turnscript"), 1280, 800));
        stage.show();
    }
}
