package org.turnscript.ui.media;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaView;

/**
 * The picture of a video recording, in a small pane above the roster: as wide as the side panel (drag the divider
 * to resize it), hidden with the player bar's Video toggle, and absent for audio.
 */
final class VideoPane {

    private final StackPane root = new StackPane();
    private final MediaView view = new MediaView();
    private final BooleanProperty wanted = new SimpleBooleanProperty(true);
    private final BooleanProperty hasVideo = new SimpleBooleanProperty(false);

    VideoPane(Playback playback) {
        root.setId("video-pane");
        root.getStyleClass().add("video-pane");
        view.setPreserveRatio(true);
        view.fitWidthProperty().bind(root.widthProperty().subtract(8));
        root.getChildren().add(view);
        playback.playerProperty().addListener((o, a, p) -> {
            view.setMediaPlayer(p instanceof FxPlayer fx && fx.hasVideo() ? fx.mediaPlayer() : null);
            hasVideo.set(view.getMediaPlayer() != null);
            update();
        });
        wanted.addListener((o, a, b) -> update());
        update();
    }

    /** Whether the user wants the picture shown (the Video toggle). */
    BooleanProperty wantedProperty() {
        return wanted;
    }

    boolean hasVideo() {
        return hasVideo.get();
    }

    /** Whether the recording has a picture (the Video toggle is enabled only then). */
    javafx.beans.property.ReadOnlyBooleanProperty hasVideoProperty() {
        return hasVideo;
    }

    private void update() {
        boolean show = wanted.get() && hasVideo();
        root.setVisible(show);
        root.setManaged(show);
    }

    Node node() {
        return root;
    }
}
