package org.turnscript.ui.media;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;

/** {@link Player} over JavaFX Media. */
public final class FxPlayer implements Player {

    /**
     * Players between {@code new MediaPlayer} and READY. JavaFX keeps only a weak reference to a player; one that
     * nothing else holds can be collected while it prepares, and then never reports READY or an error (the
     * "stalls after ready" of long MP3s, which take longest to prepare).
     */
    private static final java.util.Set<MediaPlayer> OPENING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final MediaPlayer player;
    private boolean playing;
    private Runnable onEnd = () -> { };

    private FxPlayer(MediaPlayer player) {
        this.player = player;
        player.setOnEndOfMedia(() -> {
            playing = false;
            player.pause();
            onEnd.run();
        });
    }

    /**
     * Opens a recording; completes on the JavaFX thread once it is ready to play, or with an error in words.
     * Must be called on the JavaFX thread.
     */
    public static CompletableFuture<Player> open(Path file) {
        CompletableFuture<Player> ready = new CompletableFuture<>();
        try {
            Media media = new Media(file.toUri().toString());
            MediaPlayer mp = new MediaPlayer(media);
            FxPlayer p = new FxPlayer(mp);
            OPENING.add(mp);
            ready.whenComplete((player, error) -> OPENING.remove(mp));
            mp.setOnReady(() -> ready.complete(p));
            mp.setOnError(() -> {
                if (!ready.isDone()) {
                    ready.completeExceptionally(new IllegalStateException(describe(mp.getError(), file)));
                }
            });
            media.setOnError(() -> {
                if (!ready.isDone()) {
                    ready.completeExceptionally(new IllegalStateException(describe(media.getError(), file)));
                }
            });
        } catch (MediaException | UnsupportedOperationException e) {
            // MediaException: no sound device or an unreadable file; UnsupportedOperationException: a URI scheme
            // or platform JavaFX Media does not support. Both are a message, never a crash.
            ready.completeExceptionally(new IllegalStateException(describe(e, file)));
        }
        return ready;
    }

    /** JavaFX's reasons, in words a user can act on. */
    static String describe(Exception e, Path file) {
        String m = String.valueOf(e == null ? null : e.getMessage());
        if (m.contains("Could not create player")) {
            return "No sound device to play " + file.getFileName() + " on (JavaFX Media needs ALSA: install libasound2;"
                    + " on a machine without a sound card, ~/.asoundrc with pcm.!default { type null } plays silently)";
        }
        if (m.contains("Unrecognized file signature") || m.contains("MEDIA_UNSUPPORTED")) {
            return file.getFileName() + " is in a format the player cannot read: " + m;
        }
        return "Cannot play " + file.getFileName() + ": " + m;
    }

    /** The JavaFX player, for the video pane. */
    public MediaPlayer mediaPlayer() {
        return player;
    }

    @Override
    public long positionMs() {
        return (long) player.getCurrentTime().toMillis();
    }

    @Override
    public boolean isPlaying() {
        return playing;
    }

    @Override
    public void play() {
        playing = true;
        player.play();
    }

    @Override
    public void pause() {
        playing = false;
        player.pause();
    }

    @Override
    public void seek(long ms) {
        long d = durationMs();
        player.seek(Duration.millis(Math.max(0, d > 0 ? Math.min(ms, d) : ms)));
    }

    @Override
    public long durationMs() {
        Duration d = player.getMedia().getDuration();
        return d == null || d.isUnknown() || d.isIndefinite() ? -1 : (long) d.toMillis();
    }

    @Override
    public void setRate(double rate) {
        player.setRate(rate);
    }

    @Override
    public void setVolume(double volume) {
        player.setVolume(volume);
    }

    @Override
    public void setOnEnd(Runnable onEnd) {
        this.onEnd = onEnd;
    }

    @Override
    public boolean hasVideo() {
        return player.getMedia().getWidth() > 0;
    }

    @Override
    public void dispose() {
        player.dispose();
    }
}
