package org.turnscript.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.turnscript.formats.TextChecks;

/**
 * Writes text as UTF-8, failing as soon as a line grows past a limit: what the reader of the output would refuse.
 * It keeps the head of the text and notes a NUL anywhere, so the caller can check that the reader will take the
 * output for text ({@link #textSeen()}). A block of ASCII (most subtitle files) is checked and turned into bytes in
 * one loop; a block with any other character goes through the JDK's encoder.
 */
final class LineLimitWriter extends Writer {

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
    private final OutputStream bytes;
    private final Writer encoder; // for blocks beyond ASCII
    private boolean encoderHolds; // whether the encoder may hold a character or bytes not yet passed on
    private byte[] ascii = new byte[8192];
    private long lineLength;
    private final StringBuilder head = new StringBuilder();
    private boolean nul;

    LineLimitWriter(OutputStream out, int limit) {
        this.bytes = out;
        this.encoder = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.limit = limit;
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }

    /** The path every cue writer takes (in blocks): one loop over the block, no call per character. */
    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int headRoom = TextChecks.SAMPLE_CHARS - head.length();
        if (headRoom > 0) {
            head.append(cbuf, off, Math.min(len, headRoom));
        }
        if (ascii.length < len) {
            ascii = new byte[len];
        }
        byte[] out = ascii;
        int end = off + len;
        // where the line being written started, as an index into cbuf (before off when it started earlier)
        long lineStart = off - lineLength;
        boolean beyondAscii = false;
        for (int i = off; i < end; i++) {
            char c = cbuf[i];
            out[i - off] = (byte) c;
            if ((char) (c - 0x0E) >= 0x80 - 0x0E) { // below 0x0E or beyond ASCII: one test for both
                if (c == '\n' || c == '\r') {
                    if (i - lineStart > limit) {
                        throw new TooLong(limit);
                    }
                    lineStart = i + 1;
                } else if (c == '\0') {
                    nul = true;
                } else if (c >= 0x80) {
                    beyondAscii = true;
                }
            }
        }
        if (end - lineStart > limit) {
            throw new TooLong(limit);
        }
        lineLength = end - lineStart;
        if (len == 0) {
            return;
        }
        if (beyondAscii || encoderHolds) {
            encoder.write(cbuf, off, len);
            char last = cbuf[end - 1];
            // a high surrogate waits in the encoder for its pair, so what follows goes the same way
            encoderHolds = Character.isHighSurrogate(last);
            if (!encoderHolds) {
                encoder.flush(); // its bytes before those written directly
            }
        } else {
            bytes.write(out, 0, len);
        }
    }

    @Override
    public void flush() throws IOException {
        encoder.flush();
    }

    @Override
    public void close() throws IOException {
        encoder.close();
    }

    /** What a reader checks for text: the head, with a NUL added when one came later. */
    String textSeen() {
        return nul && head.indexOf("\0") < 0 ? head + "\0" : head.toString();
    }
}
