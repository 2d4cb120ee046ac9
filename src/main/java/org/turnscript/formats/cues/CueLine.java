package org.turnscript.formats.cues;

import java.util.List;
import java.util.Objects;

/**
 * One line of a cue's text with markup removed and entities resolved.
 *
 * @param text  plain text, possibly blank
 * @param voice the speaker a voice span names for this line (WebVTT {@code <v Kate>}), or {@code null}
 * @param marks times written inside the line (WebVTT inline timestamps), in text order; a mark times the word that
 *              starts at or after its offset
 */
public record CueLine(String text, String voice, List<TimeMark> marks) {

    /**
     * A time written inside cue text, such as YouTube's {@code <00:00:01.469><c> to</c>}.
     *
     * @param offset index in the line's text where the mark stood
     * @param time   ms
     */
    public record TimeMark(int offset, long time) {
    }

    public CueLine {
        Objects.requireNonNull(text, "text");
        marks = marks == null || marks.isEmpty() ? List.of() : List.copyOf(marks);
    }

    public CueLine(String text, String voice) {
        this(text, voice, List.of());
    }

    public static CueLine of(String text) {
        return new CueLine(text, null);
    }

    /** The same words, all starting at {@code time}: a line whose first word the cue's start times. */
    public CueLine startingAt(long time) {
        return new CueLine(text, voice, List.of(new TimeMark(0, time)));
    }
}
