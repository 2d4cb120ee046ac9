package org.turnscript.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.model.Roster;
import org.turnscript.model.Transcript;
import org.turnscript.ui.stats.SmallTranscripts;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    private Stage stage;
    private ImportDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        robot.interact(() -> dialog.dialog().close());
    }

    @Test
    void showsWhatTheFirstReadFound(FxRobot robot) {
        open(robot, SmallTranscripts.conversation());

        assertThat(field(robot, "#import-speakers").getText()).isEqualTo("Kate, Chris");
        assertThat(field(robot, "#import-duration").getText()).isEqualTo("0:10");
        ListView<?> preview = robot.lookup("#import-preview").queryAs(ListView.class);
        assertThat(preview.getItems()).hasSize(5).first().isEqualTo("0:01  Hello there everyone");
        assertThat(robot.lookup("Small talk").tryQuery()).isPresent();
    }

    @Test
    void suggestsDefaultSpeakersWhenTheDocumentNamesNone(FxRobot robot) {
        Transcript t = SmallTranscripts.conversation();
        Transcript unnamed = new Transcript(t.metadata(), Roster.EMPTY, List.of(t.segment(3)));

        open(robot, unnamed);

        assertThat(field(robot, "#import-speakers").getText()).isEqualTo("Brian, Kate");
    }

    @Test
    void invalidDurationBlocksImportUntilFixed(FxRobot robot) {
        open(robot, SmallTranscripts.conversation());
        Node importButton = dialog.dialog().getDialogPane().lookupButton(
                dialog.dialog().getDialogPane().getButtonTypes().stream()
                        .filter(b -> b != ButtonType.CANCEL).findFirst().orElseThrow());

        robot.interact(() -> field(robot, "#import-duration").setText("44:75"));
        assertThat(importButton.isDisabled()).isTrue();
        assertThat(robot.lookup("#import-duration-error").queryAs(Label.class).isVisible()).isTrue();

        robot.interact(() -> {
            field(robot, "#import-duration").setText("44min 30sec");
            field(robot, "#import-speakers").setText("Brian, Kate, Chris, Skyler");
        });
        assertThat(importButton.isDisabled()).isFalse();
        ImportSettings settings = dialog.settings();
        assertThat(settings.durationMs()).isEqualTo(2_670_000);
        assertThat(settings.speakerNames()).containsExactly("Brian", "Kate", "Chris", "Skyler");
        assertThat(settings.formatId()).isNull();
        assertThat(settings.encoding()).isNull();
    }

    @Test
    void noLabelIsCutShort(FxRobot robot) {
        // A long value wants all the width, which used to squeeze the names to "…".
        Transcript t = SmallTranscripts.conversation();
        Transcript withSource = new Transcript(t.metadata().withSourceFile("mixture-of-experts-2024-05-31.txt"),
                t.roster(), t.segments());
        open(robot, withSource, List.of("line 3: a caption line that was far too long to be read as a caption and "
                + "was therefore kept as plain text of the segment before it"));
        robot.interact(() -> dialog.dialog().setWidth(560)); // narrower than it would like: the values wrap

        assertThat(TruncatedLabels.in(dialog.dialog().getDialogPane())).isEmpty();
        assertThat(robot.lookup("Media length").tryQuery()).isPresent();
    }

    private void open(FxRobot robot, Transcript t) {
        open(robot, t, List.of());
    }

    private void open(FxRobot robot, Transcript t, List<String> warnings) {
        LoadedDocument doc = new LoadedDocument(t, "caption-text", "UTF-8", warnings);
        robot.interact(() -> {
            dialog = new ImportDialog(stage, doc, List.of("Brian", "Kate"));
            dialog.dialog().show();
        });
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }
}
