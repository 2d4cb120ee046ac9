package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Cue;

/**
 * Settles cue times against the neighbours. A cue starts at its first word and ends at its last word's end,
 * extended into the following free time toward the minimum duration and the time its text needs at the profile's
 * reading speed, never closer to the next cue than the minimum gap and never longer than the maximum duration.
 * Where words run on without a pause the earlier cue's end is pulled back by the gap.
 *
 * <p>Under a profile with {@link SubtitleProfile#strictTiming()} every cue gets at least the time it needs (the
 * minimum duration, and the time its text needs at the reading speed), even a one-word turn between two others:
 * where the free time around it is not enough it borrows from its neighbours' generous cues, which keep what they
 * need themselves. The starts that achieve this are the ones closest to the words' own starts (least squares)
 * under the constraint that each cue is followed by its needed time and the gap: an isotonic regression, solved
 * in one pass by pooling adjacent violators.
 */
final class CueTiming {

    private CueTiming() {
    }

    static List<Cue> settle(List<CueDraft> drafts, SubtitleProfile profile) {
        return profile.strictTiming() ? settleStrictly(drafts, profile) : settleWithinFreeTime(drafts, profile);
    }

    private static List<Cue> settleWithinFreeTime(List<CueDraft> drafts, SubtitleProfile profile) {
        int n = drafts.size();
        long gap = profile.minGapMs();
        long frame = profile.frameMs();
        long[] starts = new long[n];
        for (int i = 0; i < n; i++) {
            long start = drafts.get(i).start();
            // A cue starting within a frame and the gap of the one before (a one-word "Yes." right at a speaker
            // change, or word times out of order) is held back just that long, so the earlier cue is seen for a
            // frame and the gap holds. Netflix allows in-times a frame or two off the audio.
            starts[i] = i == 0 ? start : Math.max(start, starts[i - 1] + frame + gap);
        }
        List<Cue> cues = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CueDraft draft = drafts.get(i);
            long start = starts[i];
            long readable = start + Math.max(profile.minDurationMs(),
                    ReadingSpeed.minDisplayMs(draft.readingChars(), profile.maxCharsPerSecond()));
            long end = Math.min(Math.max(draft.end(), readable), start + profile.maxDurationMs());
            if (i + 1 < n) {
                end = Math.min(end, starts[i + 1] - gap);
            }
            end = Math.max(end, start + 1);
            cues.add(new Cue(start, end, draft.lines(), draft.speakerNames()));
        }
        return cues;
    }

    /** The strict settling, for the layout and for {@link SubtitleFixes} under a strict-timing profile. */
    static List<Cue> settleStrictly(List<CueDraft> drafts, SubtitleProfile profile) {
        int n = drafts.size();
        long gap = profile.minGapMs();
        long[] need = new long[n];
        // y_i = start_i - offset_i must not decrease, where offset_i is the time the cues before i need with gaps
        double[] shifted = new double[n];
        long offset = 0;
        for (int i = 0; i < n; i++) {
            need[i] = needed(drafts.get(i), profile);
            shifted[i] = (double) drafts.get(i).start() - offset;
            offset += need[i] + gap;
        }
        double[] fitted = nonDecreasingFit(shifted);
        long[] starts = new long[n];
        offset = 0;
        for (int i = 0; i < n; i++) {
            // rounding is monotone, so the order, the needed times and the gaps survive it; no cue before time 0
            starts[i] = Math.max(0, Math.round(fitted[i])) + offset;
            offset += need[i] + gap;
        }
        List<Cue> cues = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CueDraft draft = drafts.get(i);
            long start = starts[i];
            long end = Math.min(Math.max(draft.end(), start + need[i]), start + profile.maxDurationMs());
            if (i + 1 < n) {
                end = Math.min(end, starts[i + 1] - gap);
            }
            end = Math.max(end, start + 1);
            cues.add(new Cue(start, end, draft.lines(), draft.speakerNames()));
        }
        return cues;
    }

    /** The least time on screen the profile allows for the cue: its minimum, or its text at the reading speed. */
    private static long needed(CueDraft draft, SubtitleProfile profile) {
        long reading = ReadingSpeed.minDisplayMs(draft.readingChars(), profile.maxCharsPerSecond());
        return Math.min(profile.maxDurationMs(), Math.max(profile.minDurationMs(), reading));
    }

    /**
     * The non-decreasing sequence closest to {@code values} in least squares (pool adjacent violators): runs that
     * would go down are replaced by their mean, merged backwards until the means rise again. Linear time.
     */
    static double[] nonDecreasingFit(double[] values) {
        int n = values.length;
        double[] sums = new double[n];
        int[] counts = new int[n];
        int blocks = 0;
        for (double v : values) {
            sums[blocks] = v;
            counts[blocks] = 1;
            blocks++;
            while (blocks > 1 && sums[blocks - 2] / counts[blocks - 2] > sums[blocks - 1] / counts[blocks - 1]) {
                sums[blocks - 2] += sums[blocks - 1];
                counts[blocks - 2] += counts[blocks - 1];
                blocks--;
            }
        }
        double[] fitted = new double[n];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            double mean = sums[b] / counts[b];
            for (int k = 0; k < counts[b]; k++) {
                fitted[i++] = mean;
            }
        }
        return fitted;
    }
}
