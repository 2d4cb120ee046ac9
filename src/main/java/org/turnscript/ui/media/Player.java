package org.turnscript.ui.media;

/**
 * A recording that plays: JavaFX Media in the window ({@link FxPlayer}), a clock moved by hand in tests. All
 * methods are called on the JavaFX thread.
 */
public interface Player extends PlaybackClock {

    void play();

    void pause();

    /** Moves to {@code ms} (clamped to the recording), playing or not. */
    void seek(long ms);

    /** The recording's length in ms, or −1 while unknown. */
    long durationMs();

    /** Playback speed, 1 = as recorded. */
    void setRate(double rate);

    /** 0..1. */
    void setVolume(double volume);

    /** Called once playback reaches the end. */
    void setOnEnd(Runnable onEnd);

    /** Whether there is a picture to show. */
    default boolean hasVideo() {
        return false;
    }

    /** Frees the decoder and the sound device. */
    void dispose();
}
