package org.turnscript.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.model.Metadata;
import org.turnscript.model.Segment;
import org.turnscript.model.Speaker;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.ui.text.TimeText;

/**
 * Settings for caption text without times: who speaks, and how long the recording is (so word times can be spread
 * over it). Shows what the first, default read found, so the user sees the page's title and length before
 * deciding.
 */
public final class ImportDialog {

    /** Segments listed in the preview. */
    static final int PREVIEW_SEGMENTS = 50;
    /** Characters of a segment's text shown on its preview line. */
    private static final int PREVIEW_CHARS = 90;

    private final Dialog<ImportSettings> dialog = new Dialog<>();
    private final TextField speakers = new TextField();
    private final TextField duration = new TextField();
    private final Label durationError = new Label();

    ImportDialog(Window owner, LoadedDocument preview, List<String> defaultSpeakers) {
        Transcript t = preview.transcript();
        Metadata meta = t.metadata();
        dialog.initOwner(owner);
        dialog.setTitle("Import caption text");
        dialog.setHeaderText(meta.title() == null ? "Import " + describe(meta.sourceFile()) : meta.title());
        dialog.setResizable(true);

        List<String> rosterNames = t.roster().speakers().stream().map(Speaker::name).toList();
        speakers.setId("import-speakers");
        speakers.setPromptText("e.g. Brian, Kate, Chris");
        speakers.setText(SpeakerNamesText.format(rosterNames.isEmpty() ? defaultSpeakers : rosterNames));

        duration.setId("import-duration");
        duration.setPromptText("h:mm:ss, mm:ss or seconds");
        duration.setText(meta.hasDuration() ? DurationText.format(meta.durationMs()) : "");
        durationError.setId("import-duration-error");
        durationError.getStyleClass().add("field-error");
        BooleanBinding durationInvalid = Bindings.createBooleanBinding(
                () -> !duration.getText().isBlank() && DurationText.parse(duration.getText()).isEmpty(),
                duration.textProperty());
        durationError.textProperty().bind(Bindings.when(durationInvalid)
                .then("Not a duration: write 44:30, 1:02:03, 2670 or 44min 30sec").otherwise(""));
        durationError.visibleProperty().bind(durationInvalid);
        durationError.managedProperty().bind(durationInvalid);

        ListView<String> segments = new ListView<>();
        segments.setId("import-preview");
        segments.getItems().setAll(previewLines(t));
        segments.setPrefHeight(260);
        segments.getStyleClass().add("import-preview");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 18, 8, 18));
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(DialogLayout.labelColumn(), fields);
        int row = 0;
        for (Fact fact : facts(preview)) {
            Label value = new Label(fact.value());
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE); // the row grows with the wrapped lines instead of cutting them
            grid.addRow(row++, new Label(fact.name()), value);
        }
        grid.addRow(row++, new Label("Speakers"), speakers);
        grid.addRow(row++, new Label("Media length"), duration);
        grid.add(durationError, 1, row++);
        Label listTitle = new Label("First segments (times estimated until the text is timed)");
        listTitle.getStyleClass().add("panel-title");
        grid.add(listTitle, 0, row++, 2, 1);
        grid.add(segments, 0, row, 2, 1);
        GridPane.setVgrow(segments, Priority.ALWAYS);

        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        // A dialog's scene does not inherit the window's stylesheet.
        dialog.getDialogPane().getStylesheets().add(
                java.util.Objects.requireNonNull(getClass().getResource("/org/turnscript/ui/turnscript.css")).toExternalForm());
        dialog.getDialogPane().lookupButton(importButton).disableProperty().bind(durationInvalid);
        dialog.setResultConverter(button -> button == importButton ? settings() : null);
    }

    /**
     * Asks for speakers and media length; empty when cancelled.
     *
     * @param preview         the document as read once with default settings
     * @param defaultSpeakers names to suggest when the document names none
     */
    public static Optional<ImportSettings> show(Window owner, LoadedDocument preview, List<String> defaultSpeakers) {
        return new ImportDialog(owner, preview, defaultSpeakers).dialog.showAndWait();
    }

    Dialog<ImportSettings> dialog() {
        return dialog;
    }

    /** What the fields say now: no format or encoding override, the names, the length or unknown. */
    ImportSettings settings() {
        OptionalLong ms = DurationText.parse(duration.getText());
        return new ImportSettings(null, null, SpeakerNamesText.parse(speakers.getText()),
                ms.orElse(Word.UNKNOWN_TIME));
    }

    /** "0:12  text…" for the first segments. */
    static List<String> previewLines(Transcript t) {
        List<String> lines = new ArrayList<>();
        for (Segment s : t.segments().subList(0, Math.min(PREVIEW_SEGMENTS, t.segments().size()))) {
            String text = s.body();
            if (text.length() > PREVIEW_CHARS) {
                text = text.substring(0, PREVIEW_CHARS).strip() + "…";
            }
            String time = s.start() >= 0 ? TimeText.format(s.start()) : "–";
            lines.add(time + "  " + text);
        }
        return lines;
    }

    /** One line of what the first read found, e.g. "Channel: IBM Technology". */
    private record Fact(String name, String value) {
    }

    private static List<Fact> facts(LoadedDocument doc) {
        Metadata m = doc.transcript().metadata();
        List<Fact> facts = new ArrayList<>();
        addFact(facts, "Title", m.title());
        addFact(facts, "Channel", m.channel());
        addFact(facts, "Published", m.published());
        addFact(facts, "Media id", m.mediaId());
        addFact(facts, "Source", m.sourceFile());
        facts.add(new Fact("Found", String.format("%,d words in %,d segments (%s)", doc.transcript().wordCount(),
                doc.transcript().segments().size(), doc.formatId())));
        if (!doc.warnings().isEmpty()) {
            facts.add(new Fact("Warnings", doc.warnings().size() + ", first: " + doc.warnings().get(0)));
        }
        return facts;
    }

    private static void addFact(List<Fact> facts, String name, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(name, value));
        }
    }

    private static String describe(String sourceFile) {
        return sourceFile == null ? "caption text" : sourceFile;
    }
}
