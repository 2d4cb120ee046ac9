package org.turnscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.turnscript.model.Segment;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.testing.YouTubeStyleVtt;
import org.turnscript.timing.RetimeReport;
import org.turnscript.ui.session.ParStyle;

/**
 * Timing ▸ Take times from a caption file… on the bundled sample with its speakers tagged: the words take the
 * captions' times in one undo step, every tag and paragraph stays, and the legend counts the aligned words.
 */
@ExtendWith(ApplicationExtension.class)
class TimesFromCaptionsWorkflowTest {

    @TempDir
    static Path home;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
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

    /** The sample's spoken words at times that drift from its estimate by up to 30 s, as YouTube captions. */
    private static Path captionsOf(Transcript t, Path file) throws Exception {
        List<Word> spoken = new ArrayList<>();
        long previous = -1;
        for (Segment s : t.segments()) {
            for (Word w : s.words()) {
                if (!w.isSoundTag()) {
                    long start = Math.max(previous + 1, w.start() + Math.round(30_000 * Math.sin(w.start() / 200_000.0)));
                    spoken.add(Word.timed(w.original(), start, start + 150, TimeSource.MEASURED));
                    previous = start;
                }
            }
        }
        Files.writeString(file, YouTubeStyleVtt.of(spoken));
        return file;
    }

    private List<ParStyle> paragraphStyles() {
        return window.editor().area().getParagraphs().stream().map(Paragraph::getParagraphStyle).toList();
    }

    @Test
    void theTaggedSampleTakesTheCaptionsTimesInOneUndoStepAndKeepsEveryTag() throws Exception {
        // Tag every fourth paragraph with the next of the four speakers, as Ctrl+1…4 would.
        fx(() -> {
            var buffer = window.editor().buffer();
            var speakers = buffer.roster().speakers();
            for (int p = 0; p < buffer.paragraphCount(); p += 4) {
                buffer.setSpeaker(p, speakers.get(p / 4 % speakers.size()).id());
            }
            return null;
        });
        Transcript before = fx(() -> window.editor().snapshot());
        List<ParStyle> tags = fx(this::paragraphStyles);
        String text = fx(() -> window.editor().area().getText());
        Path vtt = captionsOf(before, home.resolve("sample.en.vtt"));

        RetimeReport report = fx(() -> window.takeTimesFrom(vtt)).get(60, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(report.share()).isGreaterThan(0.99);
        Transcript after = fx(() -> window.editor().snapshot());
        assertThat(fx(this::paragraphStyles)).as("every speaker tag stays").isEqualTo(tags);
        assertThat(fx(() -> window.editor().area().getText())).isEqualTo(text);
        assertThat(after.segments()).extracting(Segment::id)
                .isEqualTo(before.segments().stream().map(Segment::id).toList());
        long aligned = after.segments().stream().flatMap(s -> s.words().stream())
                .filter(w -> w.source() == TimeSource.ALIGNED).count();
        assertThat(aligned).isEqualTo(report.matched());
        assertThat(fx(() -> window.session().messageProperty().get())).contains("words matched")
                .contains("Ctrl+Z");

        // The colours and their legend count the aligned words once the change has settled.
        fx(() -> {
            window.setColourBySource(true);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.timingLegendText(TimeSource.ALIGNED))
                .contains(String.format("%,d", aligned)));
        assertThat(fx(() -> window.editor().area().getParagraph(0).getStyleOfChar(0).source()))
                .isIn(TimeSource.ALIGNED, TimeSource.INTERPOLATED);

        fx(() -> {
            window.editor().area().undo();
            return null;
        });
        assertThat(fx(() -> window.editor().snapshot())).as("one undo step brings every time back").isEqualTo(before);
        assertThat(fx(this::paragraphStyles)).isEqualTo(tags);
    }

    @Test
    void theTimingMenuOffersIt() {
        MenuBar bar = fx(() -> (MenuBar) window.scene().getRoot().lookup(".menu-bar"));
        Menu timing = bar.getMenus().stream().filter(m -> "menu-timing".equals(m.getId())).findFirst().orElseThrow();
        assertThat(timing.getItems()).extracting(MenuItem::getText)
                .contains("Take times from a _caption file\u2026", "_Colour words by where their time comes from");
    }

    @Test
    void aFileWithoutTimesChangesNothingAndSaysWhy() throws Exception {
        Path dump = home.resolve("dump.txt");
        Files.writeString(dump, "this caption text has no times\n");
        Transcript before = fx(() -> window.editor().snapshot());

        var result = fx(() -> window.takeTimesFrom(dump));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, result::isDone);

        assertThat(result).isCompletedExceptionally();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.editor().snapshot())).isEqualTo(before);
        assertThat(fx(() -> window.session().messageProperty().get())).contains("has no times of its own");
        // The error dialog the window shows for it.
        fx(() -> {
            javafx.stage.Window.getWindows().stream().filter(w -> w != window.stage()).toList()
                    .forEach(w -> ((Stage) w).close());
            return null;
        });
    }
}
