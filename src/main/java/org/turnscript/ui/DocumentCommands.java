package org.turnscript.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import javafx.stage.FileChooser;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.turnscript.model.Transcript;
import org.turnscript.timing.RetimeReport;
import org.turnscript.ui.cleanup.CleanupDialog;
import org.turnscript.ui.dialogs.DurationText;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.session.EditorSession;

/**
 * The commands that ask something first: cleanup with its preview, the time of an anchored word, and the caption
 * file to take times from.
 */
final class DocumentCommands {

    private final Stage stage;
    private final EditorSession session;
    private final TranscriptEditor editor;
    private final FileActions files;

    DocumentCommands(Stage stage, EditorSession session, TranscriptEditor editor, FileActions files) {
        this.stage = stage;
        this.session = session;
        this.editor = editor;
        this.files = files;
    }

    /** Cleanup with a preview; applied as one undo step, dropped words stay in the document. */
    void cleanup() {
        Transcript before = session.transcript();
        CleanupDialog.show(stage, before, session.service())
                .filter(r -> !r.isEmpty())
                .ifPresent(r -> editor.keepingView(() -> session.applyCleanup(before, r.transcript(), r.changes().size())));
    }

    void restoreOriginal() {
        editor.keepingView(session::restoreOriginal);
    }

    /**
     * Asks for a timed caption file of the recording and re-times the document from it (one undo step); the
     * status bar says how much matched and what the file lacks, an error dialog why nothing was done.
     */
    void takeTimesFromCaptions() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Take times from a caption file of the recording");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Timed captions (YouTube VTT, json3, srv3, SRT, WebVTT, SBV)",
                        "*.vtt", "*.srt", "*.json3", "*.srv3", "*.sbv", "*.json", "*.xml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            takeTimesFrom(f.toPath());
        }
    }

    CompletableFuture<RetimeReport> takeTimesFrom(Path timedFile) {
        return session.retimeFrom(timedFile, editor::keepingView);
    }

    /** Anchors the caret's word at a typed time; estimated times around it follow. */
    void anchorCaretWord() {
        String word = editor.caretWordText();
        if (word.isEmpty()) {
            return;
        }
        TextInputDialog ask = new TextInputDialog(DurationText.formatPrecise(editor.caretTimeMs()));
        ask.initOwner(stage);
        ask.setTitle("Set the word's time");
        ask.setHeaderText("When is \u201C" + word + "\u201D said?");
        ask.setContentText("Time (m:ss.mmm or seconds):");
        ask.showAndWait().ifPresent(text -> {
            OptionalLong ms = DurationText.parse(text);
            if (ms.isEmpty()) {
                files.error("Not a time", "\u201C" + text + "\u201D is not a time such as 12:03.5 or 723.5");
                return;
            }
            try {
                editor.anchorWordAtCaret(ms.getAsLong());
                session.setMessage("\u201C" + word + "\u201D anchored at " + DurationText.format(ms.getAsLong())
                        + "; the estimated times around it follow");
            } catch (IllegalArgumentException e) {
                files.error("Cannot anchor \u201C" + word + "\u201D there", e.getMessage());
            }
        });
    }
}
