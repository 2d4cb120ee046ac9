package org.turnscript.model;

import java.util.Objects;

/**
 * A part of the show (the intro, a topic) that starts at a word. It hangs on the word, not on a time, so it
 * survives edits, cleanup and re-timing; its start time is always that of its word.
 *
 * @param segmentId the {@link Segment#id()} of the segment that holds the first word
 * @param wordIndex the first word's index in that segment, from 0
 * @param mark      title, image and link
 */
public record Chapter(String segmentId, int wordIndex, ChapterMark mark) {

    public Chapter {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(mark, "mark");
        if (wordIndex < 0) {
            throw new IllegalArgumentException("negative word index " + wordIndex);
        }
    }

    public String title() {
        return mark.title();
    }

    public Chapter withMark(ChapterMark newMark) {
        return new Chapter(segmentId, wordIndex, newMark);
    }
}
