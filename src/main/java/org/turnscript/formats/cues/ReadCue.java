package org.turnscript.formats.cues;

import java.util.List;

/**
 * One cue as a reader found it.
 *
 * @param lineNumber 1-based line of its timing line, for messages
 * @param start      ms
 * @param end        ms
 * @param lines      its text lines
 */
public record ReadCue(int lineNumber, long start, long end, List<CueLine> lines) {

    public ReadCue {
        lines = List.copyOf(lines);
    }
}
