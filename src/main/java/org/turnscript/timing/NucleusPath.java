package org.turnscript.timing;

/**
 * The path that pairs a text's syllables with the syllable nuclei heard in a recording, by dynamic programming in
 * a band around the diagonal: syllable counts from spelling and nuclei from loudness each miss or add a few in a
 * hundred, which over half an hour drifts by many seconds, so the pairing re-synchronises where the text expects a
 * pause (a turn, a sentence end) and the recording has one.
 *
 * <p>Each syllable is paired with one nucleus, in order; a step may also pass a nucleus (heard but not counted in
 * the text) or give a syllable the nucleus of the one before (counted but not heard), at {@value #SKIP} each.
 * Pairing costs the mismatch of the pauses before them: a pause the text expects and the recording lacks costs
 * {@value #MISSED_PAUSE}·d², a pause heard where the text expects none only {@value #EXTRA_PAUSE}·d² (speakers
 * pause within sentences all the time). Cost O(syllables × band), memory one byte a cell.
 */
final class NucleusPath {

    static final double SKIP = 0.5;
    static final double MISSED_PAUSE = 3.0;
    static final double EXTRA_PAUSE = 0.2;
    /** Per syllable, for being {@value #DRIFT_SCALE} nuclei off the even spread of syllables over the nuclei. */
    static final double DRIFT = 0.001;
    static final double DRIFT_SCALE = 50;
    /** Half the band, in nuclei, at least: wide enough for the drift of an hour. */
    static final int MIN_BAND = 300;

    /** In the back pointers: the syllable shares the nucleus of the one before. */
    private static final short SHARE = -1;

    private NucleusPath() {
    }

    /**
     * @param textPause  per syllable, 0 to 1: how much of a pause the text expects before it
     * @param heardPause per nucleus, 0 to 1: how much of a pause precedes it in the recording
     * @return per syllable, the index of its nucleus (non-decreasing)
     */
    static int[] align(double[] textPause, double[] heardPause) {
        int s = textPause.length;
        int n = heardPause.length;
        int band = Math.max(MIN_BAND, n / 10);
        double slope = (double) n / s;
        int width = 2 * band + 1;
        // back[j][c]: SHARE, or how many nuclei were passed between the previous syllable's nucleus and this one's.
        short[] back = new short[s * width];
        double[] previous = new double[width];
        double[] current = new double[width];
        double[] reach = new double[width];
        short[] passed = new short[width];
        double inf = Double.POSITIVE_INFINITY;
        for (int j = 0; j < s; j++) {
            int low = lowOf(j, slope, band);
            int prevLow = lowOf(j - 1, slope, band);
            if (j > 0) {
                // reach[c]: the cheapest way to have paired syllable j-1 with nucleus prevLow+c or earlier and passed
                // the nuclei since, with how many were passed.
                for (int c = 0; c < width; c++) {
                    double direct = previous[c];
                    double carried = c > 0 ? reach[c - 1] + SKIP : inf;
                    if (direct <= carried) {
                        reach[c] = direct;
                        passed[c] = 0;
                    } else {
                        reach[c] = carried;
                        passed[c] = (short) Math.min(Short.MAX_VALUE, passed[c - 1] + 1);
                    }
                }
            }
            for (int c = 0; c < width; c++) {
                int k = low + c;
                current[c] = inf;
                if (k < 0 || k >= n) {
                    continue;
                }
                double drift = (k - j * slope) / DRIFT_SCALE;
                double pair = pairCost(textPause[j], heardPause[k]) + DRIFT * drift * drift;
                if (j == 0) {
                    current[c] = pair + SKIP * k; // nuclei before the first syllable are passed
                    back[c] = (short) Math.min(Short.MAX_VALUE, k);
                    continue;
                }
                int before = k - 1 - prevLow;
                double diagonal = before >= 0 && before < width ? reach[before] + pair : inf;
                int same = k - prevLow;
                double share = same >= 0 && same < width ? previous[same] + SKIP : inf;
                if (diagonal <= share) {
                    current[c] = diagonal;
                    back[j * width + c] = before >= 0 && before < width ? passed[before] : 0;
                } else {
                    current[c] = share;
                    back[j * width + c] = SHARE;
                }
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        int lastLow = lowOf(s - 1, slope, band);
        int bestK = -1;
        double bestCost = inf;
        for (int c = 0; c < width; c++) {
            int k = lastLow + c;
            if (k >= 0 && k < n && previous[c] + SKIP * (n - 1 - k) < bestCost) {
                bestCost = previous[c] + SKIP * (n - 1 - k);
                bestK = k;
            }
        }
        int[] nucleusOf = new int[s];
        if (bestK < 0) {
            // The band missed every nucleus (too few of them): the diagonal is all there is.
            for (int j = 0; j < s; j++) {
                nucleusOf[j] = (int) Math.min(n - 1, Math.floor(j * slope));
            }
            return nucleusOf;
        }
        int k = bestK;
        for (int j = s - 1; j >= 0; j--) {
            nucleusOf[j] = k;
            short how = back[j * width + (k - lowOf(j, slope, band))];
            if (j > 0 && how != SHARE) {
                k = k - 1 - how;
            }
        }
        return nucleusOf;
    }

    private static int lowOf(int j, double slope, int band) {
        return (int) Math.floor(j * slope) - band;
    }

    private static double at(double[] row, int c, int width) {
        return c >= 0 && c < width ? row[c] : Double.POSITIVE_INFINITY;
    }

    private static double pairCost(double text, double heard) {
        double missed = Math.max(0, text - heard);
        double extra = Math.max(0, heard - text);
        return MISSED_PAUSE * missed * missed + EXTRA_PAUSE * extra * extra;
    }
}
