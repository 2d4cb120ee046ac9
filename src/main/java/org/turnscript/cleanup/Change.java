package org.turnscript.cleanup;

import java.util.Objects;

/**
 * One edit a rule made, enough for a report line and a preview: a word (or, for the glossary, a phrase) in a
 * segment, its text before and after.
 *
 * @param segmentId the segment's id
 * @param wordIndex 0-based index of the word (of a phrase's first word) in that segment after the rule ran
 * @param before    the text before, for a phrase its words joined by spaces
 * @param after     the text after; empty when the rule dropped the word
 * @param ruleId    the {@link CleanupRule#id()} of the rule that made it
 */
public record Change(String segmentId, int wordIndex, String before, String after, String ruleId) {

    public Change {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(ruleId, "ruleId");
        if (wordIndex < 0) {
            throw new IllegalArgumentException("negative word index " + wordIndex);
        }
    }

    public boolean isDrop() {
        return after.isEmpty();
    }

    /** {@code "uh" → dropped} or {@code "Tim Wong" → "Tim Hwang"}. */
    public String describe() {
        return "\"" + before + "\" → " + (isDrop() ? "dropped" : "\"" + after + "\"");
    }
}
