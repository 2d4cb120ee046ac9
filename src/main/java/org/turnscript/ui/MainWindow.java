package org.turnscript.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.text.CaptionTextFormat;
import org.turnscript.model.Transcript;
import org.turnscript.ui.editor.SpeakerStylesheet;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.turnscript.cleanup.Restore;
import org.turnscript.ui.cleanup.CleanupApplier;
import org.turnscript.ui.cleanup.CleanupDialog;
import java.util.OptionalLong;
import javafx.scene.control.TextInputDialog;
import org.turnscript.ui.dialogs.DurationText;
import org.turnscript.ui.dialogs.ExportDialog;
import org.turnscript.ui.lint.ProblemsPanel;
import org.turnscript.ui.dialogs.ImportDialog;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.find.FindReplaceBar;
import org.turnscript.ui.stats.TalkTimePanel;
import org.turnscript.ui.stats.TurnTimeline;

/**
 * The editor window: menus and toolbar, the transcript area, the roster beside it and the status bar below.
 * File operations never leave the open document half-changed: a file that cannot be read is reported and the
 * document stays as it was; saves are atomic; unsaved work is journalled for crash recovery.
 */
public final class MainWindow {

    private static final String APP_CSS = "/org/turnscript/ui/turnscript.css";

    private final Stage stage;
    private final AppSettings settings;
    private final DocumentSession session;
    private final Autosave autosave;
    private final TranscriptEditor editor = new TranscriptEditor();
    private final StatusBarView status = new StatusBarView();
    private final RosterPanel roster = new RosterPanel(editor);
    private final FindReplaceBar find = new FindReplaceBar(editor.area());
    private final TalkTimePanel talkTime = new TalkTimePanel();
    private final TurnTimeline timeline = new TurnTimeline();
    private final ProblemsPanel problems = new ProblemsPanel();
    private final Menu recentMenu = new Menu("Open _Recent");
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "turnscript-autosave");
        t.setDaemon(true);
        return t;
    });
    private final BorderPane root = new BorderPane();
    /** Counts saves and loads; an autosave queued before the latest one is skipped. */
    private final AtomicInteger journalGeneration = new AtomicInteger();
    private final Scene scene;
    private String speakerStylesheet;

    public MainWindow(Stage stage, AppSettings settings, ConversionService service) {
        this.stage = stage;
        this.settings = settings;
        this.session = new DocumentSession(service);
        this.autosave = new Autosave(settings.home(), service);

        VirtualizedScrollPane<?> scroll = new VirtualizedScrollPane<>(editor.area());
        VBox center = new VBox(find.node(), scroll, timeline.node());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        timeline.setOnSeek(ms -> {
            editor.moveToTime(ms);
            editor.area().requestFocus();
        });
        problems.setOnSelect(ms -> {
            editor.moveToTime(ms);
            editor.area().requestFocus();
        });
        TabPane sideTabs = new TabPane(new Tab("Talk time", talkTime.node()), new Tab("Subtitle check", problems.node()));
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.setId("side-tabs");
        VBox side = new VBox(roster.node(), sideTabs);
        VBox.setVgrow(sideTabs, Priority.ALWAYS);
        side.getStyleClass().add("side-panel");
        SplitPane split = new SplitPane(center, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(side, false);

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(split);
        root.setBottom(status.node());
        root.getStyleClass().add("turnscript");

        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource(APP_CSS).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::speakerKeys);
        // The punctuation keys act on key press; the character they would also type must not reach the text.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.isAltDown() && !e.isShortcutDown() && ".,?/".contains(e.getCharacter()) && inTranscript()) {
                e.consume();
            }
        });
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dragDropped);
        applyTheme(settings.darkTheme());

        editor.rosterProperty().addListener((o, a, b) -> applySpeakerColours());
        editor.atSavedState().addListener((o, a, b) -> updateTitle());
        editor.changes().successionEnds(Duration.ofMillis(400)).subscribe(e -> afterEditsSettle());
        editor.area().caretPositionProperty().addListener((o, a, b) -> status.showCaretTime(editor.caretTimeMs()));

        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard("close")) {
                e.consume();
            } else {
                clearJournalAndWait();
            }
        });
        refreshRecentMenu();
    }

    // ---- What tests and the application call ------------------------------------------------------------

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public TranscriptEditor editor() {
        return editor;
    }

    public DocumentSession session() {
        return session;
    }

    /**
     * Stops the autosave thread after what it is doing: autosaves still waiting skip themselves. For a window
     * that goes away without the application ending (tests, a second window).
     */
    public void dispose() {
        journalGeneration.incrementAndGet();
        background.shutdown();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first document: unsaved work from a crash if the user takes it, else the last project, else the sample. */
    public void openInitialDocument() {
        Optional<Autosave.Recovery> recovery = autosave.pending();
        if (recovery.isPresent()) {
            RecoveryChoice choice = askRecover();
            if (choice == RecoveryChoice.RECOVER) {
                session.recovered(recovery.get().origin());
                editor.loadUnsaved(recovery.get().transcript());
                afterLoad(recovery.get().transcript());
                status.message("Recovered unsaved work");
                return;
            }
            if (choice == RecoveryChoice.LATER) {
                autosave.setAside();
            }
        } else if (autosave.exists()) {
            autosave.setAside(); // a journal that cannot be read is kept aside, never deleted unasked
        }
        Path last = settings.lastProject();
        if (last != null && last.toFile().isFile()) {
            open(last);
            return;
        }
        try {
            show(session.openSample().transcript());
            status.message("Bundled sample: tag speakers with Ctrl+1…Ctrl+4 (F1 lists every shortcut)");
        } catch (FormatException e) {
            error("Cannot open the sample", e.getMessage());
        }
    }

    /** Opens a project or imports captions; on failure the open document stays as it was. */
    public boolean open(Path file) {
        try {
            LoadedDocument doc = session.read(file, ImportSettings.DEFAULTS);
            if (CaptionTextFormat.ID.equals(doc.formatId())) {
                // Untimed text: ask for the speakers and the duration, with a preview of the segments.
                Optional<ImportSettings> chosen = ImportDialog.show(stage, doc,
                        DocumentSession.speakersToOffer(doc, settings.lastSpeakers()));
                if (chosen.isEmpty()) {
                    return false;
                }
                settings.setLastSpeakers(chosen.get().speakerNames());
                doc = session.read(file, chosen.get());
            }
            // Only now, with the document accepted, does the session take the file on.
            session.adopt(file, doc);
            show(doc.transcript());
            settings.opened(file);
            if (DocumentSession.isProject(file)) {
                settings.setLastProject(file);
            }
            refreshRecentMenu();
            status.message(doc.warnings().isEmpty() ? "Opened " + file.getFileName()
                    : "Opened " + file.getFileName() + " with " + doc.warnings().size() + " warning(s): "
                    + doc.warnings().get(0));
            return true;
        } catch (FormatException e) {
            error("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    /** Saves to the project file, asking for one the first time. */
    public boolean save() {
        if (session.projectFile() == null) {
            return saveAs();
        }
        return writeProject(() -> session.save(editor.snapshot()));
    }

    public boolean saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Turnscript project", "*.turnscript.json"));
        chooser.setInitialFileName(suggestedBaseName() + DocumentSession.PROJECT_EXTENSION);
        File f = chooser.showSaveDialog(stage);
        return f != null && saveAs(f.toPath());
    }

    public boolean saveAs(Path file) {
        return writeProject(() -> session.saveAs(editor.snapshot(), file));
    }

    /** Exports with the same service and options as the command line, so the bytes are the same. */
    public boolean export(Path file, String formatId, ExportOptions options) {
        try {
            session.service().exportTo(file, editor.snapshot(), formatId, options);
            status.message("Exported " + file.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            error("Cannot export to " + file.getFileName(), String.valueOf(e.getMessage()));
            return false;
        }
    }

    // ---- Internals ----------------------------------------------------------------------------------------

    private interface FileWrite {
        void run() throws IOException;
    }

    private boolean writeProject(FileWrite write) {
        try {
            write.run();
            editor.markSaved();
            clearJournal();
            settings.opened(session.projectFile());
            settings.setLastProject(session.projectFile());
            refreshRecentMenu();
            updateTitle();
            status.message("Saved " + session.projectFile().getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            error("Cannot save", "Nothing was overwritten. " + e.getMessage());
            return false;
        }
    }

    private void show(Transcript t) {
        editor.load(t);
        clearJournal(); // the journal belonged to the document just saved or discarded
        afterLoad(t);
    }

    /**
     * Removes the journal after every autosave already queued, and makes any autosave still waiting for its
     * turn skip itself: a journal must never outlive the save (or discard) of the work in it.
     */
    private Future<?> clearJournal() {
        journalGeneration.incrementAndGet();
        return inBackground(autosave::clear);
    }

    /** Runs on the autosave thread; after {@link #dispose()} there is none, and the work is not needed. */
    private Future<?> inBackground(Runnable work) {
        try {
            return background.submit(work);
        } catch (java.util.concurrent.RejectedExecutionException disposed) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    }

    private void clearJournalAndWait() {
        try {
            clearJournal().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The journal stays; the next start offers it, which loses nothing.
        }
    }

    private void afterLoad(Transcript t) {
        applySpeakerColours();
        showStatistics(t);
        status.showCaretTime(editor.caretTimeMs());
        updateTitle();
        editor.area().requestFocus();
    }

    private void afterEditsSettle() {
        Transcript t = editor.snapshot();
        showStatistics(t);
        boolean dirty = !editor.atSavedState().get();
        if (dirty) {
            Path origin = session.projectFile();
            int generation = journalGeneration.get();
            inBackground(() -> {
                if (generation != journalGeneration.get()) {
                    return; // saved or discarded since: this state must not come back as a journal
                }
                try {
                    autosave.write(t, origin);
                    Platform.runLater(() -> {
                        if (generation == journalGeneration.get() && !editor.atSavedState().get()) {
                            status.showSaveState("Unsaved · autosaved");
                        }
                    });
                } catch (IOException e) {
                    Platform.runLater(() -> status.showSaveState("Unsaved · autosave failed"));
                }
            });
        }
        updateTitle();
    }

    private void showStatistics(Transcript t) {
        status.showCounts(t);
        Transcript turns = t.resolveContinuedSpeakers();
        talkTime.show(turns);
        timeline.show(turns);
        problems.show(t);
    }

    private void updateTitle() {
        boolean saved = editor.atSavedState().get();
        stage.setTitle((saved ? "" : "• ") + session.displayName() + " — Turnscript");
        status.showSaveState(saved ? (session.projectFile() == null ? "Not saved to a project yet" : "Saved")
                : "Unsaved");
    }

    private void applySpeakerColours() {
        if (speakerStylesheet != null) {
            scene.getStylesheets().remove(speakerStylesheet);
        }
        speakerStylesheet = SpeakerStylesheet.dataUrl(editor.roster());
        scene.getStylesheets().add(speakerStylesheet);
        editor.refreshVisibleGutter();
    }

    private void toggleRootClass(String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }

    /** Switches light/dark and remembers the choice. */
    public void setDarkTheme(boolean dark) {
        applyTheme(dark);
        settings.setDarkTheme(dark);
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(dark ? "dark" : "light");
    }

    /** Ctrl+digit tags from the caret's word; Ctrl+Shift+digit tags the whole segment; also Ctrl+D, Alt+arrows. */
    private void speakerKeys(KeyEvent e) {
        int digit = digitOf(e.getCode());
        if (e.isShortcutDown() && !e.isAltDown() && digit >= 0) {
            if (digit == 0) {
                editor.unassignSegment();
            } else if (e.isShiftDown()) {
                editor.assignSegment(digit);
            } else if (!editor.speakerFromCaret(digit)) {
                status.message("No speaker has key " + digit + " yet (add one in the Speakers panel)");
            }
            e.consume();
        } else if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.D) {
            editor.sameSpeakerAsPrevious();
            e.consume();
        } else if (e.getCode() == KeyCode.F1) {
            showShortcuts();
            e.consume();
        } else if (!inTranscript()) {
            return; // Alt+arrows and the punctuation keys belong to the text fields they are typed in
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            editor.nextTurn();
            e.consume();
        } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            editor.previousTurn();
            e.consume();
        } else if (e.isAltDown() && !e.isShortcutDown() && punctuationOf(e) != 0) {
            editor.punctuateAtCaret(punctuationOf(e));
            e.consume();
        }
    }

    private boolean inTranscript() {
        return scene.getFocusOwner() == editor.area();
    }

    /** Alt+. ends a sentence, Alt+Shift+/ (Alt+?) asks, Alt+, pauses. */
    private static char punctuationOf(KeyEvent e) {
        return switch (e.getCode()) {
            case PERIOD -> '.';
            case COMMA -> ',';
            case SLASH -> e.isShiftDown() ? '?' : 0;
            default -> 0;
        };
    }

    private static int digitOf(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '0';
        }
        return -1;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Open or import…", "Shortcut+O", this::chooseAndOpen),
                recentMenu,
                item("Open _sample", null, () -> {
                    if (confirmDiscard("open the sample")) {
                        openSample();
                    }
                }),
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", this::save),
                item("Save _as…", "Shortcut+Shift+S", this::saveAs),
                item("_Export…", "Shortcut+E", this::chooseAndExport),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", () -> {
                    if (confirmDiscard("quit")) {
                        clearJournalAndWait();
                        stage.close();
                    }
                }));
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("_Undo", null, () -> editor.area().undo()),
                item("_Redo", null, () -> editor.area().redo()),
                new SeparatorMenuItem(),
                item("_Find…", "Shortcut+F", find::showFind),
                item("Find and _replace…", "Shortcut+H", find::showReplace),
                item("Find _next", "F3", find::findNext),
                item("Find _previous", "Shift+F3", find::findPrevious),
                new SeparatorMenuItem(),
                item("_Cleanup…", "Shortcut+Shift+C", this::cleanup),
                item("Restore the _original words", null, this::restoreOriginal),
                item("Set the _time of the word at the caret…", "Shortcut+T", this::anchorCaretWord),
                new SeparatorMenuItem(),
                item("Split segment at caret (Enter)", null, editor::splitAtCaret),
                item("Merge with previous segment (Backspace at start)", null, editor::mergeWithPrevious));
        Menu speakers = new Menu("_Speakers");
        speakers.getItems().addAll(
                item("Same speaker as previous (Ctrl+D)", null, editor::sameSpeakerAsPrevious),
                item("Clear speaker (Ctrl+0)", null, editor::unassignSegment),
                item("Next turn (Alt+Down)", null, editor::nextTurn),
                item("Previous turn (Alt+Up)", null, editor::previousTurn));
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setSelected(settings.darkTheme());
        dark.setOnAction(e -> {
            applyTheme(dark.isSelected());
            settings.setDarkTheme(dark.isSelected());
        });
        CheckMenuItem dimEstimated = new CheckMenuItem("Dim words whose time is _estimated");
        dimEstimated.setOnAction(e -> toggleRootClass("show-timing", dimEstimated.isSelected()));
        CheckMenuItem showDropped = new CheckMenuItem("Show words cleanup _dropped");
        showDropped.setSelected(true);
        showDropped.setOnAction(e -> toggleRootClass("hide-dropped", !showDropped.isSelected()));
        Menu view = new Menu("_View");
        view.getItems().addAll(dark, dimEstimated, showDropped);
        Menu help = new Menu("_Help");
        help.getItems().add(item("_Keyboard shortcuts (F1)", null, this::showShortcuts));
        MenuBar bar = new MenuBar(file, edit, speakers, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar() {
        return new ToolBar(
                tool("tool-open", Material2AL.FOLDER_OPEN, "Open or import (Ctrl+O)", this::chooseAndOpen),
                tool("tool-save", Material2MZ.SAVE, "Save (Ctrl+S)", this::save),
                tool("tool-export", Material2MZ.PUBLISH, "Export (Ctrl+E)", this::chooseAndExport),
                tool("tool-undo", Material2MZ.UNDO, "Undo (Ctrl+Z)", () -> editor.area().undo()),
                tool("tool-redo", Material2MZ.REDO, "Redo (Ctrl+Shift+Z)", () -> editor.area().redo()),
                tool("tool-shortcuts", Material2AL.KEYBOARD, "Keyboard shortcuts (F1)", this::showShortcuts));
    }

    private static Button tool(String id, org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("flat");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Cleanup with a preview; applied as one undo step, dropped words stay in the document. */
    private void cleanup() {
        CleanupDialog.show(stage, editor.snapshot(), session.service())
                .filter(r -> !r.isEmpty())
                .ifPresent(r -> {
                    CleanupApplier.apply(editor, r.transcript());
                    status.message("Cleanup: " + r.changes().size() + " changes (Ctrl+Z undoes them)");
                });
    }

    /** Undoes every cleanup at once: original spellings back, dropped words kept again. One undo step. */
    private void restoreOriginal() {
        CleanupApplier.apply(editor, Restore.all(editor.snapshot()));
        status.message("Original words restored (Ctrl+Z undoes it)");
    }

    /** Anchors the caret's word at a typed time; estimated times around it follow. */
    private void anchorCaretWord() {
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
                error("Not a time", "\u201C" + text + "\u201D is not a time such as 12:03.5 or 723.5");
                return;
            }
            try {
                editor.anchorWordAtCaret(ms.getAsLong());
                status.message("\u201C" + word + "\u201D anchored at " + DurationText.format(ms.getAsLong())
                        + "; the estimated times around it follow");
            } catch (IllegalArgumentException e) {
                error("Cannot anchor \u201C" + word + "\u201D there", e.getMessage());
            }
        });
    }

    private void openSample() {
        try {
            show(session.openSample().transcript());
        } catch (FormatException e) {
            error("Cannot open the sample", e.getMessage());
        }
    }

    private void chooseAndOpen() {
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
        return session.service().formats().readers().stream().flatMap(f -> f.extensions().stream())
                .map(ext -> "*." + ext).distinct().toList();
    }

    private void chooseAndExport() {
        ExportDialog.show(stage, editor.snapshot(), session.service(), suggestedBaseName())
                .ifPresent(r -> export(r.file(), r.formatId(), r.options()));
    }

    private String suggestedBaseName() {
        // Only the metadata is needed: no snapshot of the whole document.
        String src = editor.metadataProperty().get().sourceFile();
        String base = src != null ? Path.of(src).getFileName().toString() : "transcript";
        int dot = base.indexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : settings.recentFiles()) {
            recentMenu.getItems().add(item(p.getFileName() + "  —  " + p.getParent(), null, () -> {
                if (confirmDiscard("open another file")) {
                    open(p);
                }
            }));
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        List<File> files = e.getDragboard().getFiles();
        boolean ok = files != null && !files.isEmpty() && confirmDiscard("open the dropped file")
                && open(files.get(0).toPath());
        e.setDropCompleted(ok);
        e.consume();
    }

    /** True when there is nothing unsaved, or the user saved or chose to discard it. */
    private boolean confirmDiscard(String action) {
        if (editor.atSavedState().get()) {
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

    /** Esc or closing the dialog keeps the work for later; only "Discard" deletes it. */
    private RecoveryChoice askRecover() {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType("Keep for later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Turnscript did not close normally last time. Recover the unsaved work? (\u201CKeep for later\u201D "
                        + "files it in the autosave folder.)", recover, discard, later);
        alert.initOwner(stage);
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("Unsaved work was found");
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == recover ? RecoveryChoice.RECOVER : answer == discard ? RecoveryChoice.DISCARD
                : RecoveryChoice.LATER;
    }

    private void error(String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.ERROR, detail, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("Turnscript");
        alert.setHeaderText(header);
        alert.show();
        status.message(header + ": " + detail);
    }

    private void showShortcuts() {
        TableView<Shortcuts.Shortcut> table = new TableView<>();
        TableColumn<Shortcuts.Shortcut, String> keys = new TableColumn<>("Keys");
        keys.setCellValueFactory(new PropertyValueFactory<>("keys"));
        TableColumn<Shortcuts.Shortcut, String> action = new TableColumn<>("Action");
        action.setCellValueFactory(new PropertyValueFactory<>("action"));
        TableColumn<Shortcuts.Shortcut, String> group = new TableColumn<>("Group");
        group.setCellValueFactory(new PropertyValueFactory<>("group"));
        keys.setPrefWidth(220);
        action.setPrefWidth(460);
        table.getColumns().addAll(List.of(group, keys, action));
        table.getItems().setAll(Shortcuts.ALL);
        table.setPrefSize(800, 520);
        table.setId("shortcuts-table");
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts (Ctrl is Cmd on macOS)");
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        alert.show();
    }
}
