package org.turnscript.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.turnscript.formats.FormatException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.turnscript.convert.EditJournal;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.ExportOptions;
import org.turnscript.ui.dialogs.ExportDialog;
import org.turnscript.ui.dialogs.ImportDialog;
import org.turnscript.ui.session.DocumentSession;
import org.turnscript.ui.session.EditorSession;

/**
 * The file workflows as the user meets them: the file choosers, the import question, "save changes?", the
 * recovery question and error dialogs. The work itself is the session's.
 */
final class FileActions {

    private final Stage stage;
    private final EditorSession session;
    private final Runnable afterFileChange;

    FileActions(Stage stage, EditorSession session, Runnable afterFileChange) {
        this.stage = stage;
        this.session = session;
        this.afterFileChange = afterFileChange;
        session.setOnError(this::error);
    }

    /** The first document: recovered work if the user takes it, else the files given, the last project, the sample. */
    CompletableFuture<Boolean> openInitial(List<Path> given) {
        Optional<EditJournal.Recovered> recovery = session.pendingRecovery();
        if (recovery.isPresent()) {
            RecoveryChoice choice = askRecover(recovery.get());
            if (choice == RecoveryChoice.RECOVER) {
                session.recover(recovery.get());
                afterFileChange.run();
                return CompletableFuture.completedFuture(true);
            }
            if (choice == RecoveryChoice.LATER) {
                session.setJournalAside();
            }
        } else if (session.journalExists()) {
            session.setJournalAside(); // a journal that cannot be read is kept aside, never deleted unasked
        }
        if (!given.isEmpty()) {
            return open(given.get(0));
        }
        Path last = session.settings().lastProject();
        if (last != null && last.toFile().isFile()) {
            return open(last);
        }
        return session.openSample().thenApply(this::refreshed);
    }

    /** Opens a project or imports captions in the background; on failure the open document stays as it was. */
    CompletableFuture<Boolean> open(Path file) {
        return session.open(file, doc -> askImport(doc)).thenApply(this::refreshed);
    }

    private boolean refreshed(boolean opened) {
        afterFileChange.run();
        return opened;
    }

    private Optional<ImportSettings> askImport(LoadedDocument doc) {
        return ImportDialog.show(stage, doc, DocumentSession.speakersToOffer(doc, session.settings().lastSpeakers()));
    }

    void chooseAndOpen() {
        if (!confirmDiscard("open another file")) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a project or import captions");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Everything Turnscript reads", readableGlobs()),
                new FileChooser.ExtensionFilter("Turnscript project", "*.turnscript.json"),
                new FileChooser.ExtensionFilter("Subtitles (SRT, WebVTT)", "*.srt", "*.vtt"),
                new FileChooser.ExtensionFilter("Caption text", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    private List<String> readableGlobs() {
        return session.readableExtensions().stream().map(ext -> "*." + ext).toList();
    }

    void openSample() {
        if (confirmDiscard("open the sample")) {
            session.openSample().thenApply(this::refreshed);
        }
    }

    /** Saves to the project file, asking for one the first time. */
    boolean save() {
        if (session.projectFile() == null) {
            return saveAs();
        }
        return write(session::save);
    }

    boolean saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Turnscript project", "*.turnscript.json"));
        chooser.setInitialFileName(session.suggestedBaseName() + DocumentSession.PROJECT_EXTENSION);
        chooser.setInitialDirectory(ExportDialog.folderFor(session.files().documentFile()).toFile());
        File f = chooser.showSaveDialog(stage);
        return f != null && saveAs(f.toPath());
    }

    boolean saveAs(Path file) {
        return write(() -> session.saveAs(file));
    }

    private interface FileWrite {
        void run() throws IOException;
    }

    private boolean write(FileWrite write) {
        try {
            write.run();
        } catch (IOException | UncheckedIOException e) {
            error("Cannot save", "Nothing was overwritten. " + e.getMessage());
            return false;
        }
        afterFileChange.run(); // the file is written: redrawing the window is no part of saving it
        return true;
    }

    void chooseAndExport() {
        ExportDialog.show(stage, session.transcript(), session.service(), session.suggestedBaseName(),
                        ExportDialog.folderFor(session.files().documentFile()))
                .ifPresent(r -> export(r.file(), r.formatId(), r.options()));
    }

    boolean export(Path file, String formatId, ExportOptions options) {
        try {
            session.export(file, formatId, options);
            return true;
        } catch (IOException | UncheckedIOException | FormatException e) {
            error("Cannot export to " + file.getFileName(), String.valueOf(e.getMessage()));
            return false;
        }
    }

    /** True when there is nothing unsaved, or the user saved or chose to discard it. */
    boolean confirmDiscard(String action) {
        if (session.isSaved()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", saveButton, discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to " + session.displayName() + " before you " + action + "?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == discard || save();
    }

    private enum RecoveryChoice { RECOVER, DISCARD, LATER }

    /** Says which file and how old the work is; Esc or closing keeps it for later, only "Discard" deletes it. */
    private RecoveryChoice askRecover(EditJournal.Recovered r) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType("Keep for later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, recoveryText(r, Instant.now()), recover, discard, later);
        alert.initOwner(stage);
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("Unsaved work was found");
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == recover ? RecoveryChoice.RECOVER : answer == discard ? RecoveryChoice.DISCARD
                : RecoveryChoice.LATER;
    }

    /** "Unsaved changes to interview.turnscript.json (12,034 words), last autosaved 3 minutes ago." */
    static String recoveryText(EditJournal.Recovered r, Instant now) {
        String what = r.origin() != null ? r.origin().getFileName() + " (" + r.origin().getParent() + ")"
                : r.transcript().metadata().sourceFile() != null
                ? "an import of " + Path.of(r.transcript().metadata().sourceFile()).getFileName() + ", never saved"
                : "a document never saved";
        return String.format("Turnscript did not close normally. It kept unsaved work on %s: %,d words, last "
                        + "autosaved %s. Recover it? (\u201CKeep for later\u201D files it in the autosave folder.)",
                what, r.transcript().wordCount(), age(Duration.between(r.savedAt().toInstant(), now)));
    }

    private static String age(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return "less than a minute ago";
        }
        if (minutes < 120) {
            return minutes + (minutes == 1 ? " minute ago" : " minutes ago");
        }
        long hours = d.toHours();
        return hours < 48 ? hours + " hours ago" : d.toDays() + " days ago";
    }

    void error(String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.ERROR, detail, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("Turnscript");
        alert.setHeaderText(header);
        alert.show();
        session.setMessage(header + ": " + detail);
    }
}
