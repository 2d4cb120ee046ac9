package org.turnscript.model;

import java.util.List;
import java.util.Objects;

/**
 * One subtitle as it is shown: an interval and its lines of text. Lines carry any visible speaker label;
 * {@code speakerNames} lists the speaker of each line (or of the whole cue when it has one speaker) so
 * formats with voice markup (WebVTT {@code <v>}) can use it.
 *
 * @param start        ms
 * @param end          ms, after start
 * @param lines        at least one non-blank line
 * @param speakerNames one name per line, one for the whole cue, or empty; entries may be null
 */
public record Cue(long start, long end, List<String> lines, List<String> speakerNames) {

    public Cue {
        Objects.requireNonNull(lines, "lines");
        lines = List.copyOf(lines);
        speakerNames = speakerNames == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(speakerNames));
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("cue times must satisfy 0 <= start < end: " + start + ".." + end);
        }
    }

    public static Cue of(long start, long end, String... lines) {
        return new Cue(start, end, List.of(lines), List.of());
    }

    public String text() {
        return String.join("\n", lines);
    }

    public long duration() {
        return end - start;
    }
}
