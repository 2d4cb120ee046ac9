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
            if (!v.speech(f)) {
                continue;
            }
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
        return this;
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
