package org.turnscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A bug anywhere in the editor reaches the one handler, which says "internal error, please report it" over the
 * window and leaves the document as it was, open and unsaved work kept.
 */
@ExtendWith(ApplicationExtension.class)
class InternalErrorsTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = WindowTests.openOnSample(stage, home);
    }

    @BeforeEach
    void awaitSample() throws Exception {
        WindowTests.awaitSample(window);
    }

    @AfterEach
    void stop() {
        window.dispose();
    }

    private static <T> T fx(Callable<T> c) {
        return WindowTests.fx(c);
    }

    @Test
    void aBugOnABackgroundThreadIsReportedOnceAndTheDocumentStays() throws Exception {
        InternalErrors handler = new InternalErrors(stage, window.session()::setMessage);
        String before = fx(() -> window.editor().area().getText());
        int paragraphs = fx(() -> window.editor().area().getParagraphs().size());

        for (int i = 0; i < 3; i++) {
            Thread worker = new Thread(() -> {
                throw new IllegalStateException("segment s9 vanished");
            }, "turnscript-test-worker");
            worker.setUncaughtExceptionHandler(handler);
            worker.start();
            worker.join();
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> handler.showing().isShowing())).isTrue();
        assertThat(fx(() -> handler.showing().getHeaderText())).isEqualTo("Internal error, please report it");
        assertThat(fx(() -> handler.showing().getContentText())).contains("still open").contains("2 more since");
        String details = fx(() -> ((TextArea) handler.showing().getDialogPane().getExpandableContent()).getText());
        assertThat(details).contains("IllegalStateException: segment s9 vanished");
        assertThat(window.session().messageProperty().get())
                .startsWith("Internal error, please report it: segment s9 vanished");
        assertThat(fx(() -> window.editor().area().getText())).isEqualTo(before);
        assertThat(fx(() -> window.editor().area().getParagraphs().size())).isEqualTo(paragraphs);
        fx(() -> {
            handler.showing().close();
            return null;
        });
    }

    @Test
    void aBugOnTheJavaFxThreadReachesTheHandlerToo() {
        InternalErrors handler = new InternalErrors(stage, window.session()::setMessage);
        Thread.UncaughtExceptionHandler previous = fx(() -> Thread.currentThread().getUncaughtExceptionHandler());
        try {
            fx(() -> {
                Thread.currentThread().setUncaughtExceptionHandler(handler);
                return null;
            });
            javafx.application.Platform.runLater(() -> {
                throw new IndexOutOfBoundsException("paragraph 12345");
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx(() -> handler.showing() != null && handler.showing().isShowing())).isTrue();
            assertThat(window.session().messageProperty().get()).contains("paragraph 12345");
        } finally {
            fx(() -> {
                Thread.currentThread().setUncaughtExceptionHandler(previous);
                if (handler.showing() != null) {
                    handler.showing().close();
                }
                return null;
            });
        }
    }
}
