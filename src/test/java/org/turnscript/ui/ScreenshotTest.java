package org.turnscript.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.turnscript.convert.ConversionService;
import org.turnscript.ui.session.AppSettings;

/**
 * Renders the README screenshots: the window with the sample's first turns tagged, light and dark, at 1280×800
 * and 1920×1080. Runs only when asked: {@code ./mvnw test -Dtest=ScreenshotTest -Dturnscript.screenshots=assets}.
 */
@EnabledIfSystemProperty(named = "turnscript.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = new MainWindow(stage, new AppSettings(Files.createTempDirectory("turnscript-shots")),
                ConversionService.standard());
        stage.show();
        window.openInitialDocument();
    }

    @org.junit.jupiter.api.BeforeEach
    void awaitFirstDocument() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        window.initialLoad().get(30, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void renderWindow(FxRobot robot) throws Exception {
        tag(robot, "hello and welcome", KeyCode.DIGIT1);
        tag(robot, "thanks BR", KeyCode.DIGIT2);
        tag(robot, "Chris hay uh distinguished", KeyCode.DIGIT1);
        tag(robot, "what up", KeyCode.DIGIT3);
        tag(robot, "and a newbie on the show", KeyCode.DIGIT1);
        tag(robot, "my first time here", KeyCode.DIGIT4);
        tag(robot, "so thanks yall for being here", KeyCode.DIGIT1);
        fx(() -> {
            // the tagged turns, not the host's opening minutes: start three paragraphs above Kate's first turn
            var area = window.editor().area();
            int offset = area.getText().indexOf("thanks BR");
            area.moveTo(offset);
            int paragraph = area.offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                    .getMajor();
            area.showParagraphAtTop(Math.max(0, paragraph - 3));
            return null;
        });
        Path dir = Path.of(System.getProperty("turnscript.screenshots"));
        shoot(robot, dir.resolve("screenshot-light.png"), false, 1280, 800);
        shoot(robot, dir.resolve("screenshot-dark.png"), true, 1280, 800);
        shoot(robot, dir.resolve("screenshot-1920.png"), false, 1920, 1080);
        fx(() -> {
            window.setDarkTheme(false);
            stage.setWidth(1280);
            stage.setHeight(800);
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        robot.write("Tim Wong");
        shoot(robot, dir.resolve("screenshot-find.png"), false, 1280, 800);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        dialogShot(robot, dir.resolve("screenshot-cleanup.png"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        dialogShot(robot, dir.resolve("screenshot-export.png"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private void dialogShot(FxRobot robot, Path file) throws IOException {
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node pane = robot.lookup(".dialog-pane").query();
        write(fx(() -> pane.getScene().snapshot(null)), file);
    }

    private void tag(FxRobot robot, String phrase, KeyCode digit) {
        fx(() -> {
            window.editor().area().moveTo(window.editor().area().getText().indexOf(phrase));
            window.editor().area().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(FxRobot robot, Path file, boolean dark, int width, int height) throws IOException {
        WritableImage image = fx(() -> {
            window.setDarkTheme(dark);
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        }) == null ? null : null;
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        image = fx(() -> stage.getScene().snapshot(null));
        write(image, file);
    }

    private static void write(WritableImage image, Path file) throws IOException {
        PngFiles.write(image, file);
    }

    private static <T> T fx(Callable<T> c) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }
}
