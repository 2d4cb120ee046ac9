package org.turnscript.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.turnscript.convert.ConversionService;
import org.turnscript.formats.TranscriptFormat;
import org.turnscript.subtitles.SpeakerLabelStyle;
import org.turnscript.ui.stats.SmallTranscripts;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private static final Path FOLDER = Path.of("exports").toAbsolutePath();

    private Stage stage;
    private ExportDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        if (dialog != null) {
            robot.interact(() -> dialog.dialog().close());
        }
    }

    @Test
    void previewFollowsFormatAndLabelStyle(FxRobot robot) {
        open(robot);

        robot.interact(() -> {
            format(robot).getItems().stream().filter(f -> f.id().equals("srt")).findFirst()
                    .ifPresent(format(robot)::setValue);
            labelStyle(robot).setValue(SpeakerLabelStyle.NAME);
        });
        assertThat(preview(robot)).contains("00:00:01,000 --> ").contains("Kate: Hello there everyone");

        robot.interact(() -> labelStyle(robot).setValue(SpeakerLabelStyle.UPPER));
        assertThat(preview(robot)).contains("KATE: ").doesNotContain("Kate: ");

        robot.interact(() -> robot.lookup("#export-sound-tags").queryAs(CheckBox.class).setSelected(false));
        assertThat(preview(robot)).doesNotContain("[Music]");
    }

    @Test
    void fileNameFollowsTheFormatAndExportReturnsTheRequest(FxRobot robot) {
        open(robot);
        TextField file = robot.lookup("#export-file").queryAs(TextField.class);
        assertThat(file.getText()).isEqualTo(FOLDER.resolve("talk.srt").toString());

        robot.interact(() -> format(robot).getItems().stream().filter(f -> f.id().equals("vtt")).findFirst()
                .ifPresent(format(robot)::setValue));
        assertThat(file.getText()).isEqualTo(FOLDER.resolve("talk.vtt").toString());
        assertThat(preview(robot)).startsWith("WEBVTT");

        robot.interact(() -> {
            ButtonType export = dialog.dialog().getDialogPane().getButtonTypes().get(0);
            ((Button) dialog.dialog().getDialogPane().lookupButton(export)).fire();
        });

        ExportRequest request = dialog.dialog().getResult();
        assertThat(request.file()).isEqualTo(FOLDER.resolve("talk.vtt"));
        assertThat(request.formatId()).isEqualTo("vtt");
        assertThat(request.options().labelStyle()).isEqualTo(SpeakerLabelStyle.NAME);
    }

    @Test
    void noLabelIsCutShort(FxRobot robot) {
        open(robot);
        // Narrower than it would like, as on a small screen or after the user shrinks it: the fields give way.
        robot.interact(() -> dialog.dialog().setWidth(480));

        assertThat(TruncatedLabels.in(dialog.dialog().getDialogPane())).isEmpty();
        assertThat(robot.lookup("Speaker labels").tryQuery()).isPresent();
    }

    @Test
    void suggestsTheDocumentsFolder(@TempDir Path documents) {
        Path source = documents.resolve("talk.srt");

        assertThat(ExportDialog.folderFor(source)).isEqualTo(documents.toAbsolutePath());
        // A folder that is gone, or no document file, falls back to the default suggestion.
        assertThat(ExportDialog.folderFor(documents.resolve("gone/talk.srt"))).isEqualTo(ExportDialog.folderFor(null));
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new ExportDialog(stage, SmallTranscripts.conversation(), ConversionService.standard(), "talk",
                    FOLDER);
            dialog.dialog().show();
        });
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<TranscriptFormat> format(FxRobot robot) {
        return robot.lookup("#export-format").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SpeakerLabelStyle> labelStyle(FxRobot robot) {
        return robot.lookup("#export-label-style").queryAs(ComboBox.class);
    }

    private static String preview(FxRobot robot) {
        return robot.lookup("#export-preview").queryAs(TextArea.class).getText();
    }
}
