package org.turnscript.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments never overlap in a transcript Turnscript builds: each starts at or after the end of the one above it.
 * Subtitle files do overlap, where two people talk at once (a cue that starts before the previous one ends), or
 * where a long {@code [Music]} cue runs under the speech; {@link #clip} makes such segments follow each other,
 * and {@link #firstOverlap} finds what a project file must not hold.
 */
public final class SegmentOverlaps {

    private SegmentOverlaps() {
    }

    /**
     * The segments with each one cut back to where the next timed segment begins: the earlier segment's last
     * words end there, and a word that started after it is moved onto that instant with no length. Nothing moves
     * later and nothing else changes, so word order stays, a word never ends before it starts (both its times are
     * capped by the same limit), and a word that is not in the way keeps its time. Sources stay: a clipped time is
     * still made of the file's own times (the word's start, the next segment's start).
     *
     * <p>The limit of a segment is the earliest start of all the segments after it, so segments that are not in
     * time order (which readers sort first) still come out without overlaps. Untimed words and segments are left
     * as they are.
     *
     * @return {@code segments} itself when nothing overlaps
     */
    public static List<Segment> clip(List<Segment> segments) {
        int n = segments.size();
        long[] limits = new long[n];
        long earliest = Long.MAX_VALUE;
        for (int i = n - 1; i >= 0; i--) {
            limits[i] = earliest;
            long start = segments.get(i).start();
            earliest = start >= 0 ? Math.min(earliest, start) : earliest;
        }
        List<Segment> out = null;
        for (int i = 0; i < n; i++) {
            Segment s = segments.get(i);
            Segment clipped = clip(s, limits[i]);
            if (clipped != s && out == null) {
                out = new ArrayList<>(segments.subList(0, i));
            }
            if (out != null) {
                out.add(clipped);
            }
        }
        return out == null ? segments : out;
    }

    private static Segment clip(Segment s, long limit) {
        List<Word> words = null;
        for (int i = 0; i < s.words().size(); i++) {
            Word w = s.words().get(i);
            Word kept = w;
            if (w.isTimed() && w.end() > limit) {
                kept = new Word(w.text(), w.original(), Math.min(w.start(), limit), limit, w.source(), w.flags());
            }
            if (kept != w && words == null) {
                words = new ArrayList<>(s.words());
            }
            if (words != null) {
                words.set(i, kept);
            }
        }
        return words == null ? s : s.withWords(words);
    }

    /**
     * How many of the segments {@link #clip} cuts back, given each one's start and end ({@link Segment#start()} and
     * the latest end of its timed words, or -1 when untimed), and the index of the first in {@code first[0]}: what a
     * reader that counts segments without making them can say of the overlaps.
     */
    public static int countClipped(long[] starts, long[] ends, int n, int[] first) {
        int count = 0;
        first[0] = -1;
        long earliest = Long.MAX_VALUE;
        for (int i = n - 1; i >= 0; i--) {
            if (ends[i] > earliest) {
                count++;
                first[0] = i;
            }
            earliest = starts[i] >= 0 ? Math.min(earliest, starts[i]) : earliest;
        }
        return count;
    }

    /**
     * The index of the first segment that starts before the end of the timed segment above it, or -1 when none
     * does. A segment's end is its last timed word's end ({@link Segment#end()}); untimed segments are passed by.
     */
    public static int firstOverlap(List<Segment> segments) {
        long previousEnd = Word.UNKNOWN_TIME;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            long start = s.start();
            if (start < 0) {
                continue;
            }
            if (start < previousEnd) {
                return i;
            }
            previousEnd = s.end();
        }
        return -1;
    }
}
