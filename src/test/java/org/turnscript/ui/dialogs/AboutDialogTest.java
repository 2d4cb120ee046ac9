package org.turnscript.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(AboutDialog.content(), 800, 560));
        stage.show();
    }

    @Test
    void showsTheRuntimeTheNoticeAndTheFixturesSources(FxRobot robot) {
        Label runtime = robot.lookup("#about-runtime").queryAs(Label.class);
        assertThat(runtime.getText()).contains("Java " + System.getProperty("java.version"), "JavaFX 21");
        TextArea notice = robot.lookup("#about-notice").queryAs(TextArea.class);
        assertThat(notice.getText()).contains("Apache License, Version 2.0", "Test fixtures written by others");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText())
                .startsWith("Third-party notices").contains("Fixtures: formats/vtt");

        robot.clickOn("Fixtures: formats/srt");

        TextArea srt = (TextArea) tabs.getSelectionModel().getSelectedItem().getContent();
        assertThat(srt.getText()).contains("glut23/webvtt-py", "MIT");
    }
}
