package org.turnscript.suggest;

import java.util.List;
import org.turnscript.audio.VoiceFrames;

/**
 * Who speaks at each word, heard with a set of voice models: each word is scored against every voice by its speech
 * frames ({@link #emission}), and the likeliest sequence of voices is decoded with a cost for every change
 * (Viterbi, {@link #decode}). Used with the voices the editor confirmed ({@link VoiceTrack}) and with the voices
 * found in the recording before anyone is confirmed ({@link VoiceClusters}).
 */
final class VoicePath {

    /** Neighbouring frames are far from independent: each counts this much of its log likelihood. */
    static final double FRAME_WEIGHT = 0.2;
    /** Natural-log units a change of speaker costs in the decoding. */
    static final double SWITCH_COST = 6;
    /** Words after a change whose evidence sums up its score. */
    static final int SCORE_WORDS = 12;

    private VoicePath() {
    }

    /**
     * Per word and voice, the weighted log likelihood of the word's speech frames in that voice; all zero for a word
     * without a time (it then goes with its neighbours).
     */
    static double[][] emission(VoiceFrames frames, WordStream ws, List<VoiceModel> models) {
        int k = models.size();
        double[][] emission = new double[ws.size()][k];
        for (int i = 0; i < ws.size(); i++) {
            if (ws.start(i) < 0 || ws.end(i) <= ws.start(i)) {
                continue;
            }
            int to = Math.min(frames.size(), VoiceFrames.frameAt(ws.end(i)));
            for (int f = VoiceFrames.frameAt(ws.start(i)); f < to; f++) {
                if (frames.speech(f)) {
                    for (int s = 0; s < k; s++) {
                        emission[i][s] += FRAME_WEIGHT * models.get(s).logLikelihood(frames, f);
                    }
                }
            }
        }
        return emission;
    }

    /**
     * The likeliest voice per word, changes costing {@link #SWITCH_COST}; a word whose {@code forced} entry is not -1
     * is held to that voice.
     */
    static int[] decode(double[][] emission, int[] forced) {
        int n = emission.length;
        int[] path = new int[n];
        if (n == 0) {
            return path;
        }
        int k = emission[0].length;
        double[] score = new double[k];
        int[][] back = new int[n][k];
        for (int s = 0; s < k; s++) {
            score[s] = allowed(forced[0], s) ? emission[0][s] : Double.NEGATIVE_INFINITY;
        }
        double[] next = new double[k];
        for (int i = 1; i < n; i++) {
            int best = 0;
            for (int s = 1; s < k; s++) {
                if (score[s] > score[best]) {
                    best = s;
                }
            }
            for (int s = 0; s < k; s++) {
                if (!allowed(forced[i], s)) {
                    next[s] = Double.NEGATIVE_INFINITY;
                    back[i][s] = best;
                    continue;
                }
                double stay = score[s];
                double move = score[best] - SWITCH_COST;
                if (stay >= move || best == s) {
                    next[s] = stay + emission[i][s];
                    back[i][s] = s;
                } else {
                    next[s] = move + emission[i][s];
                    back[i][s] = best;
                }
            }
            System.arraycopy(next, 0, score, 0, k);
        }
        int s = 0;
        for (int t = 1; t < k; t++) {
            if (score[t] > score[s]) {
                s = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path[i] = s;
            s = back[i][s];
        }
        return path;
    }

    private static boolean allowed(int forced, int s) {
        return forced < 0 || forced == s;
    }

    /**
     * How sure the change of voice at word {@code i} of {@code path} is: from how much likelier the words after it
     * are in the new voice than in the old (at most {@link #SCORE_WORDS}, while the path stays in the new voice), at
     * least a plausible suggestion, never certain.
     */
    static double changeScore(double[][] emission, int[] path, int i) {
        int from = path[i - 1];
        int to = path[i];
        double margin = 0;
        for (int k = i; k < Math.min(path.length, i + SCORE_WORDS) && path[k] == to; k++) {
            margin += emission[k][to] - emission[k][from];
        }
        return Math.min(0.9, 0.3 + 0.05 * margin);
    }
}
