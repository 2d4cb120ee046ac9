package org.turnscript.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A segment-level change: segments {@code from}..{@code from + removed - 1} are replaced by {@code inserted}.
 * Every edit in the editor, from a typed letter to a merge of two speakers, is one or more of these once it is
 * seen at the level of segments; the autosave journal records them instead of the whole transcript.
 *
 * @param from     index of the first segment replaced
 * @param removed  how many segments go
 * @param inserted what comes in their place
 * @param chapters the chapters that start in the inserted segments
 */
public record SegmentSplice(int from, int removed, List<Segment> inserted, List<Chapter> chapters) {

    public SegmentSplice {
        if (from < 0 || removed < 0) {
            throw new IllegalArgumentException("a splice needs a non-negative start and count: " + from + ", " + removed);
        }
        inserted = List.copyOf(inserted);
        chapters = chapters == null ? List.of() : List.copyOf(chapters);
    }

    /** A splice whose segments start no chapter. */
    public SegmentSplice(int from, int removed, List<Segment> inserted) {
        this(from, removed, inserted, List.of());
    }

    /** Applies this splice to a list of segments in place. */
    public void applyTo(List<Segment> segments) {
        if (from + removed > segments.size()) {
            throw new IllegalArgumentException("splice " + from + "+" + removed + " is past the end ("
                    + segments.size() + " segments)");
        }
        segments.subList(from, from + removed).clear();
        segments.addAll(from, inserted);
    }

    /** This splice applied to a copy of {@code segments}. */
    public List<Segment> appliedTo(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments);
        applyTo(out);
        return out;
    }

    public boolean isIdentity() {
        return removed == 0 && inserted.isEmpty();
    }
}
