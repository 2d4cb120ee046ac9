package org.turnscript.timing;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Shares a text's words out over the stretches of sound of a recording, in order, by dynamic programming: speakers
 * do not pause inside a word, so each stretch holds whole words, and how long a stretch lasts tells how many. The
 * path lines up the pattern of long and short stretches with the pattern of long and short words, which puts the
 * words back in step after every few pauses instead of letting a miscount drift on for minutes.
 *
 * <p>A group of one to {@value #MAX_SOUNDS} consecutive stretches takes one or more consecutive words. It costs
 * (ln((s + c) / (e + c)))² / (2σ²) for its sound seconds s against the words' expected seconds e (σ =
 * {@value #SIGMA}, c = {@value #SLACK_S} s), plus {@value #NUCLEI}·(h − ρ·y)² / (ρ·y + 1) for the h syllable
 * nuclei heard in it against its y syllables spelt (ρ: nuclei heard per syllable spelt over the whole run), plus
 * {@value #INNER_PAUSE} per second of pause inside it (a word that straddles a pause is rare). A turn that starts
 * inside a group costs {@value #TURN_INSIDE}; a group that opens with a turn gains
 * {@value #TURN_AT_PAUSE}·log2(1 + pause / 0.15 s) for the pause before it. A long pause (from
 * {@value #LONG_PAUSE_S} s, weighed by L = log2(pause / {@value #LONG_PAUSE_S} s)) is also heard without a turn in the
 * text: the word before it is drawn out (phrase-final lengthening: it is expected {@value #FINAL_LENGTHENING} longer,
 * fully from L = 1), and a group that opens after it with a word that opens phrases ("yeah", "so", "um": see
 * {@link PhraseEdges}) gains {@value #OPENS_AT_PAUSE}·L. A stretch may also be
 * left without words (a cough, a jingle) for {@value #SKIP} plus {@value #SKIP_PER_S} per second. When the text has
 * times of its own (a caption file's cues spread over their words), a group whose first word they put d ms from
 * the pause before it (0 inside the pause) costs d² / (2·{@value #PRIOR_SD_MS}²) more, so that the words cannot
 * drift from their cues (ADR 29). The path runs in a
 * band of words around the even spread of the words over the sound, and within it builds only on the word counts
 * whose cost is within {@value #BEAM} of each stretch's best (ADR 27): O(stretches × beam width × words per group),
 * so the time grows with the recording's length, not its square.
 */
final class SoundPath {

    static final int MAX_SOUNDS = 3;
    static final double SIGMA = 0.5;
    static final double SLACK_S = 0.08;
    static final double INNER_PAUSE = 4.0;
    static final double TURN_INSIDE = 4.0;
    static final double TURN_AT_PAUSE = 1.0;
    static final double SKIP = 3.0;
    static final double SKIP_PER_S = 3.0;
    static final double NUCLEI = 0.5;
    static final double LONG_PAUSE_S = 0.3;
    static final double FINAL_LENGTHENING = 0.3;
    static final double OPENS_AT_PAUSE = 0.1;
    /**
     * How far a caption cue's spread may put a group's first word from the pause before the group's sound, as the
     * standard deviation of a Gaussian (ADR 29).
     */
    static final double PRIOR_SD_MS = 1000;
    /**
     * Only the words whose cost is within this many log units of a row's best are built on: the others' paths are
     * too unlikely to come back. Without it the path costs O(stretches × band), and the band grows with the words,
     * so a two-hour recording took seven times as long as a 38-minute one.
     */
    static final double BEAM = 30;
    /** Half the band, in words, at least. */
    static final int MIN_BAND = 150;
    /** No group holds more words than this. */
    static final int MAX_WORDS = 60;

    /** How a stretch was used. */
    static final byte OPENS = 0;
    static final byte CONTINUES = 1;
    static final byte SKIPPED = 2;

    /** Where the path put the words. */
    record Path(int[] wordsBefore, byte[] use, double cost, double priorCost) {

        /** What the path costs by the recording and the text alone, without the cues' prior. */
        double soundCost() {
            return cost - priorCost;
        }

        /** How many groups of stretches took words. */
        int groups() {
            int count = 0;
            for (byte u : use) {
                count += u == OPENS ? 1 : 0;
            }
            return count;
        }


        /** One group: stretches {@code [firstSound, endSound)} that took words {@code [firstWord, endWord)}. */
        interface GroupVisitor {
            void group(int firstSound, int endSound, int firstWord, int endWord);
        }

        /** Each group of stretches that took words together, in order; skipped stretches are passed by. */
        void forEachGroup(GroupVisitor visitor) {
            int m = use.length;
            int i = 0;
            while (i < m) {
                if (use[i] == SKIPPED) {
                    i++;
                    continue;
                }
                int last = i + 1;
                while (last < m && use[last] == CONTINUES) {
                    last++;
                }
                visitor.group(i, last, wordsBefore[i], wordsBefore[last]);
                i = last;
            }
        }
    }

    private SoundPath() {
    }

    /**
     * @param expectedS  per word, the seconds of sound it is expected to take
     * @param turnBefore per word, 0 to 1: how surely the text expects a pause before it
     * @param opens      per word, 0 to 1: how surely it opens a phrase ({@link PhraseEdges#opensPhrase})
     * @param syllables  per word, its syllables as spelt
     * @param starts     per stretch of sound, its start in ms
     * @param ends       per stretch, its end in ms
     * @param nuclei     per stretch, the syllable nuclei heard in it
     * @param lead       the ms before the first stretch where the gap opens (for the pause before it)
     * @param cancelled  asked once per stretch; when it says yes, the path stops and returns null
     * @return per stretch, how many words come before it and how it is used; null when cancelled, or when no path
     *         shares all the words over the stretches
     */
    static Path align(double[] expectedS, double[] turnBefore, double[] opens, double[] syllables, long[] starts,
            long[] ends, int[] nuclei, long lead, BooleanSupplier cancelled) {
        Path path = align(expectedS, turnBefore, opens, syllables, starts, ends, nuclei, lead, null, BEAM, cancelled);
        if (path == null && !cancelled.getAsBoolean()) {
            // The beam lost the path's end (no seen case does): the whole band, as slow as that is.
            path = align(expectedS, turnBefore, opens, syllables, starts, ends, nuclei, lead, null,
                    Double.POSITIVE_INFINITY, cancelled);
        }
        return path;
    }

    /**
     * As above, with {@code priorMs}: per word, where the text's own times put its start (a caption cue's spread,
     * lined up with the recording), or NaN. Only the beam is searched: when it loses the path's end, as cues far off
     * the recording make it do, this gives null (the path without the prior stands) instead of searching the whole
     * band, as slow as that is, for a path that would not be kept.
     */
    static Path alignNear(double[] expectedS, double[] turnBefore, double[] opens, double[] syllables, long[] starts,
            long[] ends, int[] nuclei, long lead, double[] priorMs, BooleanSupplier cancelled) {
        return align(expectedS, turnBefore, opens, syllables, starts, ends, nuclei, lead, priorMs, BEAM, cancelled);
    }

    /** As above, building only on the words within {@code beam} of each row's best (infinity: all of the band). */
    static Path align(double[] expectedS, double[] turnBefore, double[] opens, double[] syllables,
            long[] starts, long[] ends, int[] nuclei, long lead, double beam, BooleanSupplier cancelled) {
        return align(expectedS, turnBefore, opens, syllables, starts, ends, nuclei, lead, null, beam, cancelled);
    }

    private static Path align(double[] expectedS, double[] turnBefore, double[] opens, double[] syllables,
            long[] starts, long[] ends, int[] nuclei, long lead, double[] priorMs, double beam,
            BooleanSupplier cancelled) {
        int n = expectedS.length;
        int m = starts.length;
        double[] cumE = new double[n + 1];
        for (int j = 0; j < n; j++) {
            cumE[j + 1] = cumE[j] + expectedS[j];
        }
        double[] cumS = new double[m + 1];
        double[] pauseBefore = new double[m];
        for (int i = 0; i < m; i++) {
            cumS[i + 1] = cumS[i] + (ends[i] - starts[i]) / 1000.0;
            pauseBefore[i] = Math.max(0, starts[i] - (i > 0 ? ends[i - 1] : lead)) / 1000.0;
        }
        // How long the pause before each stretch is, as a phrase boundary: 0 up to LONG_PAUSE_S, 1 at twice that.
        double[] longPause = new double[m];
        for (int i = 0; i < m; i++) {
            longPause[i] = Math.max(0, log2(pauseBefore[i] / LONG_PAUSE_S));
        }
        double[] cumSyl = new double[n + 1];
        for (int j = 0; j < n; j++) {
            cumSyl[j + 1] = cumSyl[j] + syllables[j];
        }
        double[] cumN = new double[m + 1];
        for (int i = 0; i < m; i++) {
            cumN[i + 1] = cumN[i] + nuclei[i];
        }
        double rho = cumSyl[n] > 0 ? cumN[m] / cumSyl[n] : 0;
        double nucleusWeight = rho > 0 ? NUCLEI : 0;
        double[] turnPrefix = new double[n + 1];
        for (int j = 0; j < n; j++) {
            turnPrefix[j + 1] = turnPrefix[j] + turnBefore[j];
        }
        int band = Math.max(MIN_BAND, n / 20);
        int width = 2 * band + 1;
        int[] low = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            // The even spread: the share of the words said by the start of stretch i is its share of the sound.
            int centre = cumS[m] > 0 ? (int) Math.round(n * cumS[i] / cumS[m]) : i * n / Math.max(1, m);
            low[i] = Math.max(0, Math.min(centre - band, n + 1 - width));
        }
        low[0] = 0;
        low[m] = Math.max(0, n + 1 - width);
        double inf = Double.POSITIVE_INFINITY;
        // Rows i-MAX_SOUNDS .. i of the costs, in a ring; back pointers for the cells worked out in every row.
        double[][] cost = new double[MAX_SOUNDS + 1][width];
        // back: words in the group (0 = the stretch is skipped) and stretches in the group, packed; row i's
        // first entry is for word backFrom[i].
        short[][] back = new short[m + 1][];
        int[] backFrom = new int[m + 1];
        // Per row, the words whose cost is within the beam of the row's best: only they are built on.
        int[] liveFrom = new int[m + 1];
        int[] liveTo = new int[m + 1];
        Arrays.fill(cost[0], inf);
        cost[0][0] = 0;
        double twoSigma2 = 2 * SIGMA * SIGMA;
        for (int i = 1; i <= m; i++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            double[] row = cost[i % (MAX_SOUNDS + 1)];
            Arrays.fill(row, inf);
            // Reachable from the live words of the rows a group can start at (a skipped stretch keeps the word).
            int jFrom = liveFrom[i - 1];
            int jTo = liveTo[i - 1];
            for (int g = 1; g <= MAX_SOUNDS && g <= i; g++) {
                jFrom = Math.min(jFrom, liveFrom[i - g] + 1);
                jTo = Math.max(jTo, liveTo[i - g] + MAX_WORDS);
            }
            jFrom = Math.max(jFrom, low[i]);
            jTo = Math.min(jTo, Math.min(n, low[i] + width - 1));
            back[i] = new short[Math.max(0, jTo - jFrom + 1)];
            backFrom[i] = jFrom;
            double rowBest = inf;
            for (int j = jFrom; j <= jTo; j++) {
                int c = j - low[i];
                double best = inf;
                short how = 0;
                // The stretch i-1 is skipped.
                double skipped = at(cost[(i - 1) % (MAX_SOUNDS + 1)], j - low[i - 1], width);
                if (skipped < inf) {
                    best = skipped + SKIP + SKIP_PER_S * (cumS[i] - cumS[i - 1]);
                    how = 0;
                }
                for (int g = 1; g <= MAX_SOUNDS && g <= i; g++) {
                    int first = i - g;
                    double[] from = cost[first % (MAX_SOUNDS + 1)];
                    double sound = cumS[i] - cumS[first];
                    double inner = 0;
                    for (int q = first + 1; q < i; q++) {
                        inner += pauseBefore[q];
                    }
                    double fixed = INNER_PAUSE * inner;
                    for (int k = 1; k <= MAX_WORDS && k <= j; k++) {
                        int start = j - k;
                        // Stretch i (when there is one) follows the group: its pause draws out the group's last word.
                        double expected = cumE[j] - cumE[start]
                                + (i < m ? FINAL_LENGTHENING * Math.min(1, longPause[i]) * expectedS[j - 1] : 0);
                        if (expected > 4 * sound + 1.0) {
                            break;
                        }
                        double previous = at(from, start - low[first], width);
                        if (previous == inf) {
                            continue;
                        }
                        double ratio = Math.log((sound + SLACK_S) / (expected + SLACK_S));
                        double heardNuclei = cumN[i] - cumN[first];
                        double textNuclei = rho * (cumSyl[j] - cumSyl[start]);
                        double miss = heardNuclei - textNuclei;
                        double total = previous + fixed + ratio * ratio / twoSigma2
                                + nucleusWeight * miss * miss / (textNuclei + 1)
                                + TURN_INSIDE * (turnPrefix[j] - turnPrefix[start + 1])
                                - TURN_AT_PAUSE * turnBefore[start] * log2(1 + pauseBefore[first] / 0.15)
                                - OPENS_AT_PAUSE * opens[start] * longPause[first];
                        if (priorMs != null) {
                            total += prior(priorMs, start, starts, pauseBefore, first);
                        }
                        if (total < best) {
                            best = total;
                            how = (short) (k | (g << 8));
                        }
                    }
                }
                row[c] = best;
                back[i][j - jFrom] = how;
                rowBest = Math.min(rowBest, best);
            }
            liveFrom[i] = n + 1;
            liveTo[i] = -1;
            for (int j = jFrom; j <= jTo; j++) {
                if (row[j - low[i]] <= rowBest + beam) {
                    liveFrom[i] = Math.min(liveFrom[i], j);
                    liveTo[i] = j;
                }
            }
            if (liveTo[i] < 0) {
                return null;
            }
        }
        int[] wordsBefore = new int[m + 1];
        byte[] use = new byte[m];
        int j = n;
        int i = m;
        double total = at(cost[m % (MAX_SOUNDS + 1)], n - low[m], width);
        if (total == inf) {
            return null;
        }
        double priorCost = 0;
        while (i > 0) {
            short how = back[i][j - backFrom[i]];
            int k = how & 0xff;
            int g = how >> 8;
            if (k == 0) {
                use[i - 1] = SKIPPED;
                wordsBefore[i - 1] = j;
                i--;
                continue;
            }
            for (int q = i - g; q < i; q++) {
                use[q] = q == i - g ? OPENS : CONTINUES;
                wordsBefore[q] = j - k;
            }
            if (priorMs != null) {
                priorCost += prior(priorMs, j - k, starts, pauseBefore, i - g);
            }
            wordsBefore[i] = j;
            i -= g;
            j -= k;
        }
        wordsBefore[m] = n;
        return new Path(wordsBefore, use, total, priorCost);
    }

    /**
     * What the cues' prior adds for a group whose first word is {@code word} and first stretch {@code first}. A cue
     * spread over a pause puts the words after it early, into the pause or before it: a word the cue puts inside the
     * pause is taken as said at its end.
     */
    private static double prior(double[] priorMs, int word, long[] starts, double[] pauseBefore, int first) {
        if (Double.isNaN(priorMs[word])) {
            return 0;
        }
        double off = Math.max(0, Math.max(priorMs[word] - starts[first],
                starts[first] - pauseBefore[first] * 1000 - priorMs[word]));
        return off * off / (2 * PRIOR_SD_MS * PRIOR_SD_MS);
    }

    private static double at(double[] row, int c, int width) {
        return c >= 0 && c < width ? row[c] : Double.POSITIVE_INFINITY;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
