package org.turnscript.ui.media;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.turnscript.timing.TimingQuality;
import org.turnscript.ui.session.EditorSession;
import org.turnscript.ui.session.Settled;

/**
 * Timing ▸ Time words from the recording, without nodes: runs speech-aware timing on the attached recording in the
 * background with progress and Cancel (one undo step, see {@link EditorSession#timeFromRecording}), and offers it
 * when a recording is attached to a document whose times are mostly estimated, or mostly spread inside caption cues
 * (timing keeps those near their cues and places them more exactly, which the suggested turns hear). The offer never
 * runs anything by itself, and once taken or dismissed it is not made again for that recording.
 */
public final class RecordingTiming {

    /** Progress steps smaller than this are not sent to the JavaFX thread (a long WAV reports thousands). */
    private static final long PROGRESS_STEPS = 200;

    private final EditorSession session;
    private final ReadOnlyObjectProperty<Path> attached;
    private final Consumer<Runnable> applyAround;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper offeredForCues = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding running = progress.greaterThanOrEqualTo(0);
    private final Set<Path> declined = new HashSet<>();
    private AtomicBoolean cancel = new AtomicBoolean();

    /**
     * @param attached    the recording attached to the document, or {@code null}
     * @param applyAround runs the write (the editor keeps its view around it)
     */
    public RecordingTiming(EditorSession session, ReadOnlyObjectProperty<Path> attached,
                           Consumer<Runnable> applyAround) {
        this.session = session;
        this.attached = attached;
        this.applyAround = applyAround;
        attached.addListener((o, a, b) -> updateOffer());
        session.settledProperty().addListener((o, a, b) -> updateOffer());
        running.addListener((o, a, b) -> updateOffer());
    }

    /** 0..1 while the words are being timed, −1 otherwise. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    /** Whether the bar that offers timing from the recording is shown. */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** Whether the offer is for words whose times are spread inside caption cues (else: estimated). */
    public ReadOnlyBooleanProperty offeredForCuesProperty() {
        return offeredForCues.getReadOnlyProperty();
    }

    /**
     * Times the words from the attached recording. Completes with the number of words timed from it, cancelled
     * when Cancel was pressed, exceptionally when it failed (the window was told); with 0 at once when there is no
     * recording or a run is already going.
     */
    public CompletableFuture<Integer> start() {
        Path media = attached.get();
        if (media == null) {
            session.setMessage("No recording attached: File \u25B8 Attach media\u2026 first");
            return CompletableFuture.completedFuture(0);
        }
        if (running.get()) {
            return CompletableFuture.completedFuture(0);
        }
        declined.add(media); // taken: not offered again for this recording
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        progress.set(0);
        AtomicLong shown = new AtomicLong(-1);
        CompletableFuture<Integer> done = session.timeFromRecording(media, p -> {
            long step = Math.round(p * PROGRESS_STEPS);
            if (shown.getAndSet(step) != step) {
                Platform.runLater(() -> {
                    if (cancel == stop && !stop.get()) {
                        progress.set(Math.min(1, Math.max(0, p)));
                    }
                });
            }
        }, stop::get, applyAround);
        // The bar goes away first, then the caller hears of it; always on the JavaFX thread (a waiting caller's
        // thread may otherwise run this stage).
        CompletableFuture<Integer> out = new CompletableFuture<>();
        done.whenComplete((n, e) -> onFx(() -> {
            if (cancel == stop) {
                progress.set(-1);
            }
            if (e == null) {
                out.complete(n);
            } else if (done.isCancelled()) {
                out.cancel(false);
            } else {
                out.completeExceptionally(e);
            }
        }));
        return out;
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** Stops the run on its way: nothing is written. */
    public void cancel() {
        cancel.set(true);
        progress.set(-1);
    }

    /** "Not now" on the offer: not offered again for this recording in this window. */
    public void dismissOffer() {
        Path media = attached.get();
        if (media != null) {
            declined.add(media);
        }
        updateOffer();
    }

    private void updateOffer() {
        Path media = attached.get();
        Settled s = session.settledProperty().get();
        boolean open = media != null && !declined.contains(media) && !running.get() && s != null;
        boolean cues = open && TimingQuality.mostlySpreadInCues(s.info().timingSources());
        offeredForCues.set(cues);
        offered.set(cues || open && TimingQuality.mostlyEstimated(s.info().timingSources()));
    }
}
