package org.turnscript.ui.stats;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.SpeakerSequence;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/** The turns of a conversation as a timeline draws them: each with its time span and the segments it covers. */
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
     * Turns in time order, by the model's rule ({@link org.turnscript.model.Turns}): an untagged speech segment
     * continues the turn before it, and a sound ({@code [Music]}) neither starts nor ends a turn, so a speaker who
     * resumes after the music is still in the same turn and its block spans the music. Segments without times
     * give the turn no time but do not break it.
     */
    public static List<Turn> of(Transcript t) {
        List<Segment> segments = t.segments();
        org.turnscript.model.Turns.Span span = org.turnscript.model.Turns.span(SpeakerSequence.of(segments), 0,
                segments.size());
        List<Turn> turns = new ArrayList<>();
        Turn open = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.kind() != SegmentKind.SPEECH) {
                continue;
            }
            if (open == null || span.startsTurn(i)) {
                close(turns, open);
                open = new Turn(span.effectiveSpeaker(i), Word.UNKNOWN_TIME, Word.UNKNOWN_TIME, i, 1);
            }
            long start = s.start();
            long end = s.end();
            boolean timed = start >= 0 && end >= start;
            open = new Turn(open.speakerId(),
                    !timed || open.start() >= 0 ? open.start() : start,
                    timed ? Math.max(open.end(), end) : open.end(),
                    open.firstSegment(), i - open.firstSegment() + 1);
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

    /** Keeps a turn that has a time; one whose segments are all untimed cannot be placed on the timeline. */
    private static void close(List<Turn> turns, Turn open) {
        if (open != null && open.start() >= 0) {
            turns.add(open);
        }
    }
}
