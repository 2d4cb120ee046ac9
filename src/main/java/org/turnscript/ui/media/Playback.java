package org.turnscript.ui.media;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The transport without a window: play and pause with an auto-rewind on resume (a few seconds back, so the
 * words before the pause are heard again, as oTranscribe does), skips, speed from 0.5× to 2×, volume, and
 * "play this stretch" that stops at its end. {@link #tick()} is called every frame while playing; it moves
 * {@link #positionProperty()}, which the highlight, the playhead and the time label follow. Tested with a fake
 * {@link Player}; JavaFX thread only.
 */
public final class Playback implements PlaybackClock {

    public static final double MIN_RATE = 0.5;
    public static final double MAX_RATE = 2.0;
    public static final double RATE_STEP = 0.1;
    public static final long SKIP_MS = 2000;

    private final ObjectProperty<Player> player = new SimpleObjectProperty<>();
    private final LongProperty position = new SimpleLongProperty(0);
    private final LongProperty duration = new SimpleLongProperty(-1);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty rate = new SimpleDoubleProperty(1.0);
    private final DoubleProperty volume = new SimpleDoubleProperty(1.0);
    private final IntegerProperty autoRewindSeconds = new SimpleIntegerProperty(2);
    /** Where "play this segment" stops, or −1. */
    private long stopAt = -1;
    /** Set by a pause, cleared by a seek: only a plain resume rewinds. */
    private boolean rewindOnResume;

    public Playback() {
        rate.addListener((o, a, r) -> {
            double clamped = clampRate(r.doubleValue());
            if (clamped != r.doubleValue()) {
                rate.set(clamped);
            } else if (player.get() != null) {
                player.get().setRate(clamped);
            }
        });
        volume.addListener((o, a, v) -> {
            if (player.get() != null) {
                player.get().setVolume(v.doubleValue());
            }
        });
    }

    /** Takes a ready player; the one before is disposed. {@code null} detaches. */
    public void attach(Player p) {
        Player old = player.get();
        if (old != null) {
            old.pause();
            old.dispose();
        }
        playing.set(false);
        position.set(0);
        stopAt = -1;
        player.set(p);
        rewindOnResume = false;
        duration.set(p == null ? -1 : p.durationMs());
        if (p != null) {
            p.setRate(rate.get());
            p.setVolume(volume.get());
            p.setOnEnd(() -> {
                playing.set(false);
                stopAt = -1;
                tick();
            });
        }
    }

    public ReadOnlyObjectProperty<Player> playerProperty() {
        return player;
    }

    public boolean hasMedia() {
        return player.get() != null;
    }

    public ReadOnlyLongProperty positionProperty() {
        return position;
    }

    public ReadOnlyLongProperty durationProperty() {
        return duration;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty rateProperty() {
        return rate;
    }

    public DoubleProperty volumeProperty() {
        return volume;
    }

    public IntegerProperty autoRewindSecondsProperty() {
        return autoRewindSeconds;
    }

    @Override
    public long positionMs() {
        return position.get();
    }

    @Override
    public boolean isPlaying() {
        return playing.get();
    }

    // ---- Transport ---------------------------------------------------------------------------------

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Plays from where it is; after a pause, from a few seconds before. */
    public void play() {
        Player p = player.get();
        if (p == null || playing.get()) {
            return;
        }
        if (rewindOnResume && autoRewindSeconds.get() > 0) {
            p.seek(Math.max(0, p.positionMs() - autoRewindSeconds.get() * 1000L));
        }
        rewindOnResume = false;
        long d = p.durationMs();
        if (d > 0 && p.positionMs() >= d - 50) {
            p.seek(0); // at the end: play again from the start
        }
        p.play();
        playing.set(true);
        tick();
    }

    public void pause() {
        Player p = player.get();
        if (p == null || !playing.get()) {
            return;
        }
        p.pause();
        playing.set(false);
        rewindOnResume = true;
        stopAt = -1;
        tick();
    }

    /** Moves to {@code ms}; playing goes on from there. A seek is deliberate: the next resume does not rewind. */
    public void seek(long ms) {
        Player p = player.get();
        if (p == null) {
            return;
        }
        long d = p.durationMs();
        long target = Math.max(0, d > 0 ? Math.min(ms, d) : ms);
        p.seek(target);
        position.set(target);
        rewindOnResume = false;
    }

    /** Back ({@code delta} < 0) or forward. */
    public void skip(long delta) {
        seek(position.get() + delta);
    }

    public void slower() {
        rate.set(clampRate(rate.get() - RATE_STEP));
    }

    public void faster() {
        rate.set(clampRate(rate.get() + RATE_STEP));
    }

    /** Plays from {@code fromMs} and stops at {@code toMs}: "play this segment". */
    public void playRange(long fromMs, long toMs) {
        if (player.get() == null || toMs <= fromMs) {
            return;
        }
        seek(fromMs);
        stopAt = toMs;
        if (!playing.get()) {
            Player p = player.get();
            p.play();
            playing.set(true);
        }
    }

    /** Reads the player's clock: called every frame while playing, and after each command. */
    public void tick() {
        Player p = player.get();
        if (p == null) {
            return;
        }
        long now = p.positionMs();
        if (stopAt >= 0 && now >= stopAt && playing.get()) {
            p.pause();
            playing.set(false);
            rewindOnResume = false; // the segment was heard to its end: resume where it stopped
            stopAt = -1;
        }
        position.set(now);
        if (duration.get() < 0 && p.durationMs() >= 0) {
            duration.set(p.durationMs());
        }
    }

    static double clampRate(double r) {
        double rounded = Math.round(r * 100) / 100.0;
        return Math.max(MIN_RATE, Math.min(MAX_RATE, rounded));
    }
}
