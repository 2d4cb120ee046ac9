package org.turnscript.formats.cues;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * The lines of a text, read as they come: CRLF, LF and CR all end a line, and the lines are those of
 * {@code text.split("\n", -1)} after normalising the endings (so a text ending in a line break has a last, empty
 * line). A byte order mark that survived decoding is dropped. Reads from a {@link Reader} in blocks, so a file of
 * any length takes a few kilobytes.
 */
public final class LineSource {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder carry = new StringBuilder();
    private int position;
    private int limit;
    private boolean ended;
    private boolean first = true;
    private boolean afterCr;

    public LineSource(Reader in) {
        this.in = in;
    }

    public static LineSource of(String text) {
        return new LineSource(new StringReader(text));
    }

    /** The next line without its ending, or {@code null} after the last. */
    public String next() throws IOException {
        if (ended) {
            return null;
        }
        carry.setLength(0);
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                return finish(carry.toString());
            }
            if (afterCr) {
                afterCr = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == '\n' || c == '\r') {
                    String line = carry.length() == 0 ? new String(buffer, start, position - start)
                            : carry.append(buffer, start, position - start).toString();
                    position++;
                    afterCr = c == '\r';
                    return finish(line);
                }
                position++;
            }
            carry.append(buffer, start, position - start);
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private String finish(String line) {
        if (first) {
            first = false;
            return line.startsWith("\uFEFF") ? line.substring(1) : line;
        }
        return line;
    }
}
