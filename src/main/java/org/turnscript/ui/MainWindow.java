package org.turnscript.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.turnscript.convert.ConversionService;
import org.turnscript.formats.ExportOptions;
import org.turnscript.ui.chapters.ChaptersView;
import org.turnscript.ui.editor.SpeakerStylesheet;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.dialogs.ShortcutsDialog;
import org.turnscript.ui.find.FindReplaceBar;
import org.turnscript.ui.lint.ProblemsPanel;
import org.turnscript.ui.media.ListenPanel;
import org.turnscript.ui.session.AppSettings;
import org.turnscript.ui.suggest.SuggestionControls;
import org.turnscript.ui.session.EditorSession;
import org.turnscript.ui.session.Settled;
import org.turnscript.ui.stats.TalkTimePanel;
import org.turnscript.ui.stats.TurnTimeline;

/**
 * The editor window: a composition of views over one {@link EditorSession}. The menus, the transcript area with
 * its find bar and timeline, the roster and the statistics beside it, and the status bar below each bind to the
 * session; the file workflows are {@link FileActions}, the window-wide keys {@link EditorKeys}.
 */
public final class MainWindow {

    private static final String APP_CSS = "/org/turnscript/ui/turnscript.css";

    private final Stage stage;
    private final AppSettings settings;
    private final EditorSession session;
    private final TranscriptEditor editor;
    private final StatusBarView status = new StatusBarView();
    private final SuggestionControls suggestions;
    private final RosterPanel roster;
    private final FindReplaceBar find;
    private final TalkTimePanel talkTime = new TalkTimePanel();
    private final TurnTimeline timeline = new TurnTimeline();
    private final ProblemsPanel problems = new ProblemsPanel();
    private final FileActions files;
    private final DocumentCommands commands;
    private final MainMenus menus;
    private final ChaptersView chapters;
    private final ListenPanel listen;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private String speakerStylesheet;
    private javafx.beans.value.ObservableBooleanValue problemsShown;
    private final TimingLegend timingLegend = new TimingLegend();
    private CompletableFuture<Boolean> initialLoad = CompletableFuture.completedFuture(false);

    public MainWindow(Stage stage, AppSettings settings, ConversionService service) {
        this.stage = stage;
        this.settings = settings;
        this.session = new EditorSession(service, settings);
        this.editor = new TranscriptEditor(session.buffer());
        this.roster = new RosterPanel(editor);
        this.find = new FindReplaceBar(editor.area());
        this.files = new FileActions(stage, session, this::afterFileChange);
        this.commands = new DocumentCommands(stage, session, editor, files);
        this.menus = new MainMenus(actions());
        this.chapters = new ChaptersView(stage, editor, session);
        this.listen = new ListenPanel(stage, session, editor);
        menus.addFileItem(listen.attachItem());
        menus.addMenu(listen.menu());
        menus.addTimingItems(List.of(listen.timingItem()));
        this.suggestions = new SuggestionControls(editor, session, status::message);
        menus.addSpeakerItems(suggestions.menuItems());

        VirtualizedScrollPane<?> scroll = new VirtualizedScrollPane<>(editor.area());
        VBox center = new VBox(listen.playerBar(), find.node(), scroll, timingLegend.node(), listen.waveform(),
                chapters.band(), timeline.node());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        timeline.setOnSeek(this::jumpTo);
        problems.setOnSelect(this::jumpTo);
        Tab check = new Tab("Subtitle check", problems.node());
        TabPane sideTabs = new TabPane(new Tab("Talk time", talkTime.node()), check, chapters.tab());
        // The check lays out and lints the whole document: only while it is in view, and again when it comes in.
        check.selectedProperty().addListener((o, was, selected) -> {
            if (selected && session.settledProperty().get() != null) {
                problems.show(session.settledProperty().get().transcript());
            }
        });
        problemsShown = check.selectedProperty();
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.setId("side-tabs");
        VBox side = new VBox(listen.video(), roster.node(), sideTabs);
        VBox.setVgrow(sideTabs, Priority.ALWAYS);
        side.getStyleClass().add("side-panel");
        SplitPane split = new SplitPane(center, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(side, false);

        javafx.scene.control.MenuBar menuBar = menus.menuBar(settings.darkTheme());
        menuBar.getMenus().add(menuBar.getMenus().size() - 2, chapters.menu()); // before View and Help
        root.setTop(new VBox(menuBar, menus.toolBar()));
        root.setCenter(split);
        root.setBottom(status.node());
        root.getStyleClass().add("turnscript");

        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource(APP_CSS).toExternalForm());
        new EditorKeys(scene, editor, session, this::showShortcuts);
        chapters.installKeys(scene);
        listen.installKeys(scene);
        suggestions.install(stage);
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dragDropped);
        applyTheme(settings.darkTheme());
        bindToSession();

        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard("close")) {
                e.consume();
            } else {
                session.discardJournalAndWait();
            }
        });
        menus.showRecent(settings.recentFiles());
    }

    private void bindToSession() {
        session.messageProperty().addListener((o, a, text) -> status.message(text));
        editor.notices().subscribe(status::message);
        session.saveStateProperty().addListener((o, a, state) -> {
            status.showSaveState(state);
            updateTitle();
        });
        session.loadingProperty().addListener((o, a, progress) -> status.showLoading(progress, session::cancelOpen));
        session.settledProperty().addListener((o, a, s) -> showStatistics(s));
        session.settledProperty().addListener((o, a, s) -> {
            if (s != null) {
                timingLegend.counts(s.info().timingSources());
            }
        });
        editor.rosterProperty().addListener((o, a, b) -> applySpeakerColours());
        editor.area().caretPositionProperty().addListener((o, a, b) -> status.showCaretTime(editor.caretTimeMs()));
    }

    private MainMenus.Actions actions() {
        return new MainMenus.Actions(
                files::chooseAndOpen,
                files::openSample,
                p -> {
                    if (files.confirmDiscard("open another file")) {
                        files.open(p);
                    }
                },
                files::save, files::saveAs, files::chooseAndExport,
                () -> {
                    if (files.confirmDiscard("quit")) {
                        session.discardJournalAndWait();
                        stage.close();
                    }
                },
                () -> editor.area().undo(), () -> editor.area().redo(),
                find::showFind, find::showReplace, find::findNext, find::findPrevious,
                commands::cleanup, commands::restoreOriginal, commands::anchorCaretWord,
                editor::splitAtCaret, editor::mergeWithPrevious,
                editor::sameSpeakerAsPrevious, editor::unassignSegment, editor::nextTurn, editor::previousTurn,
                this::setDarkTheme,
                on -> toggleRootClass("show-timing", on),
                on -> toggleRootClass("hide-dropped", !on),
                this::showShortcuts,
                commands::takeTimesFromCaptions,
                this::colourBySource);
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

    public EditorSession session() {
        return session;
    }

    public ChaptersView chapters() {
        return chapters;
    }

    /** Stops the session's background threads; for a window that goes away without the application ending. */
    public void dispose() {
        listen.dispose();
        suggestions.dispose();
        session.dispose();
    }

    /** Suggested speaker turns: the gutter marks, the review keys and their view model. */
    public SuggestionControls suggestions() {
        return suggestions;
    }

    /** The first document: recovered work if the user takes it, else the last project, else the sample. */
    public CompletableFuture<Boolean> openInitialDocument() {
        return openInitialDocument(List.of());
    }

    /** The first document; {@code given} are the files named on the command line. */
    public CompletableFuture<Boolean> openInitialDocument(List<Path> given) {
        initialLoad = files.openInitial(given);
        return initialLoad;
    }

    /** Completes once the first document is on screen (or failed to open). */
    public CompletableFuture<Boolean> initialLoad() {
        return initialLoad;
    }

    /** Opens a project or imports captions in the background; on failure the open document stays as it was. */
    public CompletableFuture<Boolean> open(Path file) {
        return files.open(file);
    }

    public boolean save() {
        return files.save();
    }

    /** Attaches a recording to listen to while editing (File ▸ Attach media…, {@code --media}). */
    public CompletableFuture<Boolean> attachMedia(Path file) {
        return listen.attach(file);
    }

    public ListenPanel listen() {
        return listen;
    }

    public boolean saveAs() {
        return files.saveAs();
    }

    public boolean saveAs(Path file) {
        return files.saveAs(file);
    }

    public boolean export(Path file, String formatId, ExportOptions options) {
        return files.export(file, formatId, options);
    }

    /** Switches light/dark and remembers the choice. */
    public void setDarkTheme(boolean dark) {
        applyTheme(dark);
        settings.setDarkTheme(dark);
    }

    // ---- Internals ----------------------------------------------------------------------------------------

    private void afterFileChange() {
        applySpeakerColours();
        status.showCaretTime(editor.caretTimeMs());
        menus.showRecent(settings.recentFiles());
        updateTitle();
        editor.area().requestFocus();
    }

    private void jumpTo(long ms) {
        editor.moveToTime(ms);
        editor.area().requestFocus();
    }

    private void showStatistics(Settled s) {
        if (s == null) {
            return;
        }
        status.showCounts(s.info());
        talkTime.show(s.turns());
        timeline.show(s.turns());
        if (problemsShown.get()) {
            problems.show(s.transcript());
        }
    }

    private void updateTitle() {
        stage.setTitle((session.isSaved() ? "" : "• ") + session.displayName() + " — Turnscript");
    }

    private void applySpeakerColours() {
        if (speakerStylesheet != null) {
            scene.getStylesheets().remove(speakerStylesheet);
        }
        speakerStylesheet = SpeakerStylesheet.dataUrl(editor.roster());
        scene.getStylesheets().add(speakerStylesheet);
        editor.refreshVisibleGutter();
    }

    /** Timing ▸ Colour words by where their time comes from: the colours and their legend. */
    private void colourBySource(boolean on) {
        toggleRootClass("colour-timing", on);
        timingLegend.show(on);
    }

    /** For tests: the legend's entry for a source, empty when no word has it or the legend is hidden. */
    public String timingLegendText(org.turnscript.model.TimeSource source) {
        return timingLegend.node().isVisible() ? timingLegend.text(source) : "";
    }

    /** For tests: what Timing ▸ Take times from a caption file… does once the file is chosen. */
    public CompletableFuture<org.turnscript.timing.RetimeReport> takeTimesFrom(Path timedFile) {
        return commands.takeTimesFrom(timedFile);
    }

    /** For tests: Timing ▸ Colour words by where their time comes from. */
    public void setColourBySource(boolean on) {
        colourBySource(on);
    }

    private void toggleRootClass(String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(dark ? "dark" : "light");
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        List<File> dropped = e.getDragboard().getFiles();
        if (dropped != null && !dropped.isEmpty() && ListenPanel.isMedia(dropped.get(0).toPath())) {
            listen.attach(dropped.get(0).toPath()); // a recording joins the open transcript
            e.setDropCompleted(true);
            e.consume();
            return;
        }
        boolean ok = dropped != null && !dropped.isEmpty() && files.confirmDiscard("open the dropped file");
        if (ok) {
            files.open(dropped.get(0).toPath());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    private void showShortcuts() {
        ShortcutsDialog.show(stage);
    }
}
