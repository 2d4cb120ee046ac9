package org.turnscript.audio;

import java.util.Arrays;

/**
 * Where a recording has speech and where it pauses, from loudness alone: the stretches of sound between silences
 * of at least {@value #MIN_PAUSE_MS} ms. Speakers do not pause inside a word, so these stretches are what the
 * words of a text are shared out over.
 *
 * <p>Loudness is the mean power of each {@value #BLOCK_MS} ms block, in dB, at any sample rate. A block is sound
 * when it is above max(p99 - {@value #RANGE_DB} dB, floor + {@value #FLOOR_MARGIN_DB} dB), where the floor is the
 * quietest tenth of the blocks around it (a few seconds either side), so a noise bed that rises and falls does not
 * pass for speech. One pass over the samples; a 45-minute recording takes well under a second.
 */
public final class SpeechActivity {

    static final int BLOCK_MS = 10;
    static final long MIN_PAUSE_MS = 80;
    /** Shorter bursts between two pauses are clicks and breaths, not words. */
    static final long MIN_SOUND_MS = 40;
    static final double RANGE_DB = 30;
    static final double FLOOR_MARGIN_DB = 6;
    /** Half the window, in blocks, over which the noise floor is taken. */
    static final int FLOOR_HALF_BLOCKS = 150;

    private SpeechActivity() {
    }

    /**
     * The stretches of sound, as start and end in ms: {@code [start0, end0, start1, end1, ...]}, in order and not
     * overlapping.
     */
    public static long[] detect(PcmAudio audio) {
        double[] db = blockLoudness(audio);
        if (db.length == 0) {
            return new long[0];
        }
        double[] sorted = db.clone();
        Arrays.sort(sorted);
        double top = sorted[(int) (sorted.length * 0.99)] - RANGE_DB;
        double[] floor = localFloor(db);
        long[] out = new long[16];
        int count = 0;
        int i = 0;
        int minPause = (int) (MIN_PAUSE_MS / BLOCK_MS);
        while (i < db.length) {
            while (i < db.length && !loud(db, floor, top, i)) {
                i++;
            }
            if (i >= db.length) {
                break;
            }
            int start = i;
            int lastLoud = i;
            while (i < db.length && i - lastLoud <= minPause) {
                if (loud(db, floor, top, i)) {
                    lastLoud = i;
                }
                i++;
            }
            i = lastLoud + 1;
            if ((lastLoud + 1 - start) * (long) BLOCK_MS >= MIN_SOUND_MS) {
                if (count + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[count++] = (long) start * BLOCK_MS;
                out[count++] = (long) (lastLoud + 1) * BLOCK_MS;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static boolean loud(double[] db, double[] floor, double top, int i) {
        return db[i] > Math.max(top, floor[i] + FLOOR_MARGIN_DB);
    }

    /**
     * The 10th percentile of the blocks within {@value #FLOOR_HALF_BLOCKS} blocks either side, sampled every
     * second and held in between: cheap, and the floor of a recording changes slowly.
     */
    static double[] localFloor(double[] db) {
        double[] floor = new double[db.length];
        int step = 50;
        double[] window = new double[2 * FLOOR_HALF_BLOCKS + 1];
        for (int at = 0; at < db.length; at += step) {
            int from = Math.max(0, at - FLOOR_HALF_BLOCKS);
            int to = Math.min(db.length, at + FLOOR_HALF_BLOCKS + 1);
            int n = to - from;
            System.arraycopy(db, from, window, 0, n);
            Arrays.sort(window, 0, n);
            double value = window[n / 10];
            Arrays.fill(floor, at, Math.min(db.length, at + step), value);
        }
        return floor;
    }

    /**
     * Mean power of each block, in dB (digital silence at -120 dB). Block b starts at sample round(b · rate ·
     * {@value #BLOCK_MS} / 1000): at 22 050 Hz a block is 220.5 samples, and a whole number of samples per block
     * would drift by seconds over an hour.
     */
    static double[] blockLoudness(PcmAudio audio) {
        float[] s = audio.samples();
        double perBlock = audio.sampleRate() * BLOCK_MS / 1000.0;
        int blocks = (int) Math.floor(s.length / perBlock);
        double[] db = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            int from = (int) Math.round(b * perBlock);
            int to = Math.max(from + 1, Math.min(s.length, (int) Math.round((b + 1) * perBlock)));
            double sum = 0;
            for (int i = from; i < to; i++) {
                float v = s[i];
                sum += v * v;
            }
            db[b] = 10 * Math.log10(Math.max(sum / (to - from), 1e-12));
        }
        return db;
    }
}
