package org.turnscript.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.controlsfx.control.StatusBar;
import org.turnscript.convert.DocumentInfo;
import org.turnscript.ui.session.LoadProgress;
import org.turnscript.ui.text.TimeText;

/** The status bar: counts, the caret's time, and whether the work is saved. */
final class StatusBarView {

    private final StatusBar bar = new StatusBar();
    private final Label counts = new Label();
    private final Label caretTime = new Label();
    private final Label saveState = new Label();
    private final Button cancelButton = new Button("Cancel");

    StatusBarView() {
        counts.setId("status-counts");
        caretTime.setId("status-caret-time");
        saveState.setId("status-save-state");
        cancelButton.setId("status-cancel-open");
        cancelButton.getStyleClass().addAll("small", "flat");
        bar.setText("");
        counts.setPadding(new javafx.geometry.Insets(0, 24, 0, 0));
        bar.getLeftItems().add(counts);
        bar.getRightItems().addAll(caretTime, new Label("  "), saveState);
    }

    StatusBar node() {
        return bar;
    }

    void showCounts(DocumentInfo info) {
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

    /** While a file opens: what is happening, a progress bar and Cancel; {@code null} hides them. */
    void showLoading(LoadProgress progress, Runnable cancel) {
        bar.getRightItems().remove(cancelButton);
        if (progress == null) {
            bar.setProgress(0);
            return;
        }
        bar.setText(progress.step() + " " + progress.fileName() + "…");
        bar.setProgress(progress.fraction() < 0 ? ProgressIndicator.INDETERMINATE_PROGRESS : progress.fraction());
        cancelButton.setOnAction(e -> cancel.run());
        bar.getRightItems().add(0, cancelButton);
    }
}
