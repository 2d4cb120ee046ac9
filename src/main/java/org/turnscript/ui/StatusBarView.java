package org.turnscript.ui;

import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.turnscript.convert.DocumentInfo;
import org.turnscript.model.Transcript;
import org.turnscript.ui.text.TimeText;

/** The status bar: counts, the caret's time, and whether the work is saved. */
final class StatusBarView {

    private final StatusBar bar = new StatusBar();
    private final Label counts = new Label();
    private final Label caretTime = new Label();
    private final Label saveState = new Label();

    StatusBarView() {
        counts.setId("status-counts");
        caretTime.setId("status-caret-time");
        saveState.setId("status-save-state");
        bar.setText("");
        counts.setPadding(new javafx.geometry.Insets(0, 24, 0, 0));
        bar.getLeftItems().add(counts);
        bar.getRightItems().addAll(caretTime, new Label("  "), saveState);
    }

    StatusBar node() {
        return bar;
    }

    void showCounts(Transcript t) {
        DocumentInfo info = DocumentInfo.of(t);
        counts.setText(String.format("%,d words · %,d segments · %d speakers", info.words(), info.segments(),
                info.speakers()));
    }

    void showCaretTime(long ms) {
        caretTime.setText(ms < 0 ? "—" : TimeText.format(ms));
    }

    void showSaveState(String state) {
        saveState.setText(state);
    }

    void message(String text) {
        bar.setText(text);
    }
}
