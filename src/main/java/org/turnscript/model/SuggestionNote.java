package org.turnscript.model;

import java.util.Objects;

/**
 * Why a segment starts a turn when a suggestion put it there rather than the editor: how sure the suggestion was
 * and which cue fired. Kept with the segment so a reviewer can see which turns still need a look.
 *
 * @param score  0–1
 * @param cue    the cue's id, e.g. {@code name-addressed}, {@code pause}
 * @param detail the words or pause that fired it, e.g. "thanks kate"; may be empty
 */
public record SuggestionNote(double score, String cue, String detail) {

    public SuggestionNote {
        Objects.requireNonNull(cue, "cue");
        detail = detail == null ? "" : detail;
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("suggestion score must be 0..1: " + score);
        }
    }
}
