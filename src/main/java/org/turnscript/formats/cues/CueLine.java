package org.turnscript.formats.cues;

import java.util.Objects;

/**
 * One line of a cue's text with markup removed and entities resolved.
 *
 * @param text  plain text, possibly blank
 * @param voice the speaker a voice span names for this line (WebVTT {@code <v Kate>}), or {@code null}
 */
public record CueLine(String text, String voice) {

    public CueLine {
        Objects.requireNonNull(text, "text");
    }

    public static CueLine of(String text) {
        return new CueLine(text, null);
    }
}
