package org.turnscript.ui.lint;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.SpeakerDisplay;
import org.turnscript.subtitles.SubtitleProfile;

/**
 * The subtitle problems of the open document under a chosen profile: a summary line and a list of problems,
 * errors and warnings in their own colours; selecting one reports the cue's start time, where the window moves
 * the caret. Long documents are checked on a worker thread, and only the newest request is shown.
 */
public final class ProblemsPanel {

    /** Below this many words the check takes a few milliseconds and runs at once on the FX thread. */
    static final int SYNC_WORD_LIMIT = 20_000;

    private final int syncWordLimit;
    private final VBox root = new VBox(8);
    private final ComboBox<SubtitleProfile> profile = new ComboBox<>();
    private final Label summary = new Label("No document");
    private final ListView<ProblemRow> list = new ListView<>();
    private final AtomicLong latestRequest = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "turnscript-lint");
        t.setDaemon(true);
        return t;
    });
    private SpeakerDisplay display = SpeakerDisplay.DEFAULT;
    private Transcript current;
    private LongConsumer onSelect = ms -> { };

    public ProblemsPanel() {
        this(SYNC_WORD_LIMIT);
    }

    /** @param syncWordLimit documents with more words than this are checked off the FX thread */
    ProblemsPanel(int syncWordLimit) {
        this.syncWordLimit = syncWordLimit;
        Label title = new Label("Subtitle check");
        title.getStyleClass().add("panel-title");

        profile.setId("problems-profile");
        profile.getItems().setAll(ProblemsModel.profiles());
        profile.setValue(ProblemsModel.defaultProfile());
        profile.setConverter(new StringConverter<>() {
            @Override
            public String toString(SubtitleProfile p) {
                return p == null ? "" : describe(p);
            }

            @Override
            public SubtitleProfile fromString(String text) {
                return null; // the list is not editable, so text never turns back into a profile
            }
        });
        profile.setMaxWidth(Double.MAX_VALUE);
        profile.valueProperty().addListener((o, before, after) -> recheck());

        summary.setId("problems-summary");
        summary.getStyleClass().add("problems-summary");
        summary.setWrapText(true);

        list.setId("problems-list");
        list.getStyleClass().add("problems-list");
        list.setPlaceholder(new Label("No problems"));
        list.setCellFactory(v -> new ProblemCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after != null) {
                onSelect.accept(after.startMs());
            }
        });
        list.setPrefHeight(220);
        VBox.setVgrow(list, Priority.ALWAYS);

        root.getChildren().addAll(title, profile, summary, list);
        root.getStyleClass().add("problems-panel");
    }

    public Node node() {
        return root;
    }

    /** Checks {@code t} under the chosen profile; call again after edits settle. */
    public void show(Transcript t) {
        current = Objects.requireNonNull(t, "t");
        recheck();
    }

    /** The speaker display the export uses, so line lengths and reading speeds match the file written. */
    public void setDisplay(SpeakerDisplay newDisplay) {
        display = Objects.requireNonNull(newDisplay, "newDisplay");
        recheck();
    }

    /** Called with the cue's start time when a problem is selected. */
    public void setOnSelect(LongConsumer action) {
        onSelect = Objects.requireNonNull(action, "action");
    }

    public SubtitleProfile profile() {
        return profile.getValue();
    }

    public void setProfile(SubtitleProfile p) {
        profile.setValue(Objects.requireNonNull(p, "p"));
    }

    private void recheck() {
        if (current == null) {
            return;
        }
        long request = latestRequest.incrementAndGet();
        Transcript t = current;
        ProblemsModel model = new ProblemsModel(profile.getValue(), display);
        if (t.wordCount() <= syncWordLimit) {
            showReport(model.check(t));
            return;
        }
        summary.setText("Checking…");
        CompletableFuture.supplyAsync(() -> latestRequest.get() == request ? model.check(t) : null, worker)
                .whenComplete((report, error) -> Platform.runLater(() -> {
                    if (latestRequest.get() != request) {
                        return; // a newer request is on its way; this one is out of date
                    }
                    if (error != null) {
                        list.getItems().clear();
                        summary.setText("The check failed: " + error.getMessage());
                    } else if (report != null) {
                        showReport(report);
                    }
                }));
    }

    private void showReport(ProblemsModel.Report report) {
        list.getItems().setAll(report.rows());
        summary.setText(report.summary());
        summary.getStyleClass().removeAll("has-errors");
        if (report.errors() > 0) {
            summary.getStyleClass().add("has-errors");
        }
    }

    /** {@code netflix · 42 × 2 lines · 20 cps}. */
    static String describe(SubtitleProfile p) {
        String cps = p.maxCharsPerSecond() == Math.rint(p.maxCharsPerSecond())
                ? String.valueOf((long) p.maxCharsPerSecond())
                : String.format(Locale.ROOT, "%.1f", p.maxCharsPerSecond());
        return p.id() + " · " + p.maxCharsPerLine() + " × " + p.maxLines() + " lines · " + cps + " cps";
    }

    /** A problem in the colour of its severity. */
    private static final class ProblemCell extends ListCell<ProblemRow> {
        @Override
        protected void updateItem(ProblemRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("lint-error", "lint-warning");
            if (empty || row == null) {
                setText(null);
            } else {
                setText(row.text());
                getStyleClass().add(row.isError() ? "lint-error" : "lint-warning");
            }
        }
    }
}
