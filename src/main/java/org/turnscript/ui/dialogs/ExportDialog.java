package org.turnscript.ui.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.turnscript.convert.ConversionService;
import org.turnscript.formats.TranscriptFormat;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.SpeakerLabelStyle;
import org.turnscript.subtitles.SubtitleProfile;

/**
 * Export settings with a live preview of the file they give. The dialog only answers what to write where; the
 * caller writes it through the conversion service, so the window and the command line share one writing path.
 */
public final class ExportDialog {

    /** The folder of the last export in this run, where the next one is suggested. */
    private static Path lastFolder;

    private final ExportDialogModel model;
    private final Dialog<ExportRequest> dialog = new Dialog<>();
    private final ComboBox<TranscriptFormat> format = new ComboBox<>();
    private final Label timingWarning = new Label();
    private final ComboBox<SpeakerLabelStyle> labelStyle = new ComboBox<>();
    private final ComboBox<SubtitleProfile> profile = new ComboBox<>();
    private final CheckBox soundTags = new CheckBox("Include sound tags such as [Music]");
    private final TextField file = new TextField();
    private final TextArea preview = new TextArea();

    ExportDialog(Window owner, Transcript t, ConversionService service, String suggestedBaseName, Path folder) {
        model = ExportDialogModel.withDefaults(service, t);
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export the transcript");
        dialog.setResizable(true);

        format.setId("export-format");
        format.getItems().setAll(model.writers());
        format.setConverter(converter(ExportDialogModel::formatName));
        format.setValue(model.format());
        format.setMaxWidth(Double.MAX_VALUE);

        labelStyle.setId("export-label-style");
        labelStyle.getItems().setAll(SpeakerLabelStyle.values());
        labelStyle.setConverter(converter(s -> ExportDialogModel.displayName(s) + "  —  "
                + ExportDialogModel.example(s)));
        labelStyle.setValue(model.options().labelStyle());
        labelStyle.setMaxWidth(Double.MAX_VALUE);

        profile.setId("export-profile");
        profile.getItems().setAll(ExportDialogModel.profiles());
        profile.setConverter(converter(p -> p.id() + "  —  " + p.maxCharsPerLine() + " characters × " + p.maxLines()
                + " lines, " + Math.round(p.maxCharsPerSecond()) + " characters a second"));
        profile.setValue(model.options().profile());
        profile.setMaxWidth(Double.MAX_VALUE);

        soundTags.setId("export-sound-tags");
        soundTags.setSelected(model.options().includeNonSpeech());

        file.setId("export-file");
        file.setText(folder.resolve(model.fileName(suggestedBaseName)).toString());
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseFile());
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);

        preview.setId("export-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.getStyleClass().add("export-preview");
        preview.setPrefRowCount(18);
        preview.setPrefColumnCount(60);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 18, 8, 18));
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(DialogLayout.labelColumn(), fields);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Speaker labels"), labelStyle);
        grid.addRow(2, new Label("Subtitle rules"), profile);
        grid.add(soundTags, 1, 3);
        grid.addRow(4, new Label("File"), fileRow);
        Label previewTitle = new Label("Preview (start of the file)");
        previewTitle.getStyleClass().add("panel-title");
        grid.add(previewTitle, 0, 5, 2, 1);
        grid.add(preview, 0, 6, 2, 1);
        GridPane.setVgrow(preview, Priority.ALWAYS);
        timingWarning.setId("export-timing-warning");
        timingWarning.getStyleClass().add("export-warning");
        timingWarning.setWrapText(true);
        grid.add(timingWarning, 0, 7, 2, 1);

        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        // A dialog's scene does not inherit the window's stylesheet.
        dialog.getDialogPane().getStylesheets().add(
                java.util.Objects.requireNonNull(getClass().getResource("/org/turnscript/ui/turnscript.css")).toExternalForm());
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(file.textProperty().isEmpty());

        format.valueProperty().addListener((o, before, after) -> {
            model.setFormatId(ExportDialogModel.formatId(after));
            if (!file.getText().isBlank()) {
                file.setText(model.withExtension(Path.of(file.getText().strip())).toString());
            }
            refreshPreview();
        });
        labelStyle.valueProperty().addListener((o, before, after) -> {
            model.setLabelStyle(after);
            refreshPreview();
        });
        profile.valueProperty().addListener((o, before, after) -> {
            model.setProfile(after);
            refreshPreview();
        });
        soundTags.selectedProperty().addListener((o, before, after) -> {
            model.setIncludeSoundTags(after);
            refreshPreview();
        });
        dialog.setResultConverter(button -> button == export ? request() : null);
        refreshPreview();
    }

    /** Asks how and where to export; empty when cancelled. Suggests the folder of the last export, else home. */
    public static Optional<ExportRequest> show(Window owner, Transcript t, ConversionService service,
                                               String suggestedBaseName) {
        return show(owner, t, service, suggestedBaseName, defaultFolder());
    }

    /**
     * As {@link #show(Window, Transcript, ConversionService, String)}, suggesting a file in {@code folder} (for
     * example {@link #folderFor} the open document); {@code null} or a missing folder means the default.
     */
    public static Optional<ExportRequest> show(Window owner, Transcript t, ConversionService service,
                                               String suggestedBaseName, Path folder) {
        Path start = folder != null && Files.isDirectory(folder) ? folder : defaultFolder();
        Optional<ExportRequest> result = new ExportDialog(owner, t, service, suggestedBaseName, start)
                .dialog.showAndWait();
        result.map(r -> r.file().toAbsolutePath().getParent()).ifPresent(p -> lastFolder = p);
        return result;
    }

    /**
     * Where to suggest exporting the document read from {@code documentFile}: its folder, so the subtitles land
     * beside their source; without one, the folder of the last export, else the home folder.
     */
    public static Path folderFor(Path documentFile) {
        Path folder = documentFile == null ? null : documentFile.toAbsolutePath().getParent();
        return folder != null && Files.isDirectory(folder) ? folder : defaultFolder();
    }

    Dialog<ExportRequest> dialog() {
        return dialog;
    }

    private ExportRequest request() {
        return model.request(Path.of(file.getText().strip()));
    }

    /** The preview exports at most the first segments, so it is fast enough to compute on the FX thread. */
    private void refreshPreview() {
        preview.setText(model.previewText());
        timingWarning.setText(model.timingWarning());
        timingWarning.setVisible(!timingWarning.getText().isEmpty());
        timingWarning.setManaged(timingWarning.isVisible());
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + ExportDialogModel.formatName(model.format()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ExportDialogModel.formatName(model.format()),
                "*." + model.extension()));
        Path current = Path.of(file.getText().isBlank() ? model.fileName("transcript") : file.getText().strip());
        Path parent = current.toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent)) {
            chooser.setInitialDirectory(parent.toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            file.setText(model.withExtension(chosen.toPath()).toString());
        }
    }

    private static Path defaultFolder() {
        Path folder = lastFolder;
        return folder != null && Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home"));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // the lists are not editable, so text never turns back into a value
            }
        };
    }
}
