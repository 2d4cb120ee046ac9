package org.turnscript.ui.stats;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.turnscript.model.Transcript;
import org.turnscript.ui.editor.SpeakerStylesheet;
import org.turnscript.ui.text.TimeText;

/**
 * Talk time per speaker: a pie in the speakers' colours above a table of names, times and shares. Slices and
 * swatches carry the speaker's style class, so recolouring a speaker recolours the chart without a redraw.
 */
public final class TalkTimePanel {

    private final VBox root = new VBox(8);
    private final PieChart pie = new PieChart();
    private final GridPane table = new GridPane();
    private final Label total = new Label();

    public TalkTimePanel() {
        pie.setId("talk-time-chart");
        pie.setAnimated(false);
        pie.setLegendVisible(false);
        pie.setLabelsVisible(false);
        pie.setStartAngle(90);
        pie.setClockwise(true);
        pie.setPrefSize(220, 220);
        pie.setMinSize(120, 120);
        table.setId("talk-time-table");
        table.setHgap(8);
        table.setVgap(3);
        table.setAlignment(Pos.TOP_LEFT);
        total.getStyleClass().add("key-hint");
        Label title = new Label("Talk time");
        title.getStyleClass().add("panel-title");
        root.getChildren().addAll(title, pie, table, total);
        root.getStyleClass().add("talk-time");
    }

    public Node node() {
        return root;
    }

    /** Shows the talk time of {@code t}; call again after edits settle. */
    public void show(Transcript t) {
        List<TalkTime> times = TalkTime.of(t);
        ObservableList<PieChart.Data> slices = FXCollections.observableArrayList();
        table.getChildren().clear();
        long speech = 0;
        int row = 0;
        for (TalkTime time : times) {
            speech += time.ms();
            Circle swatch = new Circle(5);
            swatch.getStyleClass().addAll("speaker-swatch", styleClass(time));
            Label name = new Label(time.name());
            Label duration = new Label(TimeText.format(time.ms()));
            duration.getStyleClass().add("talk-time-duration");
            Label share = new Label(String.format("%.0f%%", time.share() * 100));
            share.getStyleClass().add("talk-time-share");
            GridPane.setHalignment(duration, HPos.RIGHT);
            GridPane.setHalignment(share, HPos.RIGHT);
            table.addRow(row++, swatch, name, duration, share);
            if (time.ms() > 0) {
                slices.add(new PieChart.Data(time.name(), time.ms()));
            }
        }
        pie.setData(slices);
        // Slices get their nodes when they join the chart; style them by position, matching the list above.
        int slice = 0;
        for (TalkTime time : times) {
            if (time.ms() > 0) {
                Node node = slices.get(slice++).getNode();
                if (node != null) {
                    node.getStyleClass().add(styleClass(time));
                    Tooltip.install(node, new Tooltip(
                            time.name() + " · " + TimeText.format(time.ms()) + String.format(" (%.0f%%)",
                                    time.share() * 100)));
                }
            }
        }
        total.setText(speech == 0 ? "No timed speech yet" : "Speech " + TimeText.format(speech));
    }

    private static String styleClass(TalkTime time) {
        return time.isUnassigned() ? "unassigned" : SpeakerStylesheet.cssClass(time.speakerId());
    }
}
