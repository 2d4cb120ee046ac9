package org.turnscript.formats.cues;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.turnscript.formats.TextChecks;

/**
 * The lines of a text, read as they come: CRLF, LF and CR all end a line, and the lines are those of
 * {@code text.split("\n", -1)} after normalising the endings (so a text ending in a line break has a last, empty
 * line). A byte order mark that survived decoding is dropped. Reads in blocks, so a file of any length takes a
 * few kilobytes.
 */
public abstract class LineSource {

    private boolean first = true;
    /** Longest line taken; a longer one is refused (see {@link #limitLines}). */
    int maxLineChars = Integer.MAX_VALUE;
    private String lineLimitOption;
    private int lineNumber;

    /**
     * A line of a text that cannot be read as text: longer than the limit, or holding a NUL byte (a binary file).
     * It is an {@link IOException} because it comes from reading; the caller turns it into a message with the file.
     */
    public static final class RefusedLine extends IOException {

        private final int line;
        private final String problem;

        RefusedLine(int line, String problem) {
            super("line " + line + ": " + problem);
            this.line = line;
            this.problem = problem;
        }

        public int line() {
            return line;
        }

        public String problem() {
            return problem;
        }
    }

    /**
     * Refuses lines longer than {@code maxChars} (early, before they are held whole) and lines with NUL bytes.
     *
     * @param option the option that raises the limit, named in the message
     * @return this source
     */
    public final LineSource limitLines(int maxChars, String option) {
        this.maxLineChars = maxChars;
        this.lineLimitOption = option;
        return this;
    }

    /** The next line without its ending, or {@code null} after the last. */
    public final String next() throws IOException {
        String line = read();
        if (line != null) {
            lineNumber++;
            if (maxLineChars != Integer.MAX_VALUE) {
                check(line);
            }
        }
        if (first && line != null) {
            first = false;
            return line.startsWith("\uFEFF") ? line.substring(1) : line;
        }
        return line;
    }

    /** Lines taken past this source, by a byte reader: they count as read (see {@link Utf8Window#take}). */
    final void tookLines(int lines) {
        lineNumber += lines;
        if (lines > 0) {
            first = false;
        }
    }

    final int lineNumber() {
        return lineNumber;
    }

    private void check(String line) throws RefusedLine {
        if (line.length() > maxLineChars) {
            throw new RefusedLine(lineNumber, TextChecks.lineTooLong(line.length(), maxLineChars, lineLimitOption));
        }
        if (line.indexOf('\0') >= 0) {
            throw new RefusedLine(lineNumber, "not a text file (it holds NUL bytes); Turnscript reads caption and "
                    + "transcript text");
        }
    }

    /** The refusal of the line being read, which has grown past the limit before its end was seen. */
    final RefusedLine tooLong(long length) {
        return new RefusedLine(lineNumber + 1, TextChecks.lineTooLong(length, maxLineChars, lineLimitOption));
    }

    abstract String read() throws IOException;

    /**
     * The undecoded bytes ahead, for a reader that scans UTF-8 itself and makes strings only of what it keeps; or
     * {@code null} when this source decodes first (another charset) or has handed out a line already.
     */
    public Utf8Window utf8Window() {
        return null;
    }

    /**
     * The bytes of a source of UTF-8 lines, from the first byte no line has been taken from ({@link #start()}).
     * What a byte reader does not take stays for {@link #next()}, which goes on from there as if it had read the
     * lines taken itself (their count goes into the line numbers of its refusals).
     */
    public interface Utf8Window {

        byte[] bytes();

        /** The first byte not taken. */
        int start();

        /** The end of the bytes read so far. */
        int limit();

        /**
         * Reads more, keeping the bytes from {@link #start()}, which may move (ask for it again).
         *
         * @return false at the end of the input
         */
        boolean more() throws IOException;

        /** Takes the bytes up to {@code end}, which hold {@code lines} whole lines with their endings. */
        void take(int end, int lines);

        /** The text of bytes in the buffer, decoded as {@link #next()} decodes a line. */
        String decode(int from, int length, boolean ascii) throws IOException;

        /** The longest line {@link #next()} takes ({@link #limitLines}). */
        int maxLineChars();
    }

    public static LineSource of(String text) {
        return of(new StringReader(text));
    }

    public static LineSource of(Reader in) {
        return new Chars(in);
    }

    /**
     * Lines of UTF-8 bytes, split before decoding (no byte of a multi-byte character is a line break) and decoded
     * line by line, which for ASCII lines is a copy.
     *
     * @param strict whether malformed input fails (with a {@link java.nio.charset.CharacterCodingException}) rather
     *               than becoming U+FFFD
     */
    public static LineSource utf8(InputStream in, boolean strict) {
        return new Utf8(in, strict);
    }

    /** Lines of decoded text. */
    private static final class Chars extends LineSource {

        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private final StringBuilder carry = new StringBuilder();
        private int position;
        private int limit;
        private boolean ended;
        private boolean afterCr;

        Chars(Reader in) {
            this.in = in;
        }

        @Override
        String read() throws IOException {
            if (ended) {
                return null;
            }
            carry.setLength(0);
            while (true) {
                if (position == limit && !fill()) {
                    ended = true;
                    return carry.toString();
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
                        return line;
                    }
                    position++;
                }
                carry.append(buffer, start, position - start);
                if (carry.length() > maxLineChars) {
                    throw tooLong(carry.length()); // refused before the rest of the line is held
                }
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
    }

    /** Lines of UTF-8 bytes. */
    private static final class Utf8 extends LineSource implements Utf8Window {

        private final InputStream in;
        private final CharsetDecoder decoder;
        private byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private boolean ended;
        private boolean afterCr;

        Utf8(InputStream in, boolean strict) {
            this.in = in;
            CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
            this.decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(action)
                    .onUnmappableCharacter(action);
        }

        @Override
        String read() throws IOException {
            if (ended) {
                return null;
            }
            int scanned = position; // bytes from position up to here hold no line break
            boolean ascii = true;
            while (true) {
                if (scanned == limit) {
                    int done = scanned - position;
                    if (!fill()) {
                        ended = true;
                        return decodeBytes(position, limit - position, ascii);
                    }
                    scanned = position + done;
                }
                if (afterCr) {
                    afterCr = false;
                    if (buffer[position] == '\n') {
                        position++;
                        scanned = position;
                        continue;
                    }
                }
                while (scanned < limit) {
                    byte b = buffer[scanned];
                    if (b == '\n' || b == '\r') {
                        String line = decodeBytes(position, scanned - position, ascii);
                        position = scanned + 1;
                        afterCr = b == '\r';
                        return line;
                    }
                    ascii &= b >= 0;
                    scanned++;
                }
            }
        }

        @Override
        public Utf8Window utf8Window() {
            return lineNumber() == 0 && position == 0 && !ended && !afterCr ? this : null;
        }

        @Override
        public byte[] bytes() {
            return buffer;
        }

        @Override
        public int start() {
            return position;
        }

        @Override
        public int limit() {
            return limit;
        }

        @Override
        public boolean more() throws IOException {
            return fill(false);
        }

        @Override
        public void take(int end, int lines) {
            position = end;
            tookLines(lines);
        }

        @Override
        public String decode(int from, int length, boolean ascii) throws IOException {
            return decodeBytes(from, length, ascii);
        }

        @Override
        public int maxLineChars() {
            return maxLineChars;
        }

        private boolean fill() throws IOException {
            return fill(true);
        }

        /**
         * Reads more, keeping the unfinished line (from {@link #position}) at the start of the buffer.
         *
         * @param oneLine whether what is kept is one line, refused when it is too long already
         */
        private boolean fill(boolean oneLine) throws IOException {
            int kept = limit - position;
            if (oneLine && maxLineChars != Integer.MAX_VALUE && kept > 4L * maxLineChars) {
                throw tooLong(kept); // over the limit in any decoding (UTF-8 takes at most 4 bytes a character)
            }
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, kept);
            } else if (kept == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
            }
            position = 0;
            limit = kept;
            int n;
            do {
                n = in.read(buffer, limit, buffer.length - limit);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            limit += n;
            return true;
        }

        private String decodeBytes(int from, int length, boolean ascii) throws IOException {
            if (ascii) {
                return new String(buffer, from, length, StandardCharsets.ISO_8859_1);
            }
            return decoder.reset().decode(ByteBuffer.wrap(buffer, from, length)).toString();
        }
    }
}
