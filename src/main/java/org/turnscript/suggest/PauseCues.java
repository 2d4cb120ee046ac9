package org.turnscript.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Long pauses between words whose times are real (measured, anchored, or interpolated inside a timed cue).
 * Turn changes cluster at pauses, but so do a speaker's own breaths: a pause counts for more when it is rare in
 * this conversation and when an answer opener follows it. Estimated times give no pauses at all.
 */
final class PauseCues {

    /** Shorter silences are breaths. */
    static final long MIN_PAUSE_MS = 400;

    private PauseCues() {
    }

    static List<Candidate> find(WordStream ws) {
        List<Candidate> found = new ArrayList<>();
        long[] gaps = new long[ws.size()];
        int timed = 0;
        for (int i = 1; i < ws.size(); i++) {
            if (ws.gapBefore(i) >= 0) {
                gaps[timed++] = ws.gapBefore(i);
            }
        }
        if (timed < ws.size() / 10) {
            return found; // too few real times to tell a long pause from a usual one
        }
        long[] sorted = Arrays.copyOf(gaps, timed);
        Arrays.sort(sorted);
        for (int i = 1; i < ws.size(); i++) {
            long gap = ws.gapBefore(i);
            if (gap < MIN_PAUSE_MS) {
                continue;
            }
            double score = 0.3 + 0.3 * (Math.log(gap / 500.0) / Math.log(2));
            // A pause as long as one in fifty gaps of this conversation is common here: count it for less.
            double share = (timed - lowerBound(sorted, gap)) / (double) timed;
            if (share > 0.02) {
                score *= Math.sqrt(0.02 / share);
            }
            String opener = NameCues.openerAt(ws, i);
            if (opener != null) {
                score += Lexicon.STRONG_OPENERS.contains(opener) ? 0.15 : 0.05;
            }
            score = Math.max(0, Math.min(0.9, score));
            String detail = String.format(Locale.ROOT, "%.1f s", gap / 1000.0);
            found.add(new Candidate(i, score, TurnCue.PAUSE, detail, null, null));
        }
        return found;
    }

    private static int lowerBound(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
