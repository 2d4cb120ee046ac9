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
 *
 * <p>Under a profile with {@link SubtitleProfile#strictTiming()} (netflix), where too short and too fast are errors,
 * a cue that the free time after it cannot make readable borrows as the layout's cues do ({@link CueTiming}): from
 * the free time before it and from its neighbours' generous cues, which keep what they need themselves. That moves
 * starts, by as little as it can (least squares); cues away from the trouble keep theirs. Cues out of time order
 * are left to lint.
 */
public final class SubtitleFixes {

    /** Netflix: "where gaps of 12 frames or fewer exist, move the previous out-time to 2 frames before the next". */
    public static final int CHAIN_FRAMES = 12;

    private SubtitleFixes() {
    }

    public static List<Cue> fix(List<Cue> cues, SubtitleProfile profile) {
        List<Cue> safe = safeFixes(cues, profile);
        if (!profile.strictTiming() || !inOrder(safe) || !anyUnreadable(safe, profile)) {
            return safe;
        }
        List<CueDraft> drafts = new ArrayList<>(safe.size());
        for (Cue c : safe) {
            drafts.add(new CueDraft(c.start(), c.end(), c.lines(), c.speakerNames(),
                    ReadingSpeed.characters(c.lines()), ""));
        }
        // the borrowed times, then the chaining and gaps again around the cues that moved
        return safeFixes(CueTiming.settleStrictly(drafts, profile), profile);
    }

    private static boolean inOrder(List<Cue> cues) {
        for (int i = 1; i < cues.size(); i++) {
            if (cues.get(i).start() < cues.get(i - 1).end()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a cue is shorter than the minimum duration or faster than the reading speed. */
    private static boolean anyUnreadable(List<Cue> cues, SubtitleProfile profile) {
        for (Cue c : cues) {
            if (c.duration() < profile.minDurationMs() || ReadingSpeed.cps(ReadingSpeed.characters(c.lines()),
                    c.duration()) > profile.maxCharsPerSecond() + 1e-9) {
                return true;
            }
        }
        return false;
    }

    private static List<Cue> safeFixes(List<Cue> cues, SubtitleProfile profile) {
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
