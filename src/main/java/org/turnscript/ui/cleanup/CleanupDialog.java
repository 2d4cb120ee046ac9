package org.turnscript.ui.cleanup;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.turnscript.cleanup.CleanupResult;
import org.turnscript.cleanup.RuleReport;
import org.turnscript.convert.ConversionService;
import org.turnscript.model.Transcript;
import org.turnscript.ui.text.TimeText;

/**
 * Chooses cleanup rules and a glossary, with a live preview: how many changes each rule makes, its first
 * examples, and the first changed segments before and after (dropped words struck through, new text marked).
 * The dialog only answers with the cleaned transcript; the caller writes it into the editor as one undo step
 * ({@link org.turnscript.ui.session.EditorSession#applyCleanup}).
 */
public final class CleanupDialog {

    private static final String APP_CSS = "/org/turnscript/ui/turnscript.css";

    /** The folder of the last glossary chosen in this run, where the next choice starts. */
    private static Path lastGlossaryFolder;

    private final CleanupDialogModel model;
    private final Dialog<CleanupResult> dialog = new Dialog<>();
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();
    private final Label glossaryFile = new Label();
    private final Label glossaryError = new Label();
    private final VBox counts = new VBox(4);
    private final VBox preview = new VBox(8);
    private final ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
    /** Set while the boxes are updated from the model, so their listeners do not write back. */
    private boolean syncing;

    CleanupDialog(Window owner, Transcript t, ConversionService service) {
        model = new CleanupDialogModel(t, service);
        dialog.initOwner(owner);
        dialog.setTitle("Cleanup");
        dialog.setHeaderText("Clean the transcript (the original words stay in the project)");
        dialog.setResizable(true);

        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefSize(920, 580);
        // A dialog has a scene of its own, which does not inherit the window's stylesheet.
        dialog.getDialogPane().getStylesheets().add(CleanupDialog.class.getResource(APP_CSS).toExternalForm());
        dialog.setResultConverter(button -> button == apply ? model.result() : null);
        refresh();
    }

    /** Asks which rules to run; the cleaned transcript and its changes, or empty when cancelled. */
    public static Optional<CleanupResult> show(Window owner, Transcript t, ConversionService service) {
        return new CleanupDialog(owner, t, service).dialog.showAndWait();
    }

    Dialog<CleanupResult> dialog() {
        return dialog;
    }

    CleanupDialogModel model() {
        return model;
    }

    /** Reads a glossary as the file chooser does; tests call it directly. */
    void loadGlossary(Path file) {
        if (model.loadGlossary(file)) {
            lastGlossaryFolder = file.toAbsolutePath().getParent();
        }
        refresh();
    }

    private Node content() {
        VBox rules = new VBox(8);
        for (RuleChoice rule : model.rules()) {
            CheckBox box = new CheckBox(rule.displayName());
            box.setId(rule.nodeId());
            box.setTooltip(new Tooltip(rule.description()));
            box.selectedProperty().addListener((o, before, after) -> {
                if (!syncing) {
                    model.setChosen(rule.id(), after);
                    refresh();
                }
            });
            boxes.put(rule.id(), box);
            Label example = new Label(rule.example());
            example.getStyleClass().add("key-hint");
            example.setWrapText(true);
            example.setMinHeight(Region.USE_PREF_SIZE); // wrap instead of cutting the example short
            example.setPadding(new Insets(0, 0, 0, 26));
            rules.getChildren().add(new VBox(2, box, example));
        }

        Button chooseGlossary = new Button("Glossary file…");
        chooseGlossary.setId("cleanup-glossary");
        chooseGlossary.setTooltip(new Tooltip("One correction per line: wrong phrase, a tab, right phrase"));
        chooseGlossary.setOnAction(e -> chooseGlossary());
        glossaryFile.setId("cleanup-glossary-file");
        glossaryFile.getStyleClass().add("key-hint");
        glossaryError.setId("cleanup-glossary-error");
        glossaryError.getStyleClass().add("field-error");
        glossaryError.setWrapText(true);
        VBox glossary = new VBox(4, new HBox(8, chooseGlossary, glossaryFile), glossaryError);

        VBox left = new VBox(10, title("Rules"), rules, title("Glossary"), glossary);
        left.setPrefWidth(330);
        left.setMinWidth(260);

        counts.setId("cleanup-counts");
        preview.setId("cleanup-preview");
        preview.getStyleClass().add("cleanup-preview");
        preview.setPadding(new Insets(4));
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        VBox.setVgrow(previewScroll, Priority.ALWAYS);
        VBox right = new VBox(10, title("What changes"), counts, title("Before and after"), previewScroll);
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox content = new HBox(20, left, right);
        content.setPadding(new Insets(12, 18, 8, 18));
        return content;
    }

    /** Shows the model: which boxes are on and usable, the counts, the excerpt, whether there is anything to apply. */
    private void refresh() {
        syncing = true;
        try {
            boxes.forEach((id, box) -> {
                box.setSelected(model.isChosen(id));
                box.setDisable(!model.isAvailable(id));
            });
        } finally {
            syncing = false;
        }
        glossaryFile.setText(model.glossaryText());
        glossaryError.setText(model.glossaryError());
        glossaryError.setVisible(!model.glossaryError().isEmpty());
        glossaryError.setManaged(glossaryError.isVisible());

        counts.getChildren().clear();
        Label total = new Label(model.totalLine());
        total.getStyleClass().add("cleanup-total");
        counts.getChildren().add(total);
        for (RuleReport report : model.reports()) {
            Label line = new Label(CleanupDialogModel.countLine(report));
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add(report.count() == 0 ? "key-hint" : "cleanup-count");
            counts.getChildren().add(line);
        }

        preview.getChildren().clear();
        for (SegmentPreview segment : model.previews()) {
            preview.getChildren().add(flow(segment));
        }
        dialog.getDialogPane().lookupButton(apply).setDisable(model.result().isEmpty());
    }

    private static TextFlow flow(SegmentPreview segment) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("cleanup-segment");
        Text time = new Text(segment.startMs() >= 0 ? TimeText.format(segment.startMs()) + "   " : "");
        time.getStyleClass().add("cleanup-time");
        flow.getChildren().add(time);
        boolean first = true;
        for (SegmentPreview.PreviewWord w : segment.words()) {
            if (!first) {
                flow.getChildren().add(text(" ", "cleanup-kept"));
            }
            first = false;
            switch (w.kind()) {
                case KEPT -> flow.getChildren().add(text(w.after(), "cleanup-kept"));
                case DROPPED -> flow.getChildren().add(text(w.before(), "cleanup-dropped"));
                case REPLACED -> flow.getChildren().addAll(text(w.before(), "cleanup-dropped"), text(" ", "cleanup-kept"),
                        text(w.after(), "cleanup-inserted"));
                case INSERTED -> flow.getChildren().add(text(w.after(), "cleanup-inserted"));
            }
        }
        return flow;
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-title");
        return label;
    }

    private void chooseGlossary() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Glossary file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Glossary (tab-separated)", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Path folder = lastGlossaryFolder;
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            loadGlossary(chosen.toPath());
        }
    }
}
