package org.turnscript.convert;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.turnscript.formats.TextChecks;

/**
 * Passes text on, failing as soon as a line grows past a limit: what the reader of the output would refuse. It
 * keeps the head of the text and notes a NUL anywhere, so the caller can check that the reader will take the
 * output for text ({@link #textSeen()}).
 */
final class LineLimitWriter extends FilterWriter {

    /** A line of the output past the limit. */
    static final class TooLong extends IOException {

        private final int limit;

        TooLong(int limit) {
            super("output line longer than " + limit + " characters");
            this.limit = limit;
        }

        int limit() {
            return limit;
        }
    }

    private final int limit;
    private long lineLength;
    private final StringBuilder head = new StringBuilder();
    private boolean nul;

    LineLimitWriter(Writer out, int limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int c) throws IOException {
        count((char) c);
        super.write(c);
    }

    /** The path every cue writer takes (in blocks): one loop over the block, no call per character. */
    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int headRoom = TextChecks.SAMPLE_CHARS - head.length();
        if (headRoom > 0) {
            head.append(cbuf, off, Math.min(len, headRoom));
        }
        long line = lineLength;
        for (int i = off; i < off + len; i++) {
            char c = cbuf[i];
            if (c == '\n' || c == '\r') {
                line = 0;
            } else {
                nul |= c == '\0';
                if (++line > limit) {
                    throw new TooLong(limit);
                }
            }
        }
        lineLength = line;
        super.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            count(str.charAt(i));
        }
        super.write(str, off, len);
    }

    /** What a reader checks for text: the head, with a NUL added when one came later. */
    String textSeen() {
        return nul && head.indexOf("\0") < 0 ? head + "\0" : head.toString();
    }

    private void count(char c) throws TooLong {
        if (head.length() < TextChecks.SAMPLE_CHARS) {
            head.append(c);
        }
        nul |= c == '\0';
        if (c == '\n' || c == '\r') {
            lineLength = 0;
        } else if (++lineLength > limit) {
            throw new TooLong(limit);
        }
    }
}
