package org.turnscript.ui.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.turnscript.cleanup.CleanupResult;
import org.turnscript.convert.ConversionService;
import org.turnscript.model.Segment;
import org.turnscript.ui.stats.SmallTranscripts;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class CleanupDialogTest {

    @TempDir
    Path dir;

    private Stage stage;
    private CleanupDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        robot.interact(() -> dialog.dialog().close());
    }

    @Test
    void showsEveryRuleAndWhatTheChosenOnesChange(FxRobot robot) {
        open(robot);

        assertThat(box(robot, "fillers").isSelected()).isTrue();
        assertThat(box(robot, "tags-normalise").isSelected()).isFalse();
        assertThat(box(robot, "glossary").isDisabled()).isTrue();
        assertThat(box(robot, "fillers").getTooltip().getText()).isNotBlank();
        assertThat(counts(robot)).anySatisfy(line -> assertThat(line).startsWith("Drop fillers · 1 · \"um\""));
        assertThat(struck(robot)).contains("um");

        robot.interact(() -> box(robot, "fillers").setSelected(false));

        assertThat(counts(robot)).noneMatch(line -> line.startsWith("Drop fillers"));
        assertThat(struck(robot)).doesNotContain("um");
    }

    @Test
    void choosingOneSoundTagRuleClearsTheOther(FxRobot robot) {
        open(robot);

        robot.interact(() -> box(robot, "tags-normalise").setSelected(true));

        assertThat(box(robot, "tags").isSelected()).isFalse();
        assertThat(dialog.model().chosenIds()).contains("tags:normalise").doesNotContain("tags");
    }

    @Test
    void badGlossaryIsReportedInTheDialog(FxRobot robot) throws IOException {
        Path bad = Files.writeString(dir.resolve("names.tsv"), "Kate\n");
        open(robot);

        robot.interact(() -> dialog.loadGlossary(bad));

        Label error = robot.lookup("#cleanup-glossary-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith(bad + ":1: ");
        assertThat(box(robot, "glossary").isDisabled()).isTrue();
    }

    @Test
    void glossaryAppliesAndApplyReturnsTheCleanedTranscript(FxRobot robot) throws IOException {
        Path names = Files.writeString(dir.resolve("names.tsv"), "Kate\tCate\n");
        open(robot);

        robot.interact(() -> dialog.loadGlossary(names));
        assertThat(box(robot, "glossary").isSelected()).isTrue();
        assertThat(robot.lookup("#cleanup-glossary-file").queryAs(Label.class).getText())
                .isEqualTo("names.tsv · 1 entry");

        robot.interact(() -> {
            ButtonType apply = dialog.dialog().getDialogPane().getButtonTypes().get(0);
            ((Button) dialog.dialog().getDialogPane().lookupButton(apply)).fire();
        });

        CleanupResult result = dialog.dialog().getResult();
        assertThat(result.transcript().segments()).extracting(Segment::body)
                .anySatisfy(body -> assertThat(body).contains("Cate").doesNotContain("um"));
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new CleanupDialog(stage, SmallTranscripts.conversation(), ConversionService.standard());
            dialog.dialog().show();
        });
    }

    private static CheckBox box(FxRobot robot, String idSuffix) {
        return robot.lookup("#cleanup-rule-" + idSuffix).queryAs(CheckBox.class);
    }

    private static List<String> counts(FxRobot robot) {
        return robot.lookup("#cleanup-counts .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** Words the excerpt shows struck through. */
    private static List<String> struck(FxRobot robot) {
        return robot.lookup("#cleanup-preview .cleanup-dropped").queryAllAs(Node.class).stream()
                .map(n -> ((Text) n).getText()).toList();
    }
}
