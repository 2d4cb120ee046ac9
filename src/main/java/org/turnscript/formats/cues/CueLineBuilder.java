package org.turnscript.formats.cues;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a cue's lines from pieces of text, some with the time their first word starts, as timed-text files
 * give them (srv3 word spans, json3 segs). Used once per cue: {@link #lines()} closes the last line.
 */
public final class CueLineBuilder {

    private final List<CueLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private List<CueLine.TimeMark> marks = new ArrayList<>();

    /** The text added next starts at {@code time} ms. */
    public void mark(long time) {
        marks.add(new CueLine.TimeMark(text.length(), time));
    }

    /** Adds text to the current line as it is. */
    public void append(String piece) {
        text.append(piece);
    }

    /** Adds text in which each newline ends the current line. */
    public void appendLines(String piece) {
        String[] parts = piece.split("\n", -1);
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                breakLine();
            }
            text.append(parts[k]);
        }
    }

    /** Ends the current line; the next piece starts a new one. */
    public void breakLine() {
        lines.add(new CueLine(text.toString(), null, marks));
        text.setLength(0);
        marks = new ArrayList<>();
    }

    /** All lines, the current one included. */
    public List<CueLine> lines() {
        breakLine();
        return lines;
    }
}
