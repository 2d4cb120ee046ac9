package org.turnscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class LatencyTraceTest {

    private final Logger logger = Logger.getLogger(LatencyTrace.class.getName());
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            lines.add(r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private String before;

    @Start
    void start(Stage stage) {
        logger.addHandler(capture);
        before = System.getProperty(LatencyTrace.PROPERTY);
        System.setProperty(LatencyTrace.PROPERTY, "latency");
        TextArea area = new TextArea("some words");
        Scene scene = new Scene(area, 400, 200);
        LatencyTrace.installIfEnabled(scene);
        stage.setScene(scene);
        stage.show();
        area.requestFocus();
    }

    @AfterEach
    void restore() {
        logger.removeHandler(capture);
        if (before == null) {
            System.clearProperty(LatencyTrace.PROPERTY);
        } else {
            System.setProperty(LatencyTrace.PROPERTY, before);
        }
    }

    @Test
    void logsOneLinePerKeyPressWithItsModifiers(FxRobot robot) throws Exception {
        robot.type(KeyCode.A);
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> keyLines().size() >= 3);
        assertThat(keyLines()).hasSize(3);
        assertThat(keyLines().get(0)).matches("key A \\d+\\.\\d ms \\(pulse.*");
        assertThat(keyLines().get(1)).startsWith("key CTRL+END ");
        assertThat(keyLines().get(2)).startsWith("key CTRL+SHIFT+Z ");
    }

    @Test
    void logsTheHeapAfterCollectionOnRequest(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.M)
                .release(KeyCode.SHIFT, KeyCode.ALT, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lines.stream().anyMatch(l -> l.startsWith("heap")));
        assertThat(lines).anyMatch(l -> l.matches("heap-after-gc \\d+ MB"));
        assertThat(keyLines()).isEmpty();
    }

    @Test
    void installsNothingWhenNotAsked() {
        System.clearProperty(LatencyTrace.PROPERTY);
        assertThat(LatencyTrace.enabled()).isFalse();
        System.setProperty(LatencyTrace.PROPERTY, "false");
        assertThat(LatencyTrace.enabled()).isFalse();
    }

    private List<String> keyLines() {
        return lines.stream().filter(l -> l.startsWith("key ")).toList();
    }
}
