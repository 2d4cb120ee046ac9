package org.turnscript.ui.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.turnscript.audio.MediaCache;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.RecordingDecoder;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.audio.VoiceFramesCache;
import org.turnscript.cleanup.Restore;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.DocumentInfo;
import org.turnscript.convert.EditJournal;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.convert.TimesFromCaptions;
import org.turnscript.convert.TimesFromRecording;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.cues.CueFormat;
import org.turnscript.formats.text.CaptionTextFormat;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.timing.CaptionRetimer;
import org.turnscript.timing.RetimeReport;
import org.turnscript.timing.TimingQuality;

/**
 * The open document and everything done to it, without a window: open and import (in the background, with
 * progress and Cancel), save, export, the autosave journal and recovery, cleanup and anchors, and the one undo
 * history (in its {@link TranscriptBuffer}). Views bind to it and reach the core only through it, so every
 * workflow can be driven and tested without a window.
 *
 * <p>Threads: methods are called on the JavaFX thread. Reading files, building documents, the statistics of a
 * settled document and the journal run on two background threads; results come back on the JavaFX thread.
 */
public final class EditorSession {

    /** Edits closer together than this are one burst; statistics and the journal follow once it ends. */
    public static final Duration SETTLE = Duration.ofMillis(400);

    private final ConversionService service;
    private final AppSettings settings;
    private final DocumentSession files;
    private final TranscriptBuffer buffer = new TranscriptBuffer();
    private final JournalAutosave autosave;
    private final MediaCache mediaCache;
    private final ExecutorService loader = daemonThread("turnscript-open");
    private final ExecutorService worker = daemonThread("turnscript-autosave");
    private final ObjectProperty<Settled> settled = new SimpleObjectProperty<>();
    private final ObjectProperty<LoadProgress> loading = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty saveState = new SimpleStringProperty("");
    /** Counts loads, saves and discards: background work started before the latest one drops its result. */
    private final AtomicInteger generation = new AtomicInteger();
    /** Counts files being opened: a read that was cancelled, or overtaken by another, is dropped. */
    private final AtomicInteger opening = new AtomicInteger();
    private BiConsumer<String, String> onError = (header, detail) -> { };
    /** Words of the paragraphs the last settle read; used only on the autosave thread. */
    private final ParagraphWords settleWords = new ParagraphWords();
    /** Counts changes to the document (JavaFX thread), so background work can tell it is still current. */
    private long edits;

    public EditorSession(ConversionService service, AppSettings settings) {
        this.service = service;
        this.settings = settings;
        this.files = new DocumentSession(service);
        this.autosave = new JournalAutosave(settings.home().resolve("autosave"));
        this.mediaCache = new MediaCache(settings.home().resolve("media-cache"));
        buffer.changes().successionEnds(SETTLE).subscribe(e -> settle());
        buffer.changes().subscribe(e -> edits++);
        // Another document: the voices heard were another recording's.
        buffer.loaded().subscribe(t -> hearVoices(null, null));
        buffer.atSavedState().addListener((o, a, b) -> updateSaveState());
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    // ---- What views bind to --------------------------------------------------------------------------

    public TranscriptBuffer buffer() {
        return buffer;
    }

    public ConversionService service() {
        return service;
    }

    public AppSettings settings() {
        return settings;
    }

    /** Where converted recordings, waveform peaks and voices are kept between openings. */
    public MediaCache mediaCache() {
        return mediaCache;
    }

    public DocumentSession files() {
        return files;
    }

    /** The latest settled state, for counts, talk time, timeline and the subtitle check. */
    public ReadOnlyObjectProperty<Settled> settledProperty() {
        return settled;
    }

    /** The file being opened, or {@code null}. */
    public ReadOnlyObjectProperty<LoadProgress> loadingProperty() {
        return loading;
    }

    /** The last thing worth telling the user, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** "Saved", "Unsaved · autosaved"… */
    public ReadOnlyStringProperty saveStateProperty() {
        return saveState;
    }

    /** Where errors go: a header and the detail with file and line. The window shows them in a dialog. */
    public void setOnError(BiConsumer<String, String> handler) {
        this.onError = handler;
    }

    /** The file name endings of everything Turnscript reads, for the open dialog. */
    public List<String> readableExtensions() {
        return service.formats().readers().stream().flatMap(f -> f.extensions().stream()).distinct().toList();
    }

    /** The conversion service of a normal start: every format Turnscript knows. */
    public static ConversionService standardService() {
        return ConversionService.standard();
    }

    public String displayName() {
        return files.displayName();
    }

    public Path projectFile() {
        return files.projectFile();
    }

    public boolean isSaved() {
        return buffer.atSavedState().get();
    }

    /** The base name exports and saves propose: the source file's name without extensions. */
    public String suggestedBaseName() {
        String src = buffer.metadataProperty().get().sourceFile();
        String base = src != null ? Path.of(src).getFileName().toString() : "transcript";
        int dot = base.indexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    // ---- Opening -------------------------------------------------------------------------------------

    /**
     * Opens a project or imports captions in the background; the open document stays as it is until the new one
     * is ready, and stays for good when reading fails or the user cancels.
     *
     * @param askImport for untimed text: shown the first reading, returns the speakers and duration to import
     *                  with, or empty to cancel (called on the JavaFX thread)
     * @return completes on the JavaFX thread with whether the file is now open
     */
    public CompletableFuture<Boolean> open(Path file, Function<LoadedDocument, Optional<ImportSettings>> askImport) {
        int ticket = opening.incrementAndGet();
        String name = file.getFileName().toString();
        loading.set(new LoadProgress(name, "Reading", -1));
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        read(file, ImportSettings.DEFAULTS, ticket).whenComplete((doc, error) -> Platform.runLater(() -> {
            if (!stillWanted(ticket, result, error, name)) {
                return;
            }
            if (!CaptionTextFormat.ID.equals(doc.formatId())) {
                prepareAndShow(file, doc, ticket, result);
                return;
            }
            // Untimed text: ask for the speakers and the duration, with a preview of the segments.
            loading.set(null);
            Optional<ImportSettings> chosen = askImport.apply(doc);
            if (chosen.isEmpty()) {
                result.complete(false);
                return;
            }
            settings.setLastSpeakers(chosen.get().speakerNames());
            loading.set(new LoadProgress(name, "Importing", -1));
            read(file, chosen.get(), ticket).whenComplete((again, err) -> Platform.runLater(() -> {
                if (stillWanted(ticket, result, err, name)) {
                    prepareAndShow(file, again, ticket, result);
                }
            }));
        }));
        return result;
    }

    /** Stops waiting for the file being opened: the document that is open stays. */
    public void cancelOpen() {
        if (loading.get() != null) {
            opening.incrementAndGet();
            loading.set(null);
            message.set("Opening cancelled");
        }
    }

    private CompletableFuture<LoadedDocument> read(Path file, ImportSettings how, int ticket) {
        CompletableFuture<LoadedDocument> f = new CompletableFuture<>();
        submit(loader, () -> {
            if (ticket != opening.get()) {
                f.cancel(false);
                return;
            }
            try {
                f.complete(files.read(file, how));
            } catch (FormatException e) {
                f.completeExceptionally(e);
            } finally {
                if (!f.isDone()) {
                    // A bug, which goes on to the thread's handler (InternalErrors): the opening stops, the open
                    // document stays.
                    f.cancel(false);
                }
            }
        });
        return f;
    }

    private boolean stillWanted(int ticket, CompletableFuture<Boolean> result, Throwable error, String name) {
        if (ticket != opening.get()) {
            result.complete(false); // cancelled, or another file was opened since
            return false;
        }
        if (error instanceof java.util.concurrent.CancellationException) {
            loading.set(null); // stopped by a bug, which the internal-error handler reports
            result.complete(false);
            return false;
        }
        if (error != null) {
            loading.set(null);
            Throwable cause = error instanceof java.util.concurrent.CompletionException c ? c.getCause() : error;
            onError.accept("Cannot open " + name, String.valueOf(cause.getMessage()));
            message.set("Cannot open " + name + ": " + cause.getMessage());
            result.complete(false);
            return false;
        }
        return true;
    }

    /** Builds the styled document in the background, then shows it in one replace. */
    private void prepareAndShow(Path file, LoadedDocument doc, int ticket, CompletableFuture<Boolean> result) {
        loading.set(new LoadProgress(file.getFileName().toString(), "Laying out", -1));
        submit(loader, () -> {
            PreparedDocument prepared = PreparedDocument.of(doc.transcript());
            showWhenStillWanted(ticket, result, prepared, () -> {
                // Only now, with the document ready, does the session take the file on.
                files.adopt(file, doc);
                settings.opened(file);
                if (DocumentSession.isProject(file)) {
                    settings.setLastProject(file);
                }
            }, doc.warnings().isEmpty() ? "Opened " + file.getFileName()
                    : "Opened " + file.getFileName() + " with " + doc.warnings().size() + " warning(s): "
                    + doc.warnings().get(0));
        });
    }

    /**
     * On the JavaFX thread: shows a prepared document unless the user cancelled or opened something else since.
     *
     * @param adopt what the session takes on with it (the file), run just before it is shown
     */
    private void showWhenStillWanted(int ticket, CompletableFuture<Boolean> result, PreparedDocument prepared,
                                     Runnable adopt, String doneMessage) {
        Platform.runLater(() -> {
            if (ticket != opening.get()) {
                result.complete(false);
                return;
            }
            loading.set(null);
            adopt.run();
            show(prepared);
            message.set(doneMessage);
            result.complete(true);
        });
    }

    /** Opens the bundled sample, read and laid out in the background. */
    public CompletableFuture<Boolean> openSample() {
        int ticket = opening.incrementAndGet();
        loading.set(new LoadProgress("the sample", "Reading", -1));
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        submit(loader, () -> {
            try {
                LoadedDocument doc = files.readSample();
                showWhenStillWanted(ticket, result, PreparedDocument.of(doc.transcript()), files::adoptSample,
                        "Bundled sample: tag speakers with Ctrl+1…Ctrl+4 (F1 lists every shortcut)");
            } catch (FormatException e) {
                Platform.runLater(() -> stillWanted(ticket, result, e, "the sample"));
            }
        });
        return result;
    }

    private void show(PreparedDocument prepared) {
        buffer.load(prepared);
        clearJournal(); // the journal belonged to the document just saved or discarded
        updateSaveState(); // the statistics follow when the load's change settles
    }

    // ---- Recovery ------------------------------------------------------------------------------------

    /** Unsaved work from a session that did not end cleanly, if any can be read. */
    public Optional<EditJournal.Recovered> pendingRecovery() {
        try {
            return autosave.read();
        } catch (IOException | FormatException e) {
            // A journal that cannot be read is left where it is: journalExists() still says so.
            return Optional.empty();
        }
    }

    /** Whether a journal is there, readable or not. */
    public boolean journalExists() {
        return autosave.exists();
    }

    /** Takes recovered work as the open document; it starts out unsaved. */
    public void recover(EditJournal.Recovered recovered) {
        files.recovered(recovered.origin());
        generation.incrementAndGet();
        buffer.loadUnsaved(PreparedDocument.of(recovered.transcript()));
        // The journal stays until the work is saved or discarded; the settle after this load starts it afresh.
        updateSaveState();
        message.set("Recovered unsaved work");
    }

    /**
     * Keeps a journal the user did not take (or that could not be read) under a dated name next to it, so the
     * next autosave does not overwrite it and nothing unsaved is ever deleted unasked.
     */
    public void setJournalAside() {
        autosave.setAside();
    }

    // ---- Saving and exporting ------------------------------------------------------------------------

    /** Saves to the project file; there must be one ({@link #projectFile()}). */
    public void save() throws IOException {
        files.save(buffer.transcript());
        afterSave();
    }

    /** Saves to a new project file, which becomes the save target. */
    public void saveAs(Path file) throws IOException {
        files.saveAs(buffer.transcript(), file);
        afterSave();
    }

    private void afterSave() {
        buffer.markSaved();
        clearJournal();
        settings.opened(files.projectFile());
        settings.setLastProject(files.projectFile());
        updateSaveState();
        message.set("Saved " + files.projectFile().getFileName());
    }

    /** Exports with the same service and options as the command line, so the bytes are the same. */
    public void export(Path file, String formatId, ExportOptions options) throws IOException, FormatException {
        Transcript t = buffer.transcript();
        service.checkedExportTo(file, t, formatId, options);
        // Subtitles of guessed times drift by many seconds: say so where the user looks, as the command line does.
        // A file its destination will refuse (a YouTube chapter list that breaks a rule) is written, with a warning.
        List<String> problems = new java.util.ArrayList<>(service.exportProblems(t, formatId, options));
        if (service.formats().byId(formatId).filter(CueFormat.class::isInstance).isPresent()
                && TimingQuality.mostlyEstimated(t)) {
            problems.add(TimingQuality.MOSTLY_ESTIMATED_WARNING);
        }
        message.set("Exported " + file.getFileName() + (problems.isEmpty() ? ""
                : " — warning: " + String.join("; ", problems)));
    }

    // ---- Whole-document commands ---------------------------------------------------------------------

    /** The document as a transcript now (for dialogs that preview a command on it). */
    public Transcript transcript() {
        return buffer.transcript();
    }

    /**
     * Chapter suggestions for the document as it stands, at or above the default threshold, leaving out those
     * within a few words of a chapter already marked (the start of the recording included).
     */
    public java.util.List<org.turnscript.chapters.ChapterSuggestion> suggestChapters() {
        Transcript t = transcript();
        java.util.List<Integer> marked = new java.util.ArrayList<>();
        int flat = 0;
        java.util.Map<String, Integer> firstWord = new java.util.HashMap<>();
        for (org.turnscript.model.Segment s : t.segments()) {
            firstWord.put(s.id(), flat);
            flat += s.words().size();
        }
        t.chapters().forEach(c -> marked.add(firstWord.get(c.segmentId()) + c.wordIndex()));
        return service.suggestChapters(t).stream()
                .filter(s -> s.score() >= org.turnscript.chapters.ChapterSuggester.DEFAULT_THRESHOLD)
                .filter(s -> marked.stream().noneMatch(m -> Math.abs(m - s.flatIndex()) < 30))
                .toList();
    }

    /** Writes a cleanup result made from {@code before} into the document: one undo step. */
    public void applyCleanup(Transcript before, Transcript cleaned, int changes) {
        buffer.applyTransform(before, cleaned);
        message.set("Cleanup: " + changes + " changes (Ctrl+Z undoes them)");
    }

    /** Undoes every cleanup at once: original spellings back, dropped words kept again. One undo step. */
    public void restoreOriginal() {
        Transcript before = buffer.transcript();
        buffer.applyTransform(before, Restore.all(before));
        message.set("Original words restored (Ctrl+Z undoes it)");
    }

    public void setMessage(String text) {
        message.set(text);
    }

    // ---- Timing ----------------------------------------------------------------------------------------

    /**
     * Re-times the document from a timed caption file of its recording: the file is read and aligned in the
     * background, then the new times are written as one undo step; speakers, segments, anchors and cleanup stay.
     * When the document is edited in the meantime nothing is written and the future fails, so no edit is lost.
     *
     * @param applyAround runs the write (the window keeps its view around it; {@code Runnable::run} otherwise)
     * @return completes on the JavaFX thread with what the alignment found, or exceptionally (the file cannot be
     *         read, has no times, shares no words, or the document changed); the error handler has been told
     */
    public CompletableFuture<RetimeReport> retimeFrom(Path timedFile, Consumer<Runnable> applyAround) {
        BufferSnapshot snapshot = buffer.snapshot();
        long editsAtStart = edits;
        String name = timedFile.getFileName().toString();
        message.set("Taking times from " + name + "…");
        CompletableFuture<RetimeReport> result = new CompletableFuture<>();
        submit(loader, () -> {
            boolean answered = false;
            try {
                Transcript before = snapshot.toTranscript();
                CaptionRetimer.Retimed retimed = TimesFromCaptions.retime(service, before, timedFile);
                Platform.runLater(() -> {
                    if (edits != editsAtStart) {
                        fail(result, "Times not taken from " + name,
                                "The document was edited while the times were aligned; nothing was changed. "
                                        + "Try again.");
                        return;
                    }
                    applyAround.accept(() -> buffer.applyTransform(before, retimed.transcript()));
                    message.set("Times taken from " + name + ": " + String.join("; ", retimed.report().lines())
                            + " (Ctrl+Z undoes it)");
                    result.complete(retimed.report());
                });
                answered = true;
            } catch (FormatException e) {
                answered = true;
                Platform.runLater(() -> fail(result, "Cannot take times from " + name, e.getMessage()));
            } finally {
                if (!answered) { // a bug, which the internal-error handler reports: the document is unchanged
                    Platform.runLater(() -> {
                        message.set("");
                        result.cancel(false);
                    });
                }
            }
        });
        return result;
    }

    /**
     * Times the words from the recording (speech-aware timing): decoded, its syllables found and the text's mapped
     * onto them in the background, then written as one undo step. Measured, aligned and anchored times stay and
     * bound the rest. Nothing is written when it is cancelled or when the document was edited meanwhile.
     *
     * @param progress    0..1, from the background thread
     * @param cancelled   checked while decoding, and once more before the write
     * @param applyAround runs the write (the window keeps its view around it)
     * @return completes on the JavaFX thread with how many words now have times from the recording; cancelled
     *         when {@code cancelled} turned true; exceptionally when the recording cannot be read or the document
     *         changed (the error handler has been told)
     */
    public CompletableFuture<Integer> timeFromRecording(Path media, DoubleConsumer progress, BooleanSupplier cancelled,
                                                        Consumer<Runnable> applyAround) {
        BufferSnapshot snapshot = buffer.snapshot();
        long editsAtStart = edits;
        String name = media.getFileName().toString();
        message.set("Timing the words from " + name + "\u2026");
        CompletableFuture<Integer> result = new CompletableFuture<>();
        submit(loader, () -> {
            try {
                Transcript before = snapshot.toTranscript();
                VoiceFramesCache keptVoices = new VoiceFramesCache(mediaCache);
                // Decoded once for the timing and for the voices the turn suggestions listen to.
                PcmAudio audio;
                Path voicesEntry;
                try {
                    voicesEntry = keptVoices.entry(media); // the recording as decoded, not as it may be after
                    audio = RecordingDecoder.standard().decode(media, p -> progress.accept(p * 0.8), cancelled);
                } catch (IOException e) {
                    throw new FormatException(media.toString(), 0, e.getMessage());
                }
                long duration = Math.min(before.metadata().hasDuration() ? before.metadata().durationMs()
                        : audio.durationMs(), audio.durationMs());
                // The voices are measured on another core while the words are timed (neither needs the other),
                // unless attaching the recording already heard them or an earlier opening kept them; measured, they
                // are kept for the next opening.
                VoiceFrames inSession = voicesOf(media);
                VoiceFrames known = inSession != null ? inSession : keptVoices.cached(media);
                CompletableFuture<VoiceFrames> voicesHeard = known != null ? CompletableFuture.completedFuture(known)
                        : CompletableFuture.supplyAsync(() -> {
                            VoiceFrames measured = VoiceFrames.of(audio);
                            keptVoices.keep(media, voicesEntry, measured);
                            return measured;
                        });
                Transcript timed = TimesFromRecording.retime(before, audio, duration, name,
                        p -> progress.accept(0.8 + 0.15 * p), cancelled);
                VoiceFrames heardVoices = voicesHeard.join();
                progress.accept(1);
                int heard = TimingQuality.counts(timed).getOrDefault(TimeSource.RECORDING, 0);
                Platform.runLater(() -> {
                    if (cancelled.getAsBoolean()) {
                        cancelled(result);
                        return;
                    }
                    if (edits != editsAtStart) {
                        fail(result, "Words not timed from " + name,
                                "The document was edited while the recording was read; nothing was changed. "
                                        + "Try again.");
                        return;
                    }
                    applyAround.accept(() -> buffer.applyTransform(before, timed));
                    hearVoices(heardVoices, media);
                    message.set(String.format("Timed %,d words from the syllables heard in %s (Ctrl+Z undoes it)",
                            heard, name));
                    result.complete(heard);
                });
            } catch (CancellationException e) {
                Platform.runLater(() -> cancelled(result));
            } catch (FormatException | UncheckedIOException e) {
                // a bug is not caught here: it reaches the one handler for bugs in the editor (ADR 18)
                Platform.runLater(() -> fail(result, "Cannot time the words from " + name, e.getMessage()));
            }
        });
        return result;
    }

    /**
     * The voices of the open document's recording, or null: measured when the words were timed from it or when it
     * was attached. The turn suggestions listen to them wherever the words have real times or times from that
     * recording (estimated ones are not heard). Any thread.
     */
    public VoiceFrames voices() {
        Heard h = heard;
        return h == null ? null : h.voices();
    }

    /** The same, as a property the window follows (JavaFX thread). */
    public ReadOnlyObjectProperty<VoiceFrames> voicesProperty() {
        return voicesProperty;
    }

    /** The voices heard in {@code media}, the document's recording, or null (JavaFX thread). */
    public void hearVoices(VoiceFrames voices, Path media) {
        heard = voices == null ? null : new Heard(voices, media.toAbsolutePath().normalize());
        voicesProperty.set(voices);
    }

    /** The voices already heard in {@code media}, or null. Any thread. */
    public VoiceFrames voicesOf(Path media) {
        Heard h = heard;
        return h != null && h.media().equals(media.toAbsolutePath().normalize()) ? h.voices() : null;
    }

    /** Voices and the recording they were heard in, read and written together. */
    private record Heard(VoiceFrames voices, Path media) {
    }

    private volatile Heard heard;
    private final ObjectProperty<VoiceFrames> voicesProperty = new SimpleObjectProperty<>();

    private void cancelled(CompletableFuture<?> result) {
        message.set("Timing from the recording cancelled; nothing was changed");
        result.cancel(false);
    }

    private void fail(CompletableFuture<?> result, String header, String detail) {
        onError.accept(header, detail);
        message.set(header + ": " + detail);
        result.completeExceptionally(new IllegalStateException(header + ": " + detail));
    }


    // ---- Settling: statistics and the journal, off the JavaFX thread ----------------------------------

    /**
     * After a burst of edits: an O(1) snapshot here, and the transcript, the statistics and the journal entry on
     * the background thread. The JavaFX thread never converts or writes the whole document.
     */
    private void settle() {
        BufferSnapshot snapshot = buffer.snapshot();
        boolean dirty = !buffer.atSavedState().get();
        Path origin = files.projectFile();
        int ticket = generation.get();
        submit(worker, () -> {
            if (ticket != generation.get()) {
                return; // saved, discarded or replaced since: this state must not come back
            }
            Transcript t = snapshot.toTranscript(settleWords);
            Settled s = new Settled(t, t.resolveContinuedSpeakers(), DocumentInfo.of(t));
            Platform.runLater(() -> {
                if (ticket == generation.get()) {
                    settled.set(s);
                }
            });
            if (dirty) {
                journal(snapshot, t, origin, ticket);
            }
        });
    }

    private void journal(BufferSnapshot snapshot, Transcript t, Path origin, int ticket) {
        try {
            autosave.record(snapshot, t, origin);
            Platform.runLater(() -> {
                if (ticket == generation.get() && !isSaved()) {
                    saveState.set("Unsaved · autosaved");
                }
            });
        } catch (IOException | UncheckedIOException e) {
            Platform.runLater(() -> saveState.set("Unsaved · autosave failed"));
        }
    }

    /**
     * Removes the journal after every autosave already queued, and makes any autosave still waiting for its
     * turn skip itself: a journal must never outlive the save (or discard) of the work in it.
     */
    private CompletableFuture<Void> clearJournal() {
        generation.incrementAndGet();
        CompletableFuture<Void> done = new CompletableFuture<>();
        submit(worker, () -> {
            autosave.clear();
            done.complete(null);
        });
        return done;
    }

    /** Before closing: the journal goes (the user saved or chose to discard), waiting for it at most 5 s. */
    public void discardJournalAndWait() {
        try {
            clearJournal().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // The journal stays; the next start offers it, which loses nothing.
        }
    }

    private void updateSaveState() {
        boolean saved = isSaved();
        saveState.set(saved ? (files.projectFile() == null ? "Not saved to a project yet" : "Saved") : "Unsaved");
    }

    /** Runs on a background thread; after {@link #dispose()} there is none, and the work is not needed. */
    private static void submit(ExecutorService executor, Runnable work) {
        try {
            executor.execute(work); // not submit(): a bug in the work must reach the thread's handler, not a Future
        } catch (RejectedExecutionException disposed) {
            // The session is gone: nothing waits for this work any more.
        }
    }

    /**
     * Stops the background threads after what they are doing: work still waiting skips itself. For a session
     * that goes away without the application ending (tests, a second window).
     */
    public void dispose() {
        generation.incrementAndGet();
        opening.incrementAndGet();
        loader.shutdown();
        worker.shutdown();
        try {
            loader.awaitTermination(5, TimeUnit.SECONDS);
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: completes once the background work queued so far is done. */
    public CompletableFuture<Void> idle() {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        submit(loader, () -> submit(worker, () -> loaded.complete(null)));
        if (loader.isShutdown()) {
            loaded.complete(null);
        }
        return loaded;
    }
}
