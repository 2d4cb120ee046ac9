package org.turnscript.ui.media;

/** A player whose clock moves only when a test says so. */
final class FakePlayer implements Player {

    private final long duration;
    private long position;
    private boolean playing;
    private double rate = 1;
    private double volume = 1;
    private boolean disposed;
    private Runnable onEnd = () -> { };

    FakePlayer(long durationMs) {
        this.duration = durationMs;
    }

    /** Lets {@code ms} of playback pass (at the current speed), as the sound device would. */
    void advance(long ms) {
        if (!playing) {
            return;
        }
        position = Math.min(duration, position + Math.round(ms * rate));
        if (position >= duration) {
            playing = false;
            onEnd.run();
        }
    }

    double rate() {
        return rate;
    }

    double volume() {
        return volume;
    }

    boolean disposed() {
        return disposed;
    }

    @Override
    public long positionMs() {
        return position;
    }

    @Override
    public boolean isPlaying() {
        return playing;
    }

    @Override
    public void play() {
        playing = true;
    }

    @Override
    public void pause() {
        playing = false;
    }

    @Override
    public void seek(long ms) {
        position = Math.max(0, Math.min(duration, ms));
    }

    @Override
    public long durationMs() {
        return duration;
    }

    @Override
    public void setRate(double rate) {
        this.rate = rate;
    }

    @Override
    public void setVolume(double volume) {
        this.volume = volume;
    }

    @Override
    public void setOnEnd(Runnable onEnd) {
        this.onEnd = onEnd;
    }

    @Override
    public void dispose() {
        disposed = true;
    }
}
