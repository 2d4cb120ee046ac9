package org.turnscript.suggest;

import org.turnscript.audio.VoiceFrames;

/**
 * One voice as a distribution of its frames: a Gaussian with a full covariance over the twelve timbre coefficients
 * (how they move together is as much a voice as where they sit), and a Gaussian over the log pitch of its voiced
 * frames. Scores how likely a frame is in that voice. Learnt from a speaker's confirmed words, or from all the
 * speech of the recording as the voice of "someone not yet heard".
 *
 * <p>A voice learnt from a few seconds has a covariance too narrow in the directions it did not cover; it is pulled
 * towards the recording's own ({@value #PRIOR_FRAMES} frames' worth), so a short turn does not make an overconfident
 * model.
 */
final class VoiceModel {

    private static final int D = VoiceStats.DIMENSIONS;
    /** How many frames' worth of the recording's own covariance a learnt one is mixed with. */
    static final double PRIOR_FRAMES = 100;

    private final double[] mean = new double[D];
    /** The lower Cholesky factor of the covariance, row by row. */
    private final double[][] chol = new double[D][D];
    private final double logNorm;
    private final double pitchMean;
    private final double pitchVariance;
    final int frames;

    private VoiceModel(double[] sum, double[][] cross, int n, double pitchSum, double pitchSquares, int voiced,
                       VoiceModel prior) {
        this.frames = n;
        double[][] cov = new double[D][D];
        for (int a = 0; a < D; a++) {
            mean[a] = sum[a] / n;
        }
        double w = prior == null ? 0 : PRIOR_FRAMES / (PRIOR_FRAMES + n);
        for (int a = 0; a < D; a++) {
            for (int b = 0; b <= a; b++) {
                double own = cross[a][b] / n - mean[a] * mean[b];
                double c = prior == null ? own : (1 - w) * own + w * prior.covariance(a, b);
                cov[a][b] = c;
                cov[b][a] = c;
            }
            cov[a][a] += 1e-6;
        }
        double logDet = cholesky(cov, chol);
        logNorm = -0.5 * (D * Math.log(2 * Math.PI) + logDet);
        double pm = voiced == 0 ? (prior == null ? 0 : prior.pitchMean) : pitchSum / voiced;
        double pv = voiced == 0 ? (prior == null ? 1 : prior.pitchVariance)
                : Math.max(1e-4, pitchSquares / voiced - pm * pm);
        if (prior != null) {
            double pw = PRIOR_FRAMES / (PRIOR_FRAMES + voiced);
            pv = (1 - pw) * pv + pw * prior.pitchVariance;
        }
        pitchMean = pm;
        pitchVariance = pv;
    }

    /** The covariance of coefficients {@code a} and {@code b}, multiplied back from the Cholesky factor. */
    private double covariance(int a, int b) {
        double s = 0;
        for (int k = 0; k <= Math.min(a, b); k++) {
            s += chol[a][k] * chol[b][k];
        }
        return s;
    }

    /**
     * Factors the lower triangle of {@code cov} into {@code l} (lower; may be {@code cov} itself) and returns the log
     * determinant.
     */
    private static double cholesky(double[][] cov, double[][] l) {
        double logDet = 0;
        for (int i = 0; i < D; i++) {
            for (int j = 0; j <= i; j++) {
                double s = cov[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    double d = Math.sqrt(Math.max(s, 1e-9));
                    l[i][i] = d;
                    logDet += 2 * Math.log(d);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return logDet;
    }

    /** Log density of frame {@code f} in this voice: timbre, plus the pitch where the frame is voiced. */
    double logLikelihood(VoiceFrames v, int f) {
        double[] z = new double[D];
        double m = 0;
        for (int i = 0; i < D; i++) {
            double s = v.coefficient(f, i) - mean[i];
            for (int k = 0; k < i; k++) {
                s -= chol[i][k] * z[k];
            }
            z[i] = s / chol[i][i];
            m += z[i] * z[i];
        }
        double ll = logNorm - 0.5 * m;
        float p = v.logPitch(f);
        if (!Float.isNaN(p)) {
            double d = p - pitchMean;
            ll += -0.5 * (Math.log(2 * Math.PI * pitchVariance) + d * d / pitchVariance);
        }
        return ll;
    }

    /** Gathers the speech frames of some stretches of a recording and makes a voice of them. */
    static final class Builder {
        private final double[] sum = new double[D];
        private final double[][] cross = new double[D][D];
        private int n;
        private double pitchSum;
        private double pitchSquares;
        private int voiced;

        /** Adds the speech frames that start in [{@code fromMs}, {@code toMs}). */
        Builder add(VoiceFrames v, long fromMs, long toMs) {
            int to = Math.min(v.size(), VoiceFrames.frameAt(toMs));
            for (int f = VoiceFrames.frameAt(fromMs); f < to; f++) {
                if (v.speech(f)) {
                    addFrame(v, f);
                }
            }
            return this;
        }

        private void addFrame(VoiceFrames v, int f) {
            for (int a = 0; a < D; a++) {
                double x = v.coefficient(f, a);
                sum[a] += x;
                for (int b = 0; b <= a; b++) {
                    cross[a][b] += x * v.coefficient(f, b);
                }
            }
            n++;
            float p = v.logPitch(f);
            if (!Float.isNaN(p)) {
                pitchSum += p;
                pitchSquares += p * p;
                voiced++;
            }
        }

        int frames() {
            return n;
        }

        /** Adds every frame {@code other} gathered. */
        Builder addAll(Builder other) {
            for (int a = 0; a < D; a++) {
                sum[a] += other.sum[a];
                for (int b = 0; b <= a; b++) {
                    cross[a][b] += other.cross[a][b];
                }
            }
            n += other.n;
            pitchSum += other.pitchSum;
            pitchSquares += other.pitchSquares;
            voiced += other.voiced;
            return this;
        }

        /**
         * How poorly one Gaussian fits these frames: half the frames times the log determinant of their covariance,
         * plus the same for the pitch of the voiced ones (the negative log likelihood at its best, constants left
         * out). Joining two sets of frames costs more than their parts by how different they are. The variances are
         * raised by {@code floor} (per coefficient) and {@code pitchFloor}, so that a short stretch is not a perfect
         * fit of itself.
         */
        double misfit(double[] floor, double pitchFloor) {
            return misfitWith(null, floor, pitchFloor, new double[D + 1][D]);
        }

        /**
         * The {@link #misfit} of these frames and {@code other}'s (null: none) together, without joining them,
         * worked out in {@code work} ((D + 1) × D, overwritten) so that a caller asking often allocates nothing.
         */
        double misfitWith(Builder other, double[] floor, double pitchFloor, double[][] work) {
            int count = n + (other == null ? 0 : other.n);
            if (count == 0) {
                return 0;
            }
            double[] mean = work[D];
            for (int a = 0; a < D; a++) {
                mean[a] = (sum[a] + (other == null ? 0 : other.sum[a])) / count;
            }
            for (int a = 0; a < D; a++) {
                for (int b = 0; b <= a; b++) {
                    work[a][b] = (cross[a][b] + (other == null ? 0 : other.cross[a][b])) / count - mean[a] * mean[b];
                }
                work[a][a] += floor[a];
            }
            double misfit = 0.5 * count * cholesky(work, work);
            int v = voiced + (other == null ? 0 : other.voiced);
            if (v > 0) {
                double m = (pitchSum + (other == null ? 0 : other.pitchSum)) / v;
                double squares = (pitchSquares + (other == null ? 0 : other.pitchSquares)) / v;
                misfit += 0.5 * v * Math.log(Math.max(0, squares - m * m) + pitchFloor);
            }
            return misfit;
        }

        /** The variance of coefficient {@code a} over these frames. */
        double variance(int a) {
            return n == 0 ? 0 : Math.max(0, cross[a][a] / n - sum[a] / n * (sum[a] / n));
        }

        /** The variance of the log pitch over the voiced frames. */
        double pitchVariance() {
            return voiced == 0 ? 0 : Math.max(0, pitchSquares / voiced - pitchSum / voiced * (pitchSum / voiced));
        }

        /** The voice, pulled towards {@code prior} (null: as measured). */
        VoiceModel build(VoiceModel prior) {
            return new VoiceModel(sum, cross, Math.max(1, n), pitchSum, pitchSquares, voiced, prior);
        }
    }
}
