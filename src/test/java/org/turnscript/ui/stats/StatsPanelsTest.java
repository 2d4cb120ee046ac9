package org.turnscript.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.turnscript.model.Transcript;
import org.turnscript.ui.editor.SpeakerStylesheet;

@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class StatsPanelsTest {

    private static final Color KATE = Color.web(SmallTranscripts.ROSTER.speakers().get(0).color());
    private static final Color CHRIS = Color.web(SmallTranscripts.ROSTER.speakers().get(1).color());

    private final AtomicLong seekedTo = new AtomicLong(-1);
    private TalkTimePanel talkTime;
    private TurnTimeline timeline;

    @Start
    void start(Stage stage) {
        // Controls are made here, on the FX thread once the toolkit runs, never in field initialisers.
        talkTime = new TalkTimePanel();
        timeline = new TurnTimeline();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Transcript t = SmallTranscripts.conversation();
        talkTime.show(t);
        timeline.show(t);
        timeline.setOnSeek(seekedTo::set);
        Scene scene = new Scene(new VBox(8, timeline.node(), talkTime.node()), 400, 420);
        scene.getStylesheets().add(SpeakerStylesheet.dataUrl(t.roster()));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void tableListsTimesAndShares(FxRobot robot) {
        assertThat(robot.lookup("#talk-time-table .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsSequence("Kate", "0:02", "29%")
                .containsSequence("Chris", "0:03", "43%")
                .containsSequence("Unassigned", "0:02", "29%");
    }

    @Test
    void pieAndTimelineAreDrawnInSpeakerColours(FxRobot robot) {
        assertThat(containsColour(robot, timeline.node(), KATE)).isTrue();
        assertThat(containsColour(robot, timeline.node(), CHRIS)).isTrue();
        assertThat(containsColour(robot, robot.lookup("#talk-time-chart").query(), CHRIS)).isTrue();
    }

    @Test
    void recolouringASpeakerRecoloursTheTimeline(FxRobot robot) {
        Color teal = Color.web("#17A398");
        var recoloured = SmallTranscripts.ROSTER.replace(SmallTranscripts.ROSTER.speakers().get(0).withColor("#17A398"));

        robot.interact(() -> {
            Scene scene = timeline.node().getScene();
            scene.getStylesheets().setAll(SpeakerStylesheet.dataUrl(recoloured));
        });

        assertThat(containsColour(robot, timeline.node(), teal)).isTrue();
        assertThat(containsColour(robot, timeline.node(), KATE)).isFalse();
    }

    @Test
    void clickingTheTimelineSeeksToTheTimeUnderThePointer(FxRobot robot) {
        robot.clickOn(timeline.node());

        // The middle of a 10 s recording, give or take a pixel or two of the 400 px strip.
        assertThat(seekedTo.get()).isBetween(4_900L, 5_100L);
        assertThat(timeline.hoverText()).isEqualTo("Chris · 0:03–0:10"); // the untagged end continues Chris's turn
    }

    private static boolean containsColour(FxRobot robot, Node node, Color colour) {
        WritableImage image = snapshot(robot, node);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.02 && Math.abs(c.getGreen() - colour.getGreen()) < 0.02
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.02) {
                    return true;
                }
            }
        }
        return false;
    }

    private static WritableImage snapshot(FxRobot robot, Node node) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        return image[0];
    }
}
