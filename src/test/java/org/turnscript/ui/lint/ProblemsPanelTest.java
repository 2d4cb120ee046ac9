package org.turnscript.ui.lint;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.SpeakerDisplay;
import org.turnscript.subtitles.SubtitleProfile;
import org.turnscript.subtitles.SubtitleProfiles;
import org.turnscript.ui.stats.SmallTranscripts;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ProblemsPanelTest {

    private final AtomicLong selectedAt = new AtomicLong(-1);
    private ProblemsPanel panel;
    /** Checks every document off the FX thread, as a long one would be. */
    private ProblemsPanel background;
    /**
     * Netflix's numbers with its timing limits as aims: under the strict Netflix profile the layout leaves no cue
     * too short or too fast, and these tests need a problem that is a warning.
     */
    private static final SubtitleProfile AIMS = SubtitleProfiles.NETFLIX.withStrictTiming(false);

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        panel = new ProblemsPanel();
        panel.setProfile(AIMS);
        panel.setOnSelect(selectedAt::set);
        background = new ProblemsPanel(0);
        background.setProfile(AIMS);
        Scene scene = new Scene(new HBox(8, panel.node(), background.node()), 900, 400);
        scene.getStylesheets().add(ProblemsPanel.class.getResource("/org/turnscript/ui/turnscript.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void listsProblemsInTheirSeverityColourUnderASummary(FxRobot robot) {
        robot.interact(() -> panel.show(ProblemsModelTest.hurried()));

        assertThat(summary(robot, panel)).isEqualTo("3 cues · 0 errors · 1 warning");
        assertThat(list(robot, panel).getItems()).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("reading speed"));
        assertThat(robot.from(panel.node()).lookup(".list-cell.lint-warning").queryAllAs(ListCell.class))
                .hasSize(1);
    }

    @Test
    void selectingAProblemReportsTheCueStart(FxRobot robot) {
        robot.interact(() -> panel.show(ProblemsModelTest.hurried()));
        ProblemRow row = list(robot, panel).getItems().get(0);

        robot.interact(() -> list(robot, panel).getSelectionModel().select(0));

        assertThat(selectedAt.get()).isEqualTo(row.startMs()).isGreaterThanOrEqualTo(4_000);
    }

    @Test
    void choosingAnotherProfileChecksAgain(FxRobot robot) {
        robot.interact(() -> panel.show(ProblemsModelTest.hurried()));
        int atNetflix = list(robot, panel).getItems().size();

        robot.interact(() -> profile(robot, panel).setValue(SubtitleProfiles.BBC));

        assertThat(panel.profile()).isEqualTo(SubtitleProfiles.BBC);
        assertThat(list(robot, panel).getItems()).hasSizeGreaterThan(atNetflix);
        assertThat(profile(robot, panel).getItems()).containsExactlyElementsOf(SubtitleProfiles.all());
    }

    @Test
    void longDocumentsAreCheckedInTheBackgroundAndTheNewestRequestWins(FxRobot robot) throws Exception {
        Transcript older = SmallTranscripts.conversation();
        Transcript newer = ProblemsModelTest.hurried();
        ProblemsModel model = new ProblemsModel(AIMS, SpeakerDisplay.DEFAULT);
        String expected = model.check(newer).summary();
        assertThat(model.check(older).summary()).isNotEqualTo(expected);
        String[] shownAtOnce = new String[1];

        robot.interact(() -> {
            background.show(older);
            background.show(newer);
            shownAtOnce[0] = summary(robot, background);
        });

        assertThat(shownAtOnce[0]).isEqualTo("Checking…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> expected.equals(summary(robot, background)));
        Thread.sleep(100); // room for the older request to arrive late, were it not dropped
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary(robot, background)).isEqualTo(expected);
        assertThat(list(robot, background).getItems()).hasSize(1);
    }

    private static String summary(FxRobot robot, ProblemsPanel p) {
        return robot.from(p.node()).lookup("#problems-summary").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<ProblemRow> list(FxRobot robot, ProblemsPanel p) {
        return robot.from(p.node()).lookup("#problems-list").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SubtitleProfile> profile(FxRobot robot, ProblemsPanel p) {
        return robot.from(p.node()).lookup("#problems-profile").queryAs(ComboBox.class);
    }
}
