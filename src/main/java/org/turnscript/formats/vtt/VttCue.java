package org.turnscript.formats.vtt;

import java.util.Objects;

/**
 * One cue exactly as the W3C file-parsing algorithm returns it, before its text is interpreted.
 *
 * @param id         the cue identifier, empty when the cue has none
 * @param start      ms
 * @param end        ms; the parsing algorithm keeps cues whose end is not after their start
 * @param settings   the cue settings as parsed from the rest of the timing line
 * @param rawText    the cue payload with markup, lines joined by {@code \n}
 * @param lineNumber 1-based line of the timing line, for messages
 */
public record VttCue(String id, long start, long end, VttCueSettings settings, String rawText, int lineNumber) {

    public VttCue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(rawText, "rawText");
    }
}
