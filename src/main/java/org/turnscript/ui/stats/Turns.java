package org.turnscript.ui.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;

/** The turns of a conversation: runs of consecutive speech segments by one speaker (or by nobody yet). */
public final class Turns {

    /**
     * One turn.
     *
     * @param speakerId    the speaker, or {@code null} when unassigned
     * @param start        ms, the first segment's start
     * @param end          ms, the latest end of its segments
     * @param firstSegment index of the turn's first segment in the transcript
     * @param segmentCount how many segments the turn spans
     */
    public record Turn(String speakerId, long start, long end, int firstSegment, int segmentCount) {

        public boolean contains(long ms) {
            return ms >= start && ms < end;
        }
    }

    private Turns() {
    }

    /**
     * Turns in time order. A sound ({@code [Music]}) ends the turn around it, so a speaker who resumes after the
     * music starts a new turn; segments without times are skipped and do not break a turn.
     */
    public static List<Turn> of(Transcript t) {
        List<Turn> turns = new ArrayList<>();
        Turn open = null;
        List<Segment> segments = t.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.kind() != SegmentKind.SPEECH) {
                open = close(turns, open);
                continue;
            }
            long start = s.start();
            long end = s.end();
            if (start < 0 || end < start) {
                continue;
            }
            if (open != null && Objects.equals(open.speakerId(), s.speakerId())) {
                open = new Turn(open.speakerId(), open.start(), Math.max(open.end(), end), open.firstSegment(),
                        i - open.firstSegment() + 1);
            } else {
                close(turns, open);
                open = new Turn(s.speakerId(), start, end, i, 1);
            }
        }
        close(turns, open);
        return turns;
    }

    /** The turn that covers {@code ms}, or -1; turns are in time order, so this is a binary search. */
    public static int indexAt(List<Turn> turns, long ms) {
        int lo = 0;
        int hi = turns.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Turn turn = turns.get(mid);
            if (ms < turn.start()) {
                hi = mid - 1;
            } else if (ms >= turn.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static Turn close(List<Turn> turns, Turn open) {
        if (open != null) {
            turns.add(open);
        }
        return null;
    }
}
