package org.turnscript.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Where a bug ends up in the editor: every thread's uncaught exception, the JavaFX thread's and the background
 * threads' alike. The rest of the editor catches only what a user can cause (a {@code TurnscriptException}, an
 * {@code IOException}); anything else travels here, is logged, and is shown once as "Internal error, please report
 * it" over the window. Nothing is closed or thrown away: the document stays open and the autosave journal keeps
 * recording it, so the user can save (or recover it after a restart).
 *
 * <p>This handler is the editor's one place that receives every kind of {@link Throwable}; it does so as the
 * thread's handler, not with a catch, because it is what comes after every catch.
 */
final class InternalErrors implements Thread.UncaughtExceptionHandler {

    static final String HEADER = "Internal error, please report it";

    private static final Logger LOG = Logger.getLogger(InternalErrors.class.getName());

    private final Window owner;
    private final Consumer<String> status;
    private Alert showing;
    private int since; // further errors while the alert is up: one dialog, not a cascade of them

    InternalErrors(Window owner, Consumer<String> status) {
        this.owner = owner;
        this.status = status;
    }

    /** Makes this the handler of every thread that has none of its own (the JavaFX thread included). */
    static InternalErrors install(Window owner, Consumer<String> status) {
        InternalErrors handler = new InternalErrors(owner, status);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "internal error on thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    /** What the status bar says; the dialog adds the details a report needs. */
    static String summary(Throwable error) {
        return HEADER + ": " + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }

    private void show(Throwable error) {
        status.accept(summary(error) + " (the document is still open and autosaved)");
        if (showing != null && showing.isShowing()) {
            since++;
            showing.setContentText(text() + "\n\n" + since + " more since.");
            return;
        }
        since = 0;
        Alert alert = new Alert(Alert.AlertType.ERROR, text(), ButtonType.OK);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle("Turnscript");
        alert.setHeaderText(HEADER);
        TextArea details = new TextArea(stackTrace(error));
        details.setEditable(false);
        details.setId("internal-error-details");
        alert.getDialogPane().setExpandableContent(details);
        showing = alert;
        alert.show();
    }

    private static String text() {
        return "Turnscript ran into a bug. Your document is still open and the autosave keeps it: save it now, "
                + "under a new name to be safe. Please report what you did, with the details below.";
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** The dialog on screen, for tests; null when none was shown. */
    Alert showing() {
        return showing;
    }
}
