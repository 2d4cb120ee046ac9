package org.turnscript.timing;

/**
 * A caption file's cue times as a prior for timing its words from the recording ({@link SoundPath}): first lined up
 * with the recording by the pauses both keep ({@link #linedUp}), so that a file a second or two off still helps; then
 * kept only if the path found with them costs the sound little more than the one found without them
 * ({@link #follows}). Cues of this recording move words only where the sound can hardly tell; cues of another cut
 * (an advert put in) or of another talk pull the words off the sound, and are left out.
 */
final class CuePrior {

    /**
     * Natural-log units per group of stretches the cues may cost the sound. The development conversations' own
     * cues cost it 0.005 to 0.016; cues four seconds off cost a synthetic talk 0.38, and cues in disorder 5.3.
     */
    static final double MAX_EXTRA = 0.1;

    /** Pauses in the cues and in the recording at least this long line the two up. */
    static final long GAP_MS = 250;
    /** Offsets looked at, either way, and the width of one vote's bin. */
    static final long MAX_SHIFT_MS = 5_000;
    static final long BIN_MS = 100;
    /** The offset the most cue gaps vote for needs this many votes, and this share of the gaps. */
    static final int MIN_VOTES = 3;
    static final double MIN_SHARE = 0.3;

    private CuePrior() {
    }

    /**
     * {@code prior} lined up with the recording by its pauses: every gap of at least {@value #GAP_MS} ms between two
     * consecutive words' cue times (a pause the caption file keeps) votes for the offsets from its end to the ends of
     * the recording's pauses of at least that length within {@value #MAX_SHIFT_MS} ms ({@code lead}: where the gap
     * before the first stretch opens). Cues of this recording get most votes near 0 and stay; cues a few seconds off
     * it (a subtitle file made for a slightly different cut, or delayed) are moved by the offset most gaps agree on,
     * the smaller of two that tie. Without such gaps (cues that run on into each other) or agreement, they stay.
     */
    static double[] linedUp(double[] prior, double[] priorEnds, long[] starts, long[] ends, long lead) {
        int steps = (int) (MAX_SHIFT_MS / BIN_MS);
        // Votes are kept a bin beyond the offsets looked at, so that the outermost ones have both neighbours.
        int[] votes = new int[2 * steps + 3];
        int centre = steps + 1;
        int gaps = 0;
        double previous = Double.NaN;
        for (int w = 0; w < prior.length; w++) {
            double p = prior[w];
            if (Double.isNaN(p)) {
                previous = Double.NaN; // a word without a cue time: the gap across it is not the caption file's
                continue;
            }
            if (!Double.isNaN(previous) && p - previous >= GAP_MS) {
                gaps++;
                int from = java.util.Arrays.binarySearch(starts, (long) (p - MAX_SHIFT_MS) - 2 * BIN_MS);
                for (int i = from < 0 ? -from - 1 : from; i < starts.length
                        && starts[i] <= p + MAX_SHIFT_MS + 2 * BIN_MS; i++) {
                    if (starts[i] - (i > 0 ? ends[i - 1] : lead) < GAP_MS) {
                        continue;
                    }
                    long offset = Math.round((starts[i] - p) / BIN_MS);
                    if (Math.abs(offset) <= centre) {
                        votes[(int) offset + centre]++;
                    }
                }
            }
            previous = priorEnds[w];
        }
        int best = centre;
        for (int k = 1; k < votes.length - 1; k++) {
            // A vote's neighbours count too: a pause's end is only known to a bin.
            int here = smoothed(votes, k);
            int top = smoothed(votes, best);
            if (here > top || here == top && Math.abs(k - centre) < Math.abs(best - centre)) {
                best = k;
            }
        }
        int bestVotes = smoothed(votes, best);
        if (best == centre || bestVotes < MIN_VOTES || bestVotes < MIN_SHARE * gaps
                || bestVotes <= smoothed(votes, centre)) {
            return prior;
        }
        double shift = (best - centre) * (double) BIN_MS;
        double[] out = new double[prior.length];
        for (int k = 0; k < prior.length; k++) {
            out[k] = prior[k] + shift;
        }
        return out;
    }

    private static int smoothed(int[] votes, int k) {
        return votes[k] + (k > 0 ? votes[k - 1] : 0) + (k + 1 < votes.length ? votes[k + 1] : 0);
    }

    /** Whether {@code cued}, found with the cues' prior, costs the sound little more than {@code heard} without. */
    static boolean follows(SoundPath.Path cued, SoundPath.Path heard) {
        double extra = (cued.soundCost() - heard.soundCost()) / Math.max(1, heard.groups());
        return extra <= MAX_EXTRA;
    }
}
