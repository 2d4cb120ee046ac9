package org.turnscript.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every user of chapters asks of them: when each starts, and the transcript cut so that every chapter opens a
 * segment (for exports that write a heading before a chapter's text).
 */
public final class Chapters {

    /**
     * A chapter with its start time, for exports.
     *
     * @param startMs the start of its first word, or of the first timed word after it; {@link Word#UNKNOWN_TIME}
     *                when no word from there on has a time
     */
    public record Timed(ChapterMark mark, long startMs) {
        public String title() {
            return mark.title();
        }
    }

    private Chapters() {
    }

    /** The chapters with their start times, in document order. */
    public static List<Timed> timed(Transcript t) {
        List<Timed> out = new ArrayList<>(t.chapters().size());
        Map<String, Integer> index = segmentIndex(t.segments());
        for (Chapter c : t.chapters()) {
            out.add(new Timed(c.mark(), startMs(t.segments(), index.get(c.segmentId()), c.wordIndex())));
        }
        return out;
    }

    /** The chapter's start time: its word's, or that of the first timed word after it. */
    public static long startMs(Transcript t, Chapter c) {
        return startMs(t.segments(), t.indexOf(c.segmentId()), c.wordIndex());
    }

    private static long startMs(List<Segment> segments, int seg, int word) {
        for (int i = seg; i < segments.size(); i++) {
            List<Word> words = segments.get(i).words();
            for (int k = i == seg ? word : 0; k < words.size(); k++) {
                if (words.get(k).isTimed()) {
                    return words.get(k).start();
                }
            }
        }
        return Word.UNKNOWN_TIME;
    }

    /** The transcript with a segment break before every chapter's first word that is not a segment's first. */
    public static Transcript splitAtStarts(Transcript t) {
        Transcript out = t;
        for (int i = t.chapters().size() - 1; i >= 0; i--) {
            Chapter c = t.chapters().get(i);
            if (c.wordIndex() > 0) {
                out = out.split(out.indexOf(c.segmentId()), c.wordIndex());
            }
        }
        return out;
    }

    /** The chapter that opens each segment, by segment id (after {@link #splitAtStarts}, every chapter does). */
    public static Map<String, ChapterMark> bySegmentStart(Transcript t) {
        Map<String, ChapterMark> out = new HashMap<>();
        for (Chapter c : t.chapters()) {
            if (c.wordIndex() == 0) {
                out.put(c.segmentId(), c.mark());
            }
        }
        return out;
    }

    /**
     * The chapters that still fit {@code segments}: those whose segment is gone are dropped (nothing to hang on),
     * a word index past a shortened segment's end moves to its last word, and of two chapters that then meet on one
     * word the first stays.
     */
    public static List<Chapter> keptIn(List<Chapter> chapters, List<Segment> segments) {
        if (chapters.isEmpty()) {
            return chapters;
        }
        Map<String, Integer> index = segmentIndex(segments);
        List<Chapter> kept = new ArrayList<>(chapters.size());
        Set<String> taken = new HashSet<>();
        for (Chapter c : chapters) {
            Integer seg = index.get(c.segmentId());
            if (seg == null) {
                continue;
            }
            int last = segments.get(seg).words().size() - 1;
            Chapter fitted = c.wordIndex() <= last ? c : new Chapter(c.segmentId(), last, c.mark());
            if (taken.add(fitted.segmentId() + "#" + fitted.wordIndex())) {
                kept.add(fitted);
            }
        }
        return kept;
    }

    private static Map<String, Integer> segmentIndex(List<Segment> segments) {
        Map<String, Integer> index = new HashMap<>(segments.size() * 2);
        for (int i = 0; i < segments.size(); i++) {
            index.put(segments.get(i).id(), i);
        }
        return index;
    }
}
