package org.turnscript.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class SpeakerGutterTest {

    private static final Roster ROSTER = Roster.of(List.of("Kate Soule", "Chris"));

    private TranscriptEditor editor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        editor = new TranscriptEditor();
        editor.load(conversation());
        Scene scene = new Scene(editor.area(), 760, 420);
        scene.getStylesheets().addAll(Objects.requireNonNull(
                getClass().getResource("/org/turnscript/ui/turnscript.css")).toExternalForm(),
                SpeakerStylesheet.dataUrl(editor.roster()));
        stage.setScene(scene);
        stage.show();
    }

    /** Kate (a long name) then Chris in one-line segments, one of them a continuation, then a long turn. */
    private static Transcript conversation() {
        return new Transcript(Metadata.EMPTY, ROSTER, List.of(
                segment("s1", "S1", 0, "Hello there everyone and welcome back to the show"),
                segment("s2", "S2", 3_000, "Hi Kate"),
                segment("s3", null, 4_000, "good to be here"),
                segment("s4", "S1", 3_725_000, "So let us start with the news of the week, which is about mixture of "
                        + "experts models and what they mean for the people who run them on their own hardware "
                        + "at home or at work"),
                segment("s5", null, 3_790_000, "Right")));
    }

    private static Segment segment(String id, String speaker, long start, String text) {
        String[] parts = text.split(" ");
        Word[] words = new Word[parts.length];
        for (int i = 0; i < parts.length; i++) {
            // One anchored word, so the snapshots show its mark too.
            TimeSource source = parts[i].equals("welcome") ? TimeSource.ANCHORED : TimeSource.MEASURED;
            words[i] = Word.timed(parts[i], start + i * 300L, start + i * 300L + 250, source);
        }
        return new Segment(id, speaker, SegmentKind.SPEECH, List.of(words));
    }

    @Test
    void chipAndTimeSitOnTheParagraphsFirstLine() {
        for (int par = 0; par < 5; par++) {
            int p = par;
            Bounds firstLine = fx(() -> editor.area().getCharacterBoundsOnScreen(
                    editor.area().getAbsolutePosition(p, 0), editor.area().getAbsolutePosition(p, 1)).orElseThrow());
            Bounds paragraph = fx(() -> editor.area().getVisibleParagraphBoundsOnScreen(
                    editor.area().allParToVisibleParIndex(p).orElseThrow()));
            for (Label label : List.of(chip(par), time(par))) {
                Bounds shown = fx(() -> label.localToScreen(label.getLayoutBounds()));
                assertThat(shown.getMinY()).as("top of %s in paragraph %d", label.getText(), par)
                        .isGreaterThanOrEqualTo(firstLine.getMinY() - 2);
                assertThat(shown.getMaxY()).as("bottom of %s in paragraph %d", label.getText(), par)
                        .isLessThanOrEqualTo(firstLine.getMaxY() + 2)
                        .isLessThanOrEqualTo(paragraph.getMaxY());
            }
        }
    }

    @Test
    void aLongNameIsShortenedAndTheTimeStaysWhole() {
        Label chip = chip(3);
        Label time = time(3);

        assertThat(chip.getText()).isEqualTo("Kate Soule");
        assertThat(shownText(chip)).startsWith("Kate").endsWith("…");
        assertThat(time.getText()).isEqualTo("1:02:05");
        assertThat(shownText(time)).isEqualTo("1:02:05");
        Bounds chipBounds = fx(() -> chip.localToScene(chip.getLayoutBounds()));
        Bounds timeBounds = fx(() -> time.localToScene(time.getLayoutBounds()));
        assertThat(chipBounds.getMaxX()).isLessThanOrEqualTo(timeBounds.getMinX());
    }

    @Test
    void continuedChipsAreAnOutlineWithReadableText() {
        Label continued = chip(2);

        assertThat(continued.getStyleClass()).contains("continued");
        assertThat(continued.getOpacity()).isEqualTo(1.0);
        assertThat(fx(continued::getTextFill)).isNotEqualTo(javafx.scene.paint.Color.WHITE);
        assertThat(fx(() -> continued.getBackground().getFills())).allSatisfy(
                fill -> assertThat(fill.getFill()).isEqualTo(javafx.scene.paint.Color.TRANSPARENT));
        assertThat(fx(() -> continued.getBorder().getStrokes().get(0).getTopStroke()))
                .isEqualTo(javafx.scene.paint.Color.web(ROSTER.speakers().get(1).color()));
    }

    /** Writes the gutter light and dark when asked: {@code -Dturnscript.gutter.shots=folder}. */
    @Test
    void snapshots() throws Exception {
        String folder = System.getProperty("turnscript.gutter.shots");
        if (folder == null) {
            return;
        }
        shoot(Path.of(folder, "gutter-light.png"));
        fx(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            return null;
        });
        shoot(Path.of(folder, "gutter-dark.png"));
        fx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            return null;
        });
    }

    private void shoot(Path file) throws Exception {
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WritableImage image = fx(() -> stage.getScene().snapshot(null));
        org.turnscript.ui.PngFiles.write(image, file);
    }

    private Label chip(int par) {
        return (Label) gutter(par).getChildren().get(0);
    }

    private Label time(int par) {
        return (Label) gutter(par).getChildren().get(3);
    }

    private HBox gutter(int par) {
        Node node = fx(() -> editor.area().getParagraphGraphic(par));
        return (HBox) node;
    }

    private static String shownText(Label label) {
        return fx(() -> ((javafx.scene.text.Text) label.lookup(".text")).getText());
    }

    private static <T> T fx(Callable<T> c) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }
}
