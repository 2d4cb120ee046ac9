package org.turnscript.timing;

/**
 * How long this recording's speakers take over a word, learnt from a first {@link SoundPath}: each stretch of
 * sound that took a group of words on its own is one equation, its seconds = Σ (a + b·syllables + c·letters) over
 * the words, solved for a, b, c by least squares. Groups the first path fits badly (off by more than half) are
 * left out, so a wrong pairing does not teach the fit. Then the speaking rate: around each word, the sound
 * seconds of the groups within {@value SpeechTimer#RATE_WORDS} words over what the fit expects of them.
 */
final class DurationFit {

    /** No word is expected to take less than this, in seconds. */
    static final double MIN_WORD_S = 0.04;
    static final double TRUSTED_RATIO = 0.5;

    private DurationFit() {
    }

    /** The expected seconds per word from the fit, or {@code previous} when too few groups are trusted. */
    static double[] refit(SoundPath.Path path, double[][] features, long[] starts, long[] ends, double[] previous) {
        int n = features.length;
        int m = starts.length;
        int dims = features[0].length;
        double[][] normal = new double[dims][dims];
        double[] rhs = new double[dims];
        int equations = 0;
        for (int i = 0; i < m; i++) {
            if (path.use()[i] != SoundPath.OPENS || (i + 1 < m && path.use()[i + 1] == SoundPath.CONTINUES)) {
                continue;
            }
            int j0 = path.wordsBefore()[i];
            int j1 = path.wordsBefore()[i + 1];
            double sound = (ends[i] - starts[i]) / 1000.0;
            double expected = 0;
            double[] x = new double[dims];
            for (int j = j0; j < j1; j++) {
                expected += previous[j];
                for (int d = 0; d < dims; d++) {
                    x[d] += features[j][d];
                }
            }
            if (Math.abs(Math.log((sound + 0.05) / (expected + 0.05))) > TRUSTED_RATIO) {
                continue;
            }
            for (int a = 0; a < dims; a++) {
                rhs[a] += x[a] * sound;
                for (int b = 0; b < dims; b++) {
                    normal[a][b] += x[a] * x[b];
                }
            }
            equations++;
        }
        double[] beta = equations >= 10 * dims ? solve(normal, rhs) : null;
        double[] fitted = new double[n];
        for (int j = 0; j < n; j++) {
            if (beta == null) {
                fitted[j] = previous[j];
                continue;
            }
            double e = 0;
            for (int d = 0; d < dims; d++) {
                e += beta[d] * features[j][d];
            }
            fitted[j] = Math.max(MIN_WORD_S, e);
        }
        return withLocalRate(path, fitted, starts, ends);
    }

    /** Scales each word's expected seconds by the ratio of heard to expected sound around it. */
    private static double[] withLocalRate(SoundPath.Path path, double[] expected, long[] starts, long[] ends) {
        int n = expected.length;
        // Per word: the sound seconds of its group shared by expected length, so prefix sums over words work.
        double[] heard = new double[n];
        path.forEachGroup((i, last, j0, j1) -> {
            double sound = 0;
            for (int q = i; q < last; q++) {
                sound += (ends[q] - starts[q]) / 1000.0;
            }
            double weight = 0;
            for (int j = j0; j < j1; j++) {
                weight += expected[j];
            }
            for (int j = j0; j < j1; j++) {
                heard[j] = weight > 0 ? sound * expected[j] / weight : 0;
            }
        });
        double[] cumHeard = new double[n + 1];
        double[] cumExpected = new double[n + 1];
        for (int j = 0; j < n; j++) {
            cumHeard[j + 1] = cumHeard[j] + heard[j];
            cumExpected[j + 1] = cumExpected[j] + expected[j];
        }
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            int a = Math.max(0, j - SpeechTimer.RATE_WORDS);
            int b = Math.min(n, j + SpeechTimer.RATE_WORDS + 1);
            double e = cumExpected[b] - cumExpected[a];
            double rate = e > 0 ? (cumHeard[b] - cumHeard[a]) / e : 1;
            out[j] = expected[j] * rate;
        }
        return out;
    }

    /** Gaussian elimination with partial pivoting; null when singular. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int r = 0; r < n; r++) {
            m[r] = java.util.Arrays.copyOf(a[r], n + 1);
            m[r][n] = b[r];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-12) {
                return null;
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
