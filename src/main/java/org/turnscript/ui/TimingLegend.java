package org.turnscript.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.turnscript.model.TimeSource;

/**
 * The legend under the text while words are coloured by where their time comes from: one entry per source in its
 * colour, with how many words have it (from the last settled state of the document).
 */
final class TimingLegend {

    private static final Map<TimeSource, String> MEANING = new EnumMap<>(Map.of(
            TimeSource.MEASURED, "measured (read from the input)",
            TimeSource.ALIGNED, "aligned (from a caption file)",
            TimeSource.ANCHORED, "anchored (set by you)",
            TimeSource.RECORDING, "from the recording (syllables heard)",
            TimeSource.INTERPOLATED, "interpolated (between known times)",
            TimeSource.ESTIMATED, "estimated (guessed)",
            TimeSource.UNKNOWN, "no time"));

    private final HBox box = new HBox();
    private final Map<TimeSource, Label> labels = new EnumMap<>(TimeSource.class);

    TimingLegend() {
        box.setId("timing-legend");
        box.getStyleClass().add("timing-legend");
        for (TimeSource source : TimeSource.values()) {
            Label label = new Label("\u25CF " + MEANING.get(source));
            label.getStyleClass().add("time-" + source.name().toLowerCase(java.util.Locale.ROOT));
            labels.put(source, label);
            box.getChildren().add(label);
        }
        show(false);
    }

    Node node() {
        return box;
    }

    void show(boolean on) {
        box.setVisible(on);
        box.setManaged(on);
    }

    /** Shows the word counts; a source no word has is left out. */
    void counts(Map<TimeSource, Integer> counts) {
        for (TimeSource source : TimeSource.values()) {
            int n = counts.getOrDefault(source, 0);
            Label label = labels.get(source);
            label.setText(String.format("\u25CF %s: %,d", MEANING.get(source), n));
            label.setVisible(n > 0);
            label.setManaged(n > 0);
        }
    }

    /** The text of the entry for {@code source}, for tests. */
    String text(TimeSource source) {
        return labels.get(source).isVisible() ? labels.get(source).getText() : "";
    }
}
