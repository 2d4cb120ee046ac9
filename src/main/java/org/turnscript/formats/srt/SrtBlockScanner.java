package org.turnscript.formats.srt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.LineSource;
import org.turnscript.formats.cues.ReadCue;

/**
 * Reads the cues of well-formed SRT straight from its UTF-8 bytes, making a string only of cue text: an index line
 * of digits, a timing line as every writer writes it ({@code 00:00:01,000 --> 00:00:02,500}), lines of text, blank
 * lines. That is most files, and most of the time {@link SrtReader} spends on them is making and looking at strings
 * for lines it throws away. At the first block that is anything else, it stops before the last cue it has not
 * handed out yet and leaves the rest to the line reader, which reads from there what it would have read anyway:
 * a block that opens with an index and a timing line starts a cue whatever came before it (ADR 20).
 */
final class SrtBlockScanner {

    /** A block this long is left to the line reader, so the bytes held for one cue stay small. */
    private static final int MAX_BLOCK_BYTES = 1 << 20;

    private final LineSource.Utf8Window in;
    private final List<String> warnings;
    private final int maxLineBytes; // a longer line may be too long in characters: the line reader decides
    private final long[] timing = new long[2];
    private final long[] nextTiming = new long[2]; // of the cue after, read only to see that there is one
    private final List<String> text = new ArrayList<>(4);
    private int at; // the next byte to scan
    private int lines; // lines taken so far
    private int scannedLines; // lines scanned past the first byte not taken
    private boolean ended; // the input is read to its end, all of it taken
    private boolean stopped; // the rest is the line reader's
    // The line last scanned: from lineFrom to lineTo (without its ending), and what the scan saw in it.
    private int lineFrom;
    private int lineTo;
    private boolean ascii;
    private boolean special; // a NUL, "<", "{" or "-"
    private boolean allSpace; // only ASCII white space (or nothing)
    private boolean allDigits;

    private SrtBlockScanner(LineSource.Utf8Window in, List<String> warnings) {
        this.in = in;
        this.warnings = warnings;
        this.maxLineBytes = in.maxLineChars();
    }

    /** A scanner of the lines' bytes, or {@code null} when the lines are decoded already. */
    static SrtBlockScanner over(LineSource lines, List<String> warnings) {
        LineSource.Utf8Window window = lines.utf8Window();
        return window == null ? null : new SrtBlockScanner(window, warnings);
    }

    /** Lines taken (handed out as cues or skipped as blank); the line reader goes on from the next. */
    int linesTaken() {
        return lines;
    }

    /** Whether the whole input has been read as cues. */
    boolean ended() {
        return ended;
    }

    /**
     * The next cue, or {@code null} when there is none ({@link #ended()}) or the rest is not read here: then
     * the bytes from the first not handed out are the line reader's.
     */
    ReadCue next() throws IOException {
        if (ended || stopped) {
            return null;
        }
        at = in.start();
        scannedLines = 0;
        int line;
        do { // blank lines before the block
            line = scanLine();
            if (line == END) {
                return end();
            }
            if (line == NONE) {
                return stop();
            }
        } while (allSpace);
        int indexLines = scannedLines;
        if (!header(timing)) {
            return stop();
        }
        int timingLine = lines + indexLines + 1;
        text.clear();
        while (true) { // its text, up to a blank line or the end
            line = scanLine();
            if (line == NONE) {
                return stop();
            }
            if (line == END || allSpace) {
                break;
            }
            String t = textLine();
            if (t == null) {
                return stop();
            }
            text.add(t);
        }
        int upTo = scannedLines; // lines taken with this cue: its own and the blank ones after it
        while (line != END) {
            // after the blank lines, another cue must start, or else the text may go on (SrtReader.next)
            line = scanLine();
            if (line == NONE) {
                return stop();
            }
            if (line == LINE && !allSpace) {
                if (!header(nextTiming)) {
                    return stop();
                }
                break;
            }
            upTo = line == LINE ? scannedLines : upTo;
        }
        if (line == END) {
            in.take(in.limit(), scannedLines);
            lines += scannedLines;
            ended = true;
        } else {
            in.take(in.start() + lineStarts[upTo], upTo);
            lines += upTo;
        }
        long start = timing[0];
        long end = timing[1];
        if (end < start) {
            warnings.add(SrtReader.endsBeforeStart(timingLine));
            end = start;
        }
        List<CueLine> cueLines = switch (text.size()) {
            case 0 -> List.of();
            case 1 -> List.of(CueLine.of(text.get(0)));
            case 2 -> List.of(CueLine.of(text.get(0)), CueLine.of(text.get(1)));
            default -> text.stream().map(CueLine::of).toList();
        };
        return new ReadCue(timingLine, start, end, cueLines);
    }

    /** Whether the line last scanned is an index and the next a timing line, read into {@code times}. */
    private boolean header(long[] times) throws IOException {
        if (!allDigits || lineTo - lineFrom > 9) {
            return false;
        }
        // Most timing lines are 29 bytes and end with CRLF or LF: read in place, without a look at each byte first.
        int end = at + 29;
        byte[] b = in.bytes();
        if (end + 1 < in.limit() && maxLineBytes >= 29 && (b[end] == '\n' || b[end] == '\r' && b[end + 1] == '\n')) {
            int from = at;
            lineFrom = from;
            lineTo = end;
            if (timingLine(times)) {
                if (scannedLines + 1 >= lineStarts.length) {
                    lineStarts = java.util.Arrays.copyOf(lineStarts, lineStarts.length * 2);
                }
                lineStarts[scannedLines++] = from - in.start();
                at = b[end] == '\n' ? end + 1 : end + 2;
                return true;
            }
        }
        return scanLine() == LINE && timingLine(times);
    }

    private ReadCue end() {
        in.take(in.limit(), scannedLines);
        lines += scannedLines;
        ended = true;
        return null;
    }

    private ReadCue stop() {
        stopped = true;
        return null;
    }

    private static final int LINE = 0;
    private static final int END = 1; // no more bytes
    private static final int NONE = 2; // a line this scanner does not read: a lone CR, too long, a huge block

    // Where each line scanned for this cue starts, from in.start(), which a refill may move.
    private int[] lineStarts = new int[16];

    /**
     * Reads more bytes, moving what this scanner points at with them.
     *
     * @return false at the end of the input, or when the block is too long to hold
     */
    private boolean refill() throws IOException {
        int before = in.start();
        if (in.limit() - before > MAX_BLOCK_BYTES) {
            return false;
        }
        boolean more = in.more();
        int shift = before - in.start();
        at -= shift;
        lineFrom -= shift;
        lineTo -= shift;
        return more;
    }

    /**
     * Scans the line at {@link #at}, leaving {@link #at} after its ending. A line is what {@link LineSource} makes
     * one: ended by LF, CRLF or the end of the input (the text after a last line break is a last, empty line; at
     * the very end there is no line at all, which is all this scanner needs to know). A lone CR is left to it.
     */
    private int scanLine() throws IOException {
        if (at == in.limit() && !refill()) {
            return in.limit() - in.start() > MAX_BLOCK_BYTES ? NONE : END;
        }
        if (scannedLines + 1 >= lineStarts.length) {
            lineStarts = java.util.Arrays.copyOf(lineStarts, lineStarts.length * 2);
        }
        lineStarts[scannedLines] = at - in.start();
        lineFrom = at;
        int seen = 0; // what the bytes of the line are, or-ed (see CLASSES)
        byte[] b = in.bytes();
        int i = at;
        int limit = in.limit();
        while (true) {
            if (i == limit) {
                at = i;
                boolean more = refill();
                if (in.limit() - in.start() > MAX_BLOCK_BYTES) {
                    return NONE;
                }
                b = in.bytes();
                i = at;
                limit = in.limit();
                if (!more) {
                    break; // the last line, without an ending
                }
            }
            int c = CLASSES[b[i] & 0xFF];
            if (c == ENDS_LINE) {
                break;
            }
            seen |= c;
            i++;
        }
        lineTo = i;
        if (lineTo - lineFrom > maxLineBytes) {
            return NONE;
        }
        if (i < limit && b[i] == '\r') {
            if (i + 1 == limit) {
                at = i;
                refill();
                b = in.bytes();
                i = at;
                limit = in.limit();
            }
            if (i + 1 >= limit || b[i + 1] != '\n') {
                return NONE; // a lone CR: a line break to LineSource, whose rules for it the line reader keeps
            }
            i++;
        }
        at = i < limit ? i + 1 : i;
        ascii = (seen & NON_ASCII) == 0;
        special = (seen & SPECIAL) != 0;
        allSpace = (seen & NOT_SPACE) == 0;
        allDigits = (seen & NOT_DIGIT) == 0 && lineTo > lineFrom;
        scannedLines++;
        return LINE;
    }

    // What a byte is, as bits: one look at a table for each byte of the file, and one "or" to gather a line's.
    private static final int NON_ASCII = 1;
    private static final int SPECIAL = 2; // NUL, "<", "{" or "-": the text needs a closer look
    private static final int NOT_SPACE = 4;
    private static final int NOT_DIGIT = 8;
    private static final int ENDS_LINE = 16;
    private static final int[] CLASSES = new int[256];

    static {
        for (int c = 0; c < 256; c++) {
            int kind = c >= 0x80 ? NON_ASCII | NOT_SPACE | NOT_DIGIT
                    : (c >= '0' && c <= '9' ? 0 : NOT_DIGIT) | (isAsciiSpace((byte) c) ? 0 : NOT_SPACE)
                    | (c == 0 || c == '<' || c == '{' || c == '-' ? SPECIAL : 0);
            CLASSES[c] = c == '\n' || c == '\r' ? ENDS_LINE : kind;
        }
    }

    /** ASCII white space as {@link Character#isWhitespace} has it. */
    private static boolean isAsciiSpace(byte c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c >= 0x1C && c <= 0x1F;
    }

    /**
     * Reads {@code HH:MM:SS,mmm --> HH:MM:SS,mmm}, the line last scanned, as {@link SrtTimestamps} reads it; past
     * 99 hours with up to four digits for them (a long file's last cues, which writers write so).
     */
    private boolean timingLine(long[] out) {
        byte[] b = in.bytes();
        long start = time(b, lineFrom, lineTo);
        if (start < 0) {
            return false;
        }
        int i = (int) (start & 0xFF) + lineFrom;
        if (i + 5 > lineTo || b[i] != ' ' || b[i + 1] != '-' || b[i + 2] != '-' || b[i + 3] != '>' || b[i + 4] != ' ') {
            return false;
        }
        long end = time(b, i + 5, lineTo);
        if (end < 0 || (int) (end & 0xFF) + i + 5 != lineTo) {
            return false;
        }
        out[0] = start >>> 8;
        out[1] = end >>> 8;
        return true;
    }

    /**
     * A time {@code H:MM:SS,mmm} at {@code at} with two to four digits of hours: its ms shifted left by 8, and how
     * many bytes it takes below; or -1.
     */
    private static long time(byte[] b, int at, int to) {
        int i = at;
        long hours = 0;
        while (i < to && i - at < 5 && b[i] >= '0' && b[i] <= '9') {
            hours = hours * 10 + (b[i++] - '0');
        }
        if (i - at < 2 || i - at > 4 || i + 10 > to || b[i] != ':' || b[i + 3] != ':' || b[i + 6] != ',') {
            return -1;
        }
        int minutes = twoDigits(b, i + 1);
        int seconds = twoDigits(b, i + 4);
        int millis = twoDigits(b, i + 7);
        int last = b[i + 9] - '0';
        if (minutes < 0 || seconds < 0 || millis < 0 || last < 0 || last > 9) {
            return -1;
        }
        long ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis * 10 + last;
        return ms << 8 | (i + 10 - at);
    }

    private static int twoDigits(byte[] b, int at) {
        int high = b[at] - '0';
        int low = b[at + 1] - '0';
        return high < 0 || high > 9 || low < 0 || low > 9 ? -1 : high * 10 + low;
    }

    /**
     * The line last scanned as cue text, as {@link SrtReader} would keep it; {@code null} when the line reader must
     * look at it: a NUL (refused there), an arrow (the start of another cue, or a broken timing line), an index
     * (maybe the next cue, without a blank line before it), or white space only beyond ASCII (blank, or not).
     */
    private String textLine() throws IOException {
        byte[] b = in.bytes();
        boolean markup = false;
        if (special) {
            for (int i = lineFrom; i < lineTo; i++) {
                byte c = b[i];
                if (c == 0) {
                    return null;
                }
                if (c == '-' && i + 2 < lineTo && b[i + 1] == '-' && b[i + 2] == '>') {
                    return null;
                }
                markup |= c == '<' || c == '{';
            }
        }
        if (mayBeIndex(b, lineFrom, lineTo)) {
            return null;
        }
        String line = in.decode(lineFrom, lineTo - lineFrom, ascii);
        if (!ascii && line.isBlank()) {
            return null;
        }
        return markup ? SrtReader.stripTags(line) : line;
    }

    /** Whether a line might be an index line ({@link SrtReader#isIndex}): only those characters, and a digit. */
    private static boolean mayBeIndex(byte[] b, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '-' && c != '.' && c != ' ' && c != '\t' && c != 0x0B && c != '\f') {
                return false;
            }
        }
        return digit;
    }
}
