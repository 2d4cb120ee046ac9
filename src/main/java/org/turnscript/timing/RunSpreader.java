package org.turnscript.timing;

import org.turnscript.model.TimeSource;
import org.turnscript.model.Word;

/**
 * Spreads one run of words that have no fixed time over the gap it sits in. Shared by the estimator and by
 * anchors, so an anchor re-times its neighbours exactly as an estimate would have timed them.
 *
 * <p>Every word first gets 1 ms, so times strictly increase. The rest of the gap is shared out: each sound gets
 * {@value DurationEstimator#SOUND_TAG_MS} ms, but all sounds of a run together never more than a quarter of it;
 * speech words and the {@link Pauses} between them share what is left in proportion to {@link SpokenLength}.
 * A pause is a silence between two words, so words are contiguous only where no pause is expected.
 */
final class RunSpreader {

    /** Sound tags are guesses too: they must not swallow a short recording. */
    private static final double MAX_SOUND_SHARE = 0.25;

    private RunSpreader() {
    }

    /**
     * Times words {@code [from, to)} of {@code flat} within {@code [gapStart, gapEnd]} as {@link TimeSource#ESTIMATED}.
     * The pause after the fixed word before the run opens the gap and, when a fixed word follows, the pause after
     * the run's last word closes it. A gap shorter than 1 ms per word gives zero-length times, still in order.
     */
    static void spread(FlatWords flat, int from, int to, long gapStart, long gapEnd) {
        Word[] words = flat.words;
        int n = to - from;
        if (n <= 0) {
            return;
        }
        long length = gapEnd - gapStart;
        if (length < n) {
            for (int k = 0; k < n; k++) {
                long start = gapStart + k * length / n;
                long end = gapStart + (k + 1) * length / n;
                words[from + k] = words[from + k].withTime(start, end, TimeSource.ESTIMATED);
            }
            return;
        }
        int sounds = 0;
        double speechWeight = 0;
        double[] weights = new double[n];
        double[] pauses = new double[n];
        for (int k = 0; k < n; k++) {
            if (flat.sound[from + k]) {
                sounds++;
            } else {
                weights[k] = SpokenLength.of(words[from + k].text());
                speechWeight += weights[k];
            }
            boolean last = k == n - 1;
            pauses[k] = !last || to < words.length ? flat.pauseAfter[from + k] : 0;
        }
        double lead = from > 0 ? flat.pauseAfter[from - 1] : 0;
        double pauseWeight = lead;
        for (double p : pauses) {
            pauseWeight += p;
        }
        double spare = length - n;
        double soundShare;
        if (sounds == n) {
            soundShare = spare / n;
        } else {
            soundShare = Math.min(DurationEstimator.SOUND_TAG_MS - 1, sounds == 0 ? 0 : spare * MAX_SOUND_SHARE / sounds);
        }
        double weightTotal = speechWeight + pauseWeight;
        double perWeight = weightTotal == 0 ? 0 : (spare - sounds * soundShare) / weightTotal;

        // Positions run on a double and are rounded one by one, so the sum stays exact; the clamps only guard
        // against float drift and keep 1 ms for every word still to come.
        double position = lead * perWeight;
        long previous = gapStart;
        for (int k = 0; k < n; k++) {
            Word w = words[from + k];
            long start = clamp(gapStart + Math.round(position), previous, gapEnd - (n - k));
            position += 1 + (flat.sound[from + k] ? soundShare : weights[k] * perWeight);
            long end = k == n - 1 && pauses[k] == 0 ? gapEnd : gapStart + Math.round(position);
            end = clamp(end, start + 1, gapEnd - (n - 1 - k));
            words[from + k] = w.withTime(start, end, TimeSource.ESTIMATED);
            previous = end;
            position += pauses[k] * perWeight;
        }
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(value, max));
    }
}
