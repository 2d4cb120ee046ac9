package org.turnscript.suggest;

import org.turnscript.audio.VoiceFrames;

/**
 * The voice of some stretch of a recording summed up: the mean of each timbre coefficient over its speech frames
 * and the mean log pitch over its voiced ones. Two stretches are compared by how far apart their means are, in
 * units of how much each feature varies over the whole recording ({@link VoiceCues#distance}).
 */
final class VoiceStats {

    static final int DIMENSIONS = VoiceFrames.COEFFICIENTS;

    final double[] sum = new double[DIMENSIONS];
    final double[] squares = new double[DIMENSIONS];
    int frames;
    double pitchSum;
    double pitchSquares;
    int voiced;

    /** Adds the speech frames that start in [{@code fromMs}, {@code toMs}). */
    VoiceStats add(VoiceFrames v, long fromMs, long toMs) {
        int to = Math.min(v.size(), VoiceFrames.frameAt(toMs));
        for (int f = VoiceFrames.frameAt(fromMs); f < to; f++) {
            if (v.speech(f)) {
                addFrame(v, f);
            }
        }
        return this;
    }

    /**
     * Adds up to {@code count} speech frames going back from {@code atMs} (or forward, when {@code forward}),
     * looking at most {@code reachMs} away: a window of speech, however long the pauses inside it.
     */
    VoiceStats addSpeech(VoiceFrames v, long atMs, int count, long reachMs, boolean forward) {
        int at = VoiceFrames.frameAt(atMs);
        int reach = (int) (reachMs / VoiceFrames.HOP_MS);
        int taken = 0;
        for (int k = 0; k < reach && taken < count; k++) {
            int f = forward ? at + k : at - 1 - k;
            if (f < 0 || f >= v.size()) {
                break;
            }
            if (v.speech(f)) {
                addFrame(v, f);
                taken++;
            }
        }
        return this;
    }

    private void addFrame(VoiceFrames v, int f) {
        for (int c = 0; c < DIMENSIONS; c++) {
            double x = v.coefficient(f, c);
            sum[c] += x;
            squares[c] += x * x;
        }
        frames++;
        float p = v.logPitch(f);
        if (!Float.isNaN(p)) {
            pitchSum += p;
            pitchSquares += p * p;
            voiced++;
        }
    }

    void addAll(VoiceStats o) {
        for (int c = 0; c < DIMENSIONS; c++) {
            sum[c] += o.sum[c];
            squares[c] += o.squares[c];
        }
        frames += o.frames;
        pitchSum += o.pitchSum;
        pitchSquares += o.pitchSquares;
        voiced += o.voiced;
    }

    double mean(int c) {
        return sum[c] / frames;
    }

    double variance(int c) {
        double m = mean(c);
        return Math.max(1e-9, squares[c] / frames - m * m);
    }

    double pitch() {
        return pitchSum / voiced;
    }

    double pitchVariance() {
        double m = pitch();
        return Math.max(1e-9, pitchSquares / voiced - m * m);
    }
}
