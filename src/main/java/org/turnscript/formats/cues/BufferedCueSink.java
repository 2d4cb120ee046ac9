package org.turnscript.formats.cues;

import java.io.IOException;
import java.io.Writer;

/**
 * A {@link CueSink} that formats cues into a buffer and hands the buffer to the writer in blocks: a call to the
 * writer per cue costs more than the formatting at half a million cues. Subclasses format each cue into
 * {@link #out()} and call {@link #written()}.
 */
public abstract class BufferedCueSink implements CueSink {

    private static final int CHUNK = 32 * 1024;

    private final Writer writer;
    private final StringBuilder out = new StringBuilder(CHUNK + 1024);
    private char[] chars = new char[CHUNK + 1024];

    protected BufferedCueSink(Writer writer) {
        this.writer = writer;
    }

    /** Where a cue is formatted. */
    protected final StringBuilder out() {
        return out;
    }

    /** After each cue: passes the buffer on once it holds a block. */
    protected final void written() throws IOException {
        if (out.length() >= CHUNK) {
            flush();
        }
    }

    @Override
    public void finish() throws IOException {
        flush();
        writer.flush();
    }

    private void flush() throws IOException {
        if (chars.length < out.length()) {
            chars = new char[out.length()];
        }
        out.getChars(0, out.length(), chars, 0);
        writer.write(chars, 0, out.length());
        out.setLength(0);
    }
}
