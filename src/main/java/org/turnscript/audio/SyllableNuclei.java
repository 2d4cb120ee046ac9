package org.turnscript.audio;

import java.util.Arrays;

/**
 * Syllable nuclei: the peaks of loudness that track the syllables of speech (after de Jong and Wempe 2009,
 * "Praat script to detect syllable nuclei"), found without any speech model.
 *
 * <p>Intensity is taken every {@value #HOP_MS} ms as the mean power over {@value #WINDOW_MS} ms, in dB. Speech is
 * where it is above max(p99 - 25 dB, p5 + 3 dB). A nucleus is a local maximum above that threshold which falls at
 * least {@value #DIP_DB} dB to the lowest point between it and the neighbouring maxima on both sides, so the two
 * peaks of one long vowel are one nucleus. One pass over the samples and one over the frames: a 45-minute
 * recording takes about a second.
 */
public final class SyllableNuclei {

    static final int HOP_MS = 10;
    static final int WINDOW_MS = 50;
    static final double DIP_DB = 2.0;

    private SyllableNuclei() {
    }

    /** The times of the nuclei in ms, in order. */
    public static long[] detect(PcmAudio audio) {
        double[] db = intensity(audio);
        if (db.length == 0) {
            return new long[0];
        }
        double[] sorted = db.clone();
        Arrays.sort(sorted);
        double threshold = Math.max(sorted[(int) (sorted.length * 0.99)] - 25, sorted[(int) (sorted.length * 0.05)] + 3);
        // Local maxima above the threshold, plateaus counted once.
        int[] peaks = new int[db.length];
        int count = 0;
        for (int i = 1; i < db.length - 1; i++) {
            if (db[i] > threshold && db[i] >= db[i - 1] && db[i] > db[i + 1]) {
                peaks[count++] = i;
            }
        }
        peaks = Arrays.copyOf(peaks, count);
        // Merge peaks without a dip between them: keep the louder one, until every kept peak has its dip.
        boolean changed = true;
        while (changed && peaks.length > 1) {
            changed = false;
            int[] kept = new int[peaks.length];
            int n = 0;
            for (int k = 0; k < peaks.length; k++) {
                int p = peaks[k];
                if (n > 0) {
                    int q = kept[n - 1];
                    double floor = min(db, q, p);
                    if (db[q] - floor < DIP_DB || db[p] - floor < DIP_DB) {
                        if (db[p] > db[q]) {
                            kept[n - 1] = p;
                        }
                        changed = true;
                        continue;
                    }
                }
                kept[n++] = p;
            }
            peaks = Arrays.copyOf(kept, n);
        }
        long[] out = new long[peaks.length];
        for (int k = 0; k < peaks.length; k++) {
            out[k] = (long) peaks[k] * HOP_MS + WINDOW_MS / 2;
        }
        return out;
    }

    private static double min(double[] db, int from, int to) {
        double m = Double.MAX_VALUE;
        for (int i = from; i <= to; i++) {
            m = Math.min(m, db[i]);
        }
        return m;
    }

    /**
     * Intensity in dB per hop: mean power over the window that starts there. Hop b starts at sample round(b · rate
     * · {@value #HOP_MS} / 1000), so a rate such as 22 050 Hz (220.5 samples a hop) does not drift.
     */
    static double[] intensity(PcmAudio audio) {
        float[] s = audio.samples();
        double perHop = audio.sampleRate() * HOP_MS / 1000.0;
        int blocksPerWindow = WINDOW_MS / HOP_MS;
        int blocks = (int) Math.floor(s.length / perHop);
        double[] power = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            int from = (int) Math.round(b * perHop);
            int to = Math.max(from + 1, Math.min(s.length, (int) Math.round((b + 1) * perHop)));
            double sum = 0;
            for (int i = from; i < to; i++) {
                float v = s[i];
                sum += v * v;
            }
            power[b] = sum / (to - from);
        }
        int frames = Math.max(0, blocks - blocksPerWindow + 1);
        double[] db = new double[frames];
        double window = 0;
        for (int b = 0; b < blocks; b++) {
            window += power[b];
            if (b >= blocksPerWindow) {
                window -= power[b - blocksPerWindow];
            }
            if (b >= blocksPerWindow - 1) {
                db[b - blocksPerWindow + 1] = 10 * Math.log10(Math.max(window / blocksPerWindow, 1e-12));
            }
        }
        return db;
    }
}
