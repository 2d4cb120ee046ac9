package org.turnscript.ui.media;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.turnscript.audio.MediaFormats;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.session.EditorSession;

/**
 * Listening while editing, put together for the window: the player bar, the waveform strip, the video pane, the
 * Playback menu and File ▸ Attach media…, the keys, and the frame ticker that reads the player's clock while it
 * plays. The window places the nodes and forwards dropped recordings; everything else happens here.
 */
public final class ListenPanel {

    private final Stage stage;
    private final EditorSession session;
    private final TranscriptEditor editor;
    private final Playback playback = new Playback();
    private final MediaSession media;
    private final WordFollower follower;
    private final TapSync tapSync;
    private final WaveformStrip waveform;
    private final VideoPane video;
    private final PlayerBar bar;
    private final RecordingTiming timing;
    private final AnimationTimer ticker = new AnimationTimer() {
        @Override
        public void handle(long now) {
            playback.tick();
        }
    };

    /** The window's panel, playing through JavaFX Media. */
    public ListenPanel(Stage stage, EditorSession session, TranscriptEditor editor) {
        this(stage, session, editor, FxPlayer::open);
    }

    /** A panel over any player (tests pass a fake clock). */
    public ListenPanel(Stage stage, EditorSession session, TranscriptEditor editor,
                       Function<Path, CompletableFuture<Player>> opener) {
        this.stage = stage;
        this.session = session;
        this.editor = editor;
        this.media = new MediaSession(session, playback, opener);
        this.follower = new WordFollower(editor.area(), session.buffer(), playback);
        this.tapSync = new TapSync(editor, playback);
        this.waveform = new WaveformStrip(playback);
        this.video = new VideoPane(playback);
        ToggleButton videoToggle = new ToggleButton("Video");
        videoToggle.setId("player-video");
        videoToggle.selectedProperty().bindBidirectional(video.wantedProperty());
        videoToggle.disableProperty().bind(video.hasVideoProperty().not());
        this.timing = new RecordingTiming(session, media.attachedProperty(), editor::keepingView);
        this.bar = new PlayerBar(media, timing, follower, this::chooseMedia, videoToggle);
        media.setOnError(this::showError);
        media.waveformProperty().addListener((o, a, w) -> waveform.show(w));
        session.settledProperty().addListener((o, a, s) -> {
            if (s != null) {
                waveform.showTurns(s.turns());
            }
        });
        playback.playingProperty().addListener((o, a, on) -> {
            if (on) {
                ticker.start();
            } else {
                ticker.stop();
            }
        });
        // While listening, estimated times are greyed so that what is measured, estimated and anchored differs.
        playback.playerProperty().addListener((o, a, p) -> {
            editor.area().getStyleClass().remove("listening");
            if (p != null) {
                editor.area().getStyleClass().add("listening");
            } else {
                waveform.show(null);
            }
        });
    }

    public Node playerBar() {
        return bar.node();
    }

    public Node waveform() {
        return waveform.node();
    }

    public Node video() {
        return video.node();
    }

    public Playback playback() {
        return playback;
    }

    public MediaSession media() {
        return media;
    }

    /** Timing ▸ Time words from the recording: the run, its progress and the offer. */
    public RecordingTiming timing() {
        return timing;
    }

    /** Timing ▸ Time words from the recording, enabled while a recording is attached and no run is going. */
    public MenuItem timingItem() {
        MenuItem item = new MenuItem("Time words from the _recording");
        item.setId("menu-time-from-recording");
        item.disableProperty().bind(media.attachedProperty().isNull().or(timing.runningProperty()));
        item.setOnAction(e -> timing.start());
        return item;
    }

    public WordFollower follower() {
        return follower;
    }

    WaveformStrip waveformStrip() {
        return waveform;
    }

    /** The keys that work while typing. */
    public void installKeys(Scene scene) {
        new MediaKeys(scene, this);
    }

    /** File ▸ Attach media…, for the window's File menu. */
    public MenuItem attachItem() {
        MenuItem item = new MenuItem("Attach _media\u2026");
        item.setOnAction(e -> chooseMedia());
        return item;
    }

    /** The Playback menu. */
    public Menu menu() {
        Menu m = new Menu("_Playback");
        CheckMenuItem follow = new CheckMenuItem("_Follow the spoken word");
        follow.selectedProperty().bindBidirectional(follower.followProperty());
        m.getItems().addAll(
                item("Play / pause (Ctrl+Space)", playback::togglePlay),
                item("Play this segment (Ctrl+Shift+Space)", this::playCaretSegment),
                item("Play from the word at the caret (Ctrl+Shift+Enter)", this::playFromCaret),
                item("Back 2 s (Alt+Left)", () -> playback.skip(-Playback.SKIP_MS)),
                item("Forward 2 s (Alt+Right)", () -> playback.skip(Playback.SKIP_MS)),
                item("Slower (Alt+[)", playback::slower),
                item("Faster (Alt+])", playback::faster),
                new SeparatorMenuItem(),
                item("Anchor a word at the playback position (F9)", this::tapSync),
                follow,
                new SeparatorMenuItem(),
                attachItem());
        return m;
    }

    private MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> {
            if (!playback.hasMedia()) {
                noMediaYet();
            } else {
                action.run();
            }
        });
        return item;
    }

    /** Attaches a recording (a dropped file, {@code --media}, the file chooser). */
    public CompletableFuture<Boolean> attach(Path file) {
        return media.attach(file);
    }

    /** Whether a dropped file is a recording rather than a transcript. */
    public static boolean isMedia(Path file) {
        return MediaFormats.isMedia(file);
    }

    void chooseMedia() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach a recording");
        List<String> patterns = MediaFormats.ALL.stream().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Recordings", patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path doc = session.files().documentFile();
        if (doc != null && doc.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(doc.toAbsolutePath().getParent().toFile());
        }
        var file = chooser.showOpenDialog(stage);
        if (file != null) {
            attach(file.toPath());
        }
    }

    void playCaretSegment() {
        var buffer = session.buffer();
        int par = editor.area().getCurrentParagraph();
        long from = buffer.paragraphStart(par);
        long to = SpokenWords.paragraphEnd(buffer, par);
        if (from < 0 || to <= from) {
            session.setMessage("This segment has no time to play from");
            return;
        }
        playback.playRange(from, to);
    }

    void playFromCaret() {
        long ms = SpokenWords.timeAt(session.buffer(), editor.area().getCurrentParagraph(),
                editor.area().getCaretColumn());
        if (ms < 0) {
            session.setMessage("The word at the caret has no time to play from");
            return;
        }
        playback.seek(ms);
        playback.play();
    }

    void tapSync() {
        session.setMessage(tapSync.tap());
    }

    void noMediaYet() {
        session.setMessage("No recording attached: File \u25B8 Attach media\u2026 (or drop one on the window)");
    }

    private void showError(String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle("Media");
        alert.setHeaderText(header);
        // Selectable, so the ffmpeg command can be copied.
        TextArea text = new TextArea(detail);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(6);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    /** Stops playing and the background work; callable from any thread (tests close windows from theirs). */
    public void dispose() {
        timing.cancel();
        media.stopWork();
        if (javafx.application.Platform.isFxApplicationThread()) {
            ticker.stop();
            media.dispose();
        } else {
            javafx.application.Platform.runLater(() -> {
                ticker.stop();
                media.dispose();
            });
        }
    }
}
