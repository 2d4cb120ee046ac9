package org.turnscript.ui.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.turnscript.audio.Ffmpeg;
import org.turnscript.audio.MediaCache;
import org.turnscript.audio.MediaConversion;
import org.turnscript.audio.MediaFormats;
import org.turnscript.audio.RecordingDecoder;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.audio.VoiceFramesCache;
import org.turnscript.audio.Waveform;
import org.turnscript.audio.WaveformDecoder;
import org.turnscript.convert.MediaPaths;
import org.turnscript.timing.TimingQuality;
import org.turnscript.ui.session.EditorSession;
import org.turnscript.ui.session.Settled;

/**
 * The recording of the open document: attaching one (converting it with ffmpeg first when JavaFX cannot play it),
 * finding the one a project names (and saying so when it has moved), offering one found beside the transcript, its
 * waveform, decoded in the background, and then its voices, for the turn suggestions (ADR 28). No nodes; the player
 * bar and the strip bind to it.
 */
public final class MediaSession {

    private final EditorSession session;
    private final Playback playback;
    private Function<Path, CompletableFuture<Player>> opener;
    private final MediaCache cache;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "turnscript-media");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY); // decoding ten hours must never take the editor's core
        return t;
    });
    private final ObjectProperty<Path> attached = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> offered = new SimpleObjectProperty<>();
    private final ObjectProperty<Waveform> waveform = new SimpleObjectProperty<>();
    /** 0..1 while converting or decoding, −1 otherwise. */
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty activity = new SimpleStringProperty("");
    /** Why the recording the project names is not attached (moved or deleted), empty when it is. */
    private final StringProperty missing = new SimpleStringProperty("");
    private BiConsumer<String, String> onError = (header, detail) -> { };
    /** Counts attaches: work for a recording that was replaced since drops its result. */
    private int generation;
    private AtomicBoolean cancel = new AtomicBoolean();

    public MediaSession(EditorSession session, Playback playback, Function<Path, CompletableFuture<Player>> opener) {
        this.session = session;
        this.playback = playback;
        this.opener = opener;
        this.cache = session.mediaCache();
        session.buffer().loaded().subscribe(t -> documentLoaded());
        session.settledProperty().addListener((o, a, settled) -> listenIfUseful());
    }

    public Playback playback() {
        return playback;
    }

    /** Plays recordings through another player from now on (tests use a clock moved by hand). */
    public void setOpener(Function<Path, CompletableFuture<Player>> opener) {
        this.opener = opener;
    }

    /** The recording attached (as the user chose it, before any conversion), or {@code null}. */
    public ReadOnlyObjectProperty<Path> attachedProperty() {
        return attached;
    }

    /** A recording found beside the transcript and offered, or {@code null}. */
    public ReadOnlyObjectProperty<Path> offeredProperty() {
        return offered;
    }

    public ReadOnlyObjectProperty<Waveform> waveformProperty() {
        return waveform;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** What is being done ("Converting x.webm…"), empty when nothing. */
    public StringProperty activityProperty() {
        return activity;
    }

    /** Why the project's recording could not be found, shown in the player bar until another is attached. */
    public StringProperty missingProperty() {
        return missing;
    }

    /** Where errors go that need more than the status bar (a missing ffmpeg and the command to run). */
    public void setOnError(BiConsumer<String, String> handler) {
        this.onError = handler;
    }

    // ---- Attaching ------------------------------------------------------------------------------------

    /**
     * Attaches a recording: plays it as it is, or converts it first. Completes on the JavaFX thread with whether
     * it is ready to play.
     */
    public CompletableFuture<Boolean> attach(Path file) {
        int ticket = ++generation;
        cancel.set(true);
        cancel = new AtomicBoolean();
        progress.set(-1); // what the recording before was doing stops, and its bar with it
        activity.set("");
        offered.set(null);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            fail(done, "Cannot attach " + name, file + " does not exist");
            return done;
        }
        if (!MediaFormats.isMedia(file)) {
            fail(done, "Cannot attach " + name, "Turnscript plays " + String.join(", ", MediaFormats.ALL)
                    + " recordings; " + name + " is none of these");
            return done;
        }
        if (MediaFormats.playsDirectly(file)) {
            openPlayer(file, file, ticket, done);
            return done;
        }
        Optional<Ffmpeg> ffmpeg = Ffmpeg.locate();
        if (ffmpeg.isEmpty()) {
            String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            Path out = file.resolveSibling(base + ".m4a");
            fail(done, "Converting " + name + " needs ffmpeg", "The player cannot read "
                    + MediaFormats.extension(file).toUpperCase() + " itself, and ffmpeg is not on the PATH. Install "
                    + "ffmpeg (ffmpeg.org; Debian/Ubuntu: apt install ffmpeg; macOS: brew install ffmpeg) and "
                    + "attach it again, or convert it yourself and attach the result:\n\n"
                    + Ffmpeg.manualCommand(file, out));
            return done;
        }
        AtomicBoolean stop = cancel;
        activity.set("Converting " + name + " for the player");
        progress.set(0);
        CompletableFuture.supplyAsync(() -> {
            try {
                return new MediaConversion(ffmpeg.get(), cache).convert(file,
                        p -> Platform.runLater(() -> progressIf(ticket, p)), stop);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, worker).whenComplete((converted, error) -> Platform.runLater(() -> {
            if (ticket != generation) {
                done.complete(false);
                return;
            }
            progress.set(-1);
            activity.set("");
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                fail(done, "Cannot convert " + name, String.valueOf(cause.getMessage()));
            } else {
                openPlayer(converted, file, ticket, done);
            }
        }));
        return done;
    }

    /** Stops what is being done for the recording: a conversion, its waveform, listening to its voices. */
    public void cancel() {
        cancel.set(true);
        progress.set(-1);
        activity.set("");
    }

    private void progressIf(int ticket, double p) {
        if (ticket == generation) {
            progress.set(p);
        }
    }

    private void openPlayer(Path playable, Path original, int ticket, CompletableFuture<Boolean> done) {
        opener.apply(playable).whenComplete((player, error) -> Platform.runLater(() -> {
            if (ticket != generation) {
                if (player != null) {
                    player.dispose();
                }
                done.complete(false);
                return;
            }
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException c ? c.getCause() : error;
                fail(done, "Cannot play " + original.getFileName(), String.valueOf(cause.getMessage()));
                return;
            }
            playback.attach(player);
            attached.set(original);
            missing.set("");
            if (session.voicesOf(original) == null) {
                session.hearVoices(null, null); // another recording's voices say nothing about this one
            }
            var meta = session.buffer().metadataProperty();
            Path abs = original.toAbsolutePath().normalize();
            Optional<Path> before = MediaPaths.resolve(meta.get().media(), session.files().documentFile());
            meta.set(meta.get().withMedia(abs.toString()));
            if (before.isEmpty() || !before.get().equals(abs)) {
                session.buffer().markUnsaved(); // another recording: the project must be saved to remember it
            }
            session.setMessage("Attached " + original.getFileName() + ": Ctrl+Space plays and pauses (F1 lists the keys)");
            done.complete(true);
            loadWaveform(original, player.durationMs(), ticket);
            listenIfUseful();
        }));
    }

    private void loadWaveform(Path media, long durationMs, int ticket) {
        waveform.set(null);
        WaveformDecoder decoder = new WaveformDecoder(cache, Ffmpeg.locate());
        if (!decoder.canDecode(media)) {
            session.setMessage("No waveform for " + media.getFileName() + ": drawing it needs ffmpeg on the PATH");
            return;
        }
        AtomicBoolean stop = cancel;
        activity.set("Reading the waveform");
        progress.set(0);
        worker.submit(() -> {
            try {
                Waveform w = decoder.load(media, durationMs, p -> Platform.runLater(() -> progressIf(ticket, p)), stop);
                Platform.runLater(() -> {
                    if (doneWith(ticket)) {
                        waveform.set(w);
                    }
                });
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                // IllegalArgumentException: the JDK's audio system cannot convert this recording to PCM.
                Platform.runLater(() -> {
                    if (doneWith(ticket)) {
                        session.setMessage("No waveform for " + media.getFileName() + ": " + e.getMessage());
                    }
                });
            }
        });
    }

    /** The attach (its generation) whose recording's voices have been asked for, or −1. */
    private int listenedFor = -1;
    /** What was settled when the document was loaded: the document before's, which says nothing of this one. */
    private Settled settledBefore;

    /**
     * Measures the attached recording's voices once its words have times worth hearing (not mostly estimated: a
     * project reopened, caption times from the same recording), so the turn suggestions hear who speaks without
     * the words being timed from it again. Words still to be timed from it get the voices with their timing.
     * Asked on attaching and after every settled edit (JavaFX thread).
     */
    private void listenIfUseful() {
        Path media = attached.get();
        Settled settled = session.settledProperty().get();
        if (media == null || listenedFor == generation || session.voicesOf(media) != null || settled == null
                || settled == settledBefore || TimingQuality.mostlyEstimated(settled.info().timingSources())) {
            return;
        }
        listenedFor = generation;
        listenToVoices(media, generation);
    }

    /**
     * Measures the voices of the recording after its waveform, on the same low-priority thread, or reads them from
     * the media cache when they were measured before (a project opened again). Nothing is said when
     * it cannot be read (the waveform has said why) or was cancelled; the bar goes whatever happens, and a bug still
     * reaches the handler for bugs.
     */
    private void listenToVoices(Path media, int ticket) {
        AtomicBoolean stop = cancel;
        String name = media.getFileName().toString();
        worker.execute(() -> {
            if (session.voicesOf(media) != null) {
                return; // the words were timed from it meanwhile, which heard them
            }
            Platform.runLater(() -> {
                if (ticket == generation) {
                    activity.set("Listening to the voices in " + name);
                    progress.set(0);
                }
            });
            VoiceFrames heard = null;
            try {
                heard = new VoiceFramesCache(cache).load(media, RecordingDecoder.standard(),
                        p -> Platform.runLater(() -> progressIf(ticket, p)), stop::get);
            } catch (IOException | UncheckedIOException | IllegalArgumentException | CancellationException e) {
                // Unreadable (the waveform said so), cancelled, or another recording or document came meanwhile.
            } finally {
                VoiceFrames result = heard;
                Platform.runLater(() -> {
                    if (doneWith(ticket) && result != null) {
                        session.hearVoices(result, media);
                        session.setMessage("Heard the voices in " + name + ": the suggested turns (F8) now listen "
                                + "to who speaks");
                    }
                });
            }
        });
    }

    /** Takes down the bar of work for attach {@code ticket}; whether that attach is still the current one. */
    private boolean doneWith(int ticket) {
        if (ticket != generation) {
            return false;
        }
        progress.set(-1);
        activity.set("");
        return true;
    }

    private void fail(CompletableFuture<Boolean> done, String header, String detail) {
        session.setMessage(header + ": " + detail.lines().findFirst().orElse(""));
        onError.accept(header, detail);
        done.complete(false);
    }

    // ---- With the document ----------------------------------------------------------------------------

    /**
     * A new document: the recording before it goes; the one its project names is attached (or reported as moved),
     * else one with the same name beside it is offered.
     */
    private void documentLoaded() {
        settledBefore = session.settledProperty().get();
        generation++;
        cancel.set(true);
        playback.attach(null);
        attached.set(null);
        waveform.set(null);
        offered.set(null);
        missing.set("");
        progress.set(-1);
        activity.set("");
        Path document = session.files().documentFile();
        String stored = session.buffer().metadataProperty().get().media();
        if (stored != null) {
            Optional<Path> media = MediaPaths.resolve(stored, document);
            if (media.isPresent() && Files.isRegularFile(media.get())) {
                attach(media.get());
            } else {
                String text = "The recording this project names is not there any more (" + stored
                        + "): attach it again with File \u25B8 Attach media\u2026";
                missing.set(text);
                // After the session's own "Opened …", which is set once the document is shown.
                Platform.runLater(() -> session.setMessage(text));
            }
            return;
        }
        besideTranscript(document).ifPresent(offered::set);
    }

    /** A recording next to {@code document} with its base name ("talk.srt" → "talk.mp3", "talk.en.vtt" → "talk.wav"). */
    public static Optional<Path> besideTranscript(Path given) {
        Path document = given == null ? null : given.toAbsolutePath();
        if (document == null || document.getParent() == null) {
            return Optional.empty();
        }
        String name = document.getFileName().toString();
        java.util.LinkedHashSet<String> bases = new java.util.LinkedHashSet<>();
        if (name.lastIndexOf('.') > 0) {
            bases.add(name.substring(0, name.lastIndexOf('.')));
        }
        if (name.indexOf('.') > 0) {
            bases.add(name.substring(0, name.indexOf('.')));
        }
        for (String base : bases) {
            for (String ext : MediaFormats.ALL) {
                Path p = document.resolveSibling(base + "." + ext);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Takes the recording offered. */
    public CompletableFuture<Boolean> acceptOffer() {
        Path p = offered.get();
        return p == null ? CompletableFuture.completedFuture(false) : attach(p);
    }

    public void dismissOffer() {
        offered.set(null);
    }

    /** Stops the background thread and what it is doing; any thread. */
    public void stopWork() {
        cancel.set(true);
        worker.shutdownNow();
    }

    /** Stops the player and the background thread (a window that goes away). JavaFX thread. */
    public void dispose() {
        stopWork();
        playback.attach(null);
    }
}
