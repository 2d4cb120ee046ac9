package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Cue;

/**
 * Settles cue times against the neighbours. A cue starts at its first word and ends at its last word's end,
 * extended into the following free time toward the minimum duration and the time its text needs at the profile's
 * reading speed, never closer to the next cue than the minimum gap and never longer than the maximum duration.
 * Where words run on without a pause the earlier cue's end is pulled back by the gap.
 */
final class CueTiming {

    private CueTiming() {
    }

    static List<Cue> settle(List<CueDraft> drafts, SubtitleProfile profile) {
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
}
