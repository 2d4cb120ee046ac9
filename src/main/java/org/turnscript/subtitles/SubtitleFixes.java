package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Cue;

/**
 * The fixes that are safe to make without a person: cue ends move, starts and text never do, and no fix makes
 * two cues overlap. A cue ending too close to the next one (or overlapping it) is trimmed back to the minimum
 * gap; a gap of up to {@value #CHAIN_FRAMES} frames is closed down to the minimum gap (Netflix "chaining");
 * a cue too short or too fast to read is extended into the free time after it. What is left is for
 * {@link SubtitleLint} to report.
 */
public final class SubtitleFixes {

    /** Netflix: "where gaps of 12 frames or fewer exist, move the previous out-time to 2 frames before the next". */
    public static final int CHAIN_FRAMES = 12;

    private SubtitleFixes() {
    }

    public static List<Cue> fix(List<Cue> cues, SubtitleProfile profile) {
        long gap = profile.minGapMs();
        long chain = (long) Math.ceil(CHAIN_FRAMES * 1000.0 / profile.frameRate());
        List<Cue> fixed = new ArrayList<>(cues.size());
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            long start = cue.start();
            long end = cue.end();
            long limit = Long.MAX_VALUE;
            if (i + 1 < cues.size()) {
                limit = cues.get(i + 1).start() - gap;
                long free = cues.get(i + 1).start() - end;
                boolean chains = free <= chain && limit - start <= profile.maxDurationMs();
                if ((end > limit || chains) && limit > start) {
                    end = limit; // trims an overlap or a too small gap, or chains a small one
                }
            }
            long readable = start + Math.max(profile.minDurationMs(),
                    ReadingSpeed.minDisplayMs(ReadingSpeed.characters(cue.lines()), profile.maxCharsPerSecond()));
            long wanted = Math.min(readable, Math.min(limit, start + profile.maxDurationMs()));
            end = Math.max(end, wanted);
            fixed.add(end == cue.end() ? cue : new Cue(start, end, cue.lines(), cue.speakerNames()));
        }
        return fixed;
    }
}
