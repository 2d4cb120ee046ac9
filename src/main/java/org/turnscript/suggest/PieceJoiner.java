package org.turnscript.suggest;

import java.util.List;

/**
 * Joins pieces of speech into voices bottom-up: each step joins the two voices that one Gaussian fits best together,
 * by ΔBIC, the rise in misfit ({@link VoiceModel.Builder#misfitWith}, each frame weighted by
 * {@link VoicePath#FRAME_WEIGHT}, since neighbouring frames say nearly the same) less the penalty for the model the
 * join saves. It joins while there are more voices than speakers, and after that while a join still pays
 * (ΔBIC below zero): a roster may name someone who never speaks. Each voice keeps its nearest neighbour, so a join
 * costs one row of distances, not the whole table.
 */
final class PieceJoiner {

    /** Free parameters of one voice: the means, the covariance, the pitch's mean and variance. */
    private static final int PARAMETERS = VoiceStats.DIMENSIONS + VoiceStats.DIMENSIONS * (VoiceStats.DIMENSIONS + 1) / 2
            + 2;

    /**
     * A voice with less than this share of the recording's speech is not counted against the roster: pieces that
     * straddle a change, a laugh, or words timed into the wrong pause stay apart from everything while they are
     * small, and would otherwise make two real voices join to leave room for them. In a long recording such odds and
     * ends add up to minutes, so the bar is a share, not a length. A guest who says less than this is not told apart.
     */
    static final double VOICE_SHARE = 0.02;

    private PieceJoiner() {
    }

    /**
     * @param pieces   the frames of each piece; joined in place
     * @param speakers the most voices to keep
     * @param floor    per coefficient and, last, for the pitch: what the variances are raised by
     * @param penalty  the weight of the penalty per voice (BIC's λ)
     * @return per piece its voice, numbered in the order the voices are first heard
     */
    static int[] join(List<VoiceModel.Builder> pieces, int speakers, double[] floor, double penalty) {
        int m = pieces.size();
        int total = 0;
        for (VoiceModel.Builder p : pieces) {
            total += p.frames();
        }
        int big = (int) Math.max(VoiceClusters.MIN_PIECE_FRAMES, Math.ceil(VOICE_SHARE * total));
        double pitchFloor = floor[VoiceStats.DIMENSIONS];
        double[][] work = new double[VoiceStats.DIMENSIONS + 1][VoiceStats.DIMENSIONS];
        VoiceModel.Builder[] voice = pieces.toArray(new VoiceModel.Builder[0]);
        double[] misfit = new double[m];
        for (int i = 0; i < m; i++) {
            misfit[i] = voice[i].misfit(floor, pitchFloor);
        }
        float[][] cost = new float[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                float c = (float) joinCost(voice[i], voice[j], misfit[i], misfit[j], floor, work);
                cost[i][j] = c;
                cost[j][i] = c;
            }
        }
        boolean[] alive = new boolean[m];
        java.util.Arrays.fill(alive, true);
        int[] nearest = new int[m];
        for (int i = 0; i < m; i++) {
            nearest[i] = nearestOf(i, cost, alive);
        }
        int[] owner = new int[m];
        for (int i = 0; i < m; i++) {
            owner[i] = i;
        }
        int count = m;
        while (count > 1) {
            int a = -1;
            for (int i = 0; i < m; i++) {
                if (alive[i] && nearest[i] >= 0 && (a < 0 || cost[i][nearest[i]] < cost[a][nearest[a]])) {
                    a = i;
                }
            }
            if (a < 0) {
                break;
            }
            int b = nearest[a];
            boolean bothVoices = voice[a].frames() >= big && voice[b].frames() >= big;
            if (bothVoices && voices(voice, alive, big) <= speakers
                    && bic(voice[a], voice[b], misfit[a], misfit[b], floor, penalty, work) > 0) {
                break;
            }
            voice[a].addAll(voice[b]);
            misfit[a] = voice[a].misfit(floor, pitchFloor);
            alive[b] = false;
            owner[b] = a;
            count--;
            for (int k = 0; k < m; k++) {
                if (alive[k] && k != a) {
                    float c = (float) joinCost(voice[a], voice[k], misfit[a], misfit[k], floor, work);
                    cost[a][k] = c;
                    cost[k][a] = c;
                }
            }
            nearest[a] = nearestOf(a, cost, alive);
            for (int k = 0; k < m; k++) {
                if (!alive[k] || k == a) {
                    continue;
                }
                if (nearest[k] == a || nearest[k] == b) {
                    nearest[k] = nearestOf(k, cost, alive);
                } else if (cost[k][a] < cost[k][nearest[k]]) {
                    nearest[k] = a;
                }
            }
        }
        // What is left too small to be anyone's joins the voice nearest it that is.
        for (int k = 0; k < m; k++) {
            if (!alive[k] || voice[k].frames() >= big) {
                continue;
            }
            int best = -1;
            for (int i = 0; i < m; i++) {
                if (alive[i] && voice[i].frames() >= big && (best < 0 || cost[k][i] < cost[k][best])) {
                    best = i;
                }
            }
            if (best >= 0) {
                alive[k] = false;
                owner[k] = best;
            }
        }
        int[] out = new int[m];
        int[] number = new int[m];
        java.util.Arrays.fill(number, -1);
        int next = 0;
        for (int i = 0; i < m; i++) {
            int root = i;
            while (owner[root] != root) {
                root = owner[root];
            }
            if (number[root] < 0) {
                number[root] = next++;
            }
            out[i] = number[root];
        }
        return out;
    }

    /**
     * Joins neighbouring pieces, the two that one Gaussian fits best together first, until at most {@code most} are
     * left: a long recording has more 3-second pieces than can be joined all against all, and neighbours are mostly
     * the same speaker going on. Pieces on either side of a change of voice join last, so the pieces stay pure where
     * longer cuts would straddle turns.
     *
     * @param ranges per piece, its words [from, to), in order; joined in place
     * @param pieces per piece, its frames; joined in place
     */
    static void joinNeighbours(List<int[]> ranges, List<VoiceModel.Builder> pieces, int most, double[] floor) {
        double[][] work = new double[VoiceStats.DIMENSIONS + 1][VoiceStats.DIMENSIONS];
        double pitchFloor = floor[VoiceStats.DIMENSIONS];
        List<Double> misfit = new java.util.ArrayList<>();
        for (VoiceModel.Builder p : pieces) {
            misfit.add(p.misfit(floor, pitchFloor));
        }
        List<Double> toNext = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < pieces.size(); i++) {
            toNext.add(joinCost(pieces.get(i), pieces.get(i + 1), misfit.get(i), misfit.get(i + 1), floor, work));
        }
        while (pieces.size() > most && !toNext.isEmpty()) {
            int best = 0;
            for (int i = 1; i < toNext.size(); i++) {
                if (toNext.get(i) < toNext.get(best)) {
                    best = i;
                }
            }
            pieces.get(best).addAll(pieces.remove(best + 1));
            ranges.get(best)[1] = ranges.remove(best + 1)[1];
            misfit.remove(best + 1);
            misfit.set(best, pieces.get(best).misfit(floor, pitchFloor));
            toNext.remove(best);
            if (best > 0) {
                toNext.set(best - 1, joinCost(pieces.get(best - 1), pieces.get(best), misfit.get(best - 1),
                        misfit.get(best), floor, work));
            }
            if (best < toNext.size()) {
                toNext.set(best, joinCost(pieces.get(best), pieces.get(best + 1), misfit.get(best),
                        misfit.get(best + 1), floor, work));
            }
        }
    }

    /**
     * How far apart two voices are: the rise in misfit per frame of the smaller, so that a large voice does not
     * swallow every short piece because a few frames more barely change it.
     */
    private static double joinCost(VoiceModel.Builder a, VoiceModel.Builder b, double misfitA, double misfitB,
            double[] floor, double[][] work) {
        double rise = a.misfitWith(b, floor, floor[VoiceStats.DIMENSIONS], work) - misfitA - misfitB;
        return rise / Math.max(1, Math.min(a.frames(), b.frames()));
    }

    /** ΔBIC of a join: below zero, one voice explains both as well as two, for the parameters it saves. */
    private static double bic(VoiceModel.Builder a, VoiceModel.Builder b, double misfitA, double misfitB,
            double[] floor, double penalty, double[][] work) {
        double rise = a.misfitWith(b, floor, floor[VoiceStats.DIMENSIONS], work) - misfitA - misfitB;
        double frames = VoicePath.FRAME_WEIGHT * (a.frames() + b.frames());
        return VoicePath.FRAME_WEIGHT * rise - penalty * 0.5 * PARAMETERS * Math.log(Math.max(2, frames));
    }

    /** How many voices hold enough speech ({@code big} frames) to be someone's. */
    private static int voices(VoiceModel.Builder[] voice, boolean[] alive, int big) {
        int count = 0;
        for (int i = 0; i < voice.length; i++) {
            if (alive[i] && voice[i].frames() >= big) {
                count++;
            }
        }
        return count;
    }

    private static int nearestOf(int i, float[][] cost, boolean[] alive) {
        int best = -1;
        for (int k = 0; k < cost.length; k++) {
            if (k != i && alive[k] && (best < 0 || cost[i][k] < cost[i][best])) {
                best = k;
            }
        }
        return best;
    }
}
