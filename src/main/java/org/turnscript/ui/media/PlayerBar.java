package org.turnscript.ui.media;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.turnscript.ui.dialogs.DurationText;

/**
 * The player bar above the text: attach, play/pause, skips, position / duration and a seek slider, speed,
 * volume, the auto-rewind on resume, follow and video toggles, the legend of word timings, and the progress of a
 * conversion or waveform. Without a recording only "Attach media…" is enabled, so the way to load one is in sight.
 */
public final class PlayerBar {

    private final VBox root = new VBox();
    private final Slider seek = new Slider(0, 1, 0);
    private final Label time = new Label("0:00 / 0:00");
    private final Button play = new Button(null, new FontIcon(Material2MZ.PLAY_ARROW));

    PlayerBar(MediaSession media, RecordingTiming timing, WordFollower follower, Runnable chooseMedia,
              ToggleButton videoToggle) {
        Playback playback = media.playback();
        Button attach = button("player-attach", Material2AL.ATTACH_FILE, "Attach media\u2026 (a recording to listen to "
                + "while editing; drag and drop works too)", chooseMedia);
        attach.setText("Attach media\u2026");
        play.setId("player-play");
        play.setTooltip(new Tooltip("Play / pause (Ctrl+Space)"));
        play.setOnAction(e -> playback.togglePlay());
        play.setFocusTraversable(false);
        playback.playingProperty().addListener((o, a, on) ->
                play.setGraphic(new FontIcon(on ? Material2MZ.PAUSE : Material2MZ.PLAY_ARROW)));
        Button back = button("player-back", Material2MZ.REPLAY, "Back 2 s (Alt+Left)", () -> playback.skip(-Playback.SKIP_MS));
        Button forward = button("player-forward", Material2AL.FORWARD_10, "Forward 2 s (Alt+Right)",
                () -> playback.skip(Playback.SKIP_MS));

        seek.setId("player-seek");
        seek.setFocusTraversable(false);
        HBox.setHgrow(seek, Priority.ALWAYS);
        seek.setMaxWidth(Double.MAX_VALUE);
        playback.durationProperty().addListener((o, a, d) -> seek.setMax(Math.max(1, d.longValue())));
        playback.positionProperty().addListener((o, a, ms) -> {
            if (!seek.isValueChanging()) {
                seek.setValue(ms.doubleValue());
            }
            showTime(playback);
        });
        playback.durationProperty().addListener((o, a, d) -> showTime(playback));
        seek.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                playback.seek((long) seek.getValue());
            }
        });
        seek.setOnMouseClicked(e -> playback.seek((long) seek.getValue()));
        time.setId("player-time");
        time.setMinWidth(110);

        Spinner<Double> speed = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(Playback.MIN_RATE,
                Playback.MAX_RATE, 1.0, Playback.RATE_STEP));
        speed.setId("player-speed");
        speed.getValueFactory().setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format("%.1f\u00D7", v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    return Playback.clampRate(Double.parseDouble(s.replace("\u00D7", "").replace("x", "").trim()));
                } catch (NumberFormatException e) {
                    return playback.rateProperty().get(); // a typo keeps the speed as it was
                }
            }
        });
        speed.getValueFactory().valueProperty().bindBidirectional(playback.rateProperty().asObject());
        speed.setPrefWidth(82);
        speed.setFocusTraversable(false);
        speed.setTooltip(new Tooltip("Speed 0.5\u00D7\u20132\u00D7 (Alt+[ slower, Alt+] faster)"));

        Slider volume = new Slider(0, 1, 1);
        volume.setId("player-volume");
        volume.setPrefWidth(70);
        volume.setFocusTraversable(false);
        volume.valueProperty().bindBidirectional(playback.volumeProperty());
        volume.setTooltip(new Tooltip("Volume"));

        Spinner<Integer> rewind = new Spinner<>(0, 10, playback.autoRewindSecondsProperty().get());
        rewind.setId("player-rewind");
        rewind.getValueFactory().valueProperty().bindBidirectional(playback.autoRewindSecondsProperty().asObject());
        rewind.setPrefWidth(64);
        rewind.setFocusTraversable(false);
        rewind.setTooltip(new Tooltip("Seconds played again when playback resumes after a pause"));
        Label rewindLabel = new Label("Rewind on resume (s)");

        ToggleButton follow = new ToggleButton("Follow");
        follow.setId("player-follow");
        follow.setFocusTraversable(false);
        follow.selectedProperty().bindBidirectional(follower.followProperty());
        follow.setTooltip(new Tooltip("Keep the word being said in view"));
        videoToggle.setFocusTraversable(false);

        for (Node n : new Node[] {play, back, forward, seek, time, speed, volume, rewind, follow}) {
            n.disableProperty().bind(Bindings.isNull(playback.playerProperty()));
        }
        HBox transport = new HBox(6, attach, play, back, forward, time, seek);
        transport.setAlignment(Pos.CENTER_LEFT);
        transport.getStyleClass().add("player-transport");
        Label speedLabel = new Label("Speed");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox settings = new HBox(6, speedLabel, speed, new FontIcon(Material2MZ.VOLUME_UP), volume, rewindLabel, rewind,
                follow, videoToggle, gap, legend());
        settings.setAlignment(Pos.CENTER_LEFT);
        for (Node n : settings.getChildren()) {
            if (n instanceof javafx.scene.layout.Region r && n != gap) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        attach.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label activity = new Label();
        activity.textProperty().bind(media.activityProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("player-progress");
        progress.progressProperty().bind(media.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> media.cancel());
        HBox working = new HBox(8, activity, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(media.progressProperty().greaterThanOrEqualTo(0));
        working.managedProperty().bind(working.visibleProperty());

        Label offer = new Label();
        offer.setId("player-offer");
        Button take = new Button("Attach");
        take.setId("player-offer-attach");
        take.setOnAction(e -> media.acceptOffer());
        Button notNow = new Button("Not now");
        notNow.setOnAction(e -> media.dismissOffer());
        HBox offerBar = new HBox(8, offer, take, notNow);
        offerBar.setAlignment(Pos.CENTER_LEFT);
        offerBar.getStyleClass().add("player-offer");
        media.offeredProperty().addListener((o, a, p) -> offer.setText(p == null ? ""
                : "Found the recording " + p.getFileName() + " beside the transcript."));
        offerBar.visibleProperty().bind(Bindings.isNotNull(media.offeredProperty()));
        offerBar.managedProperty().bind(offerBar.visibleProperty());

        Label missing = new Label();
        missing.setId("player-missing");
        missing.getStyleClass().add("player-missing");
        missing.setWrapText(true);
        missing.textProperty().bind(media.missingProperty());
        missing.visibleProperty().bind(media.missingProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());

        root.getChildren().addAll(transport, settings, working, timingRow(timing), timingOffer(timing), offerBar,
                missing);
        root.getStyleClass().add("player-bar");
        root.setId("player-bar");
    }

    /** Timing from the recording on its way: what, how far, and Cancel (which leaves the document as it was). */
    private static Node timingRow(RecordingTiming timing) {
        Label what = new Label("Timing the words from the recording");
        ProgressBar bar = new ProgressBar();
        bar.setId("timing-progress");
        bar.progressProperty().bind(timing.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("timing-cancel");
        cancel.setOnAction(e -> timing.cancel());
        HBox row = new HBox(8, what, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(timing.runningProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** The offer when a recording meets a document of estimated or cue-spread times: never runs by itself. */
    private static Node timingOffer(RecordingTiming timing) {
        Label text = new Label();
        text.textProperty().bind(Bindings.when(timing.offeredForCuesProperty())
                .then("Most word times here are spread evenly inside caption cues. Time the words from the recording, "
                        + "near their cues? Words and suggested turns (F8) land more exactly (Timing \u25B8 Time "
                        + "words from the recording)")
                .otherwise("Most word times here are estimated. Time the words from the syllables heard in the "
                        + "recording? (Timing \u25B8 Time words from the recording; anchors stay)"));
        text.setWrapText(true);
        Button run = new Button("Time words");
        run.setId("timing-offer-run");
        run.setOnAction(e -> timing.start());
        Button notNow = new Button("Not now");
        notNow.setId("timing-offer-dismiss");
        notNow.setOnAction(e -> timing.dismissOffer());
        HBox row = new HBox(8, text, run, notNow);
        row.setId("timing-offer");
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("player-offer");
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        notNow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        row.visibleProperty().bind(timing.offeredProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** The three kinds of word time, drawn as the text draws them. */
    private static Node legend() {
        HBox legend = new HBox(6, sample("measured", "time-measured"), sample("estimated", "time-estimated"),
                anchoredSample());
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().addAll("listen-legend", "transcript-area", "listening");
        Tooltip.install(legend, new Tooltip("How each word's time was found: read from the captions (measured), "
                + "spread over the duration (estimated, grey) or set by you (anchored, dotted underline: Ctrl+T, or "
                + "F9 while playing). Words timed from the recording are not greyed (Timing \u25B8 Colour words "
                + "shows every source)"));
        return legend;
    }

    /** The text draws an anchor's dotted underline itself (RichTextFX), so the legend draws its own. */
    private static Node anchoredSample() {
        Text t = sample("anchored", "time-anchored");
        javafx.scene.shape.Line line = new javafx.scene.shape.Line();
        line.getStyleClass().add("legend-anchor-line");
        line.endXProperty().bind(Bindings.createDoubleBinding(() -> t.getLayoutBounds().getWidth(),
                t.layoutBoundsProperty()));
        line.getStrokeDashArray().addAll(2.0, 2.0);
        VBox box = new VBox(0, t, line);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Text sample(String word, String styleClass) {
        Text t = new org.fxmisc.richtext.TextExt(word); // the text's own node, so the underline of anchors shows
        t.getStyleClass().addAll("text", "word", styleClass);
        return t;
    }

    private void showTime(Playback playback) {
        long d = playback.durationProperty().get();
        time.setText(DurationText.format(playback.positionProperty().get()) + " / "
                + (d < 0 ? "\u2013" : DurationText.format(d)));
    }

    private static Button button(String id, org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    public Node node() {
        return root;
    }
}
