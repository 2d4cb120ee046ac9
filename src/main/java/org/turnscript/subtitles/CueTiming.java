package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.turnscript.model.Cue;

/**
 * Settles cue times against the neighbours: starts strictly increase, no cue overlaps the next, every cue has a
 * positive duration, and short cues grow toward the profile's minimum into free time only.
 */
final class CueTiming {

    private CueTiming() {
    }

    static List<Cue> settle(List<CueDraft> drafts, SubtitleProfile profile) {
        int n = drafts.size();
        long[] starts = new long[n];
        for (int i = 0; i < n; i++) {
            long start = drafts.get(i).start();
            // Word times out of order (an overlapping turn) push a start later; cues are never reordered.
            starts[i] = i == 0 ? start : Math.max(start, starts[i - 1] + 1);
        }
        List<Cue> cues = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CueDraft draft = drafts.get(i);
            long start = starts[i];
            long next = i + 1 < n ? starts[i + 1] : Long.MAX_VALUE;
            long end = Math.min(Math.max(draft.end(), start), next);
            if (end - start < profile.minDurationMs()) {
                long wanted = start + profile.minDurationMs();
                long limit = next == Long.MAX_VALUE ? wanted : next - profile.minGapMs();
                end = Math.max(end, Math.min(wanted, limit));
            }
            if (end <= start) {
                // no room even for the gap: touch the next cue rather than show nothing
                end = Math.min(start + profile.minDurationMs(), next);
            }
            cues.add(new Cue(start, end, draft.lines(), Collections.singletonList(draft.speaker())));
        }
        return cues;
    }
}
