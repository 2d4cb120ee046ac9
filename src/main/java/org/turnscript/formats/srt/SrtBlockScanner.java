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
 * a block that opens with an index and a timing line starts a cue whatever came before it (ADR 20b).
 */
final class SrtBlockScanner {

    /** A block this long is left to the line reader, so the bytes held for one cue stay small. */
    private static final int MAX_BLOCK_BYTES = 1 << 20;
    private static final int CANONICAL_TIMING = 29; // 00:00:00,000 --> 00:00:00,000

    private final LineSource.Utf8Window in;
    private final List<String> warnings;
    private final int maxLineBytes; // a longer line may be too long in characters: the line reader decides
    private final long[] timing = new long[2];
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
                if (!header(new long[2])) {
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
        return allDigits && lineTo - lineFrom <= 9 && scanLine() == LINE && lineTo - lineFrom == CANONICAL_TIMING
                && canonicalTiming(times);
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
        boolean nonAscii = false;
        boolean marks = false;
        boolean space = true;
        boolean digits = true;
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
            byte c = b[i];
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c < 0) {
                nonAscii = true;
                space = false;
                digits = false;
            } else if (c >= '0' && c <= '9') {
                space = false;
            } else {
                digits = false;
                marks |= c == 0 || c == '<' || c == '{' || c == '-';
                space &= isAsciiSpace(c);
            }
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
        ascii = !nonAscii;
        special = marks;
        allSpace = space;
        allDigits = digits && lineTo > lineFrom;
        scannedLines++;
        return LINE;
    }

    /** ASCII white space as {@link Character#isWhitespace} has it. */
    private static boolean isAsciiSpace(byte c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c >= 0x1C && c <= 0x1F;
    }

    /** Reads {@code HH:MM:SS,mmm --> HH:MM:SS,mmm}, the line last scanned, as {@link SrtTimestamps} reads it. */
    private boolean canonicalTiming(long[] out) {
        byte[] b = in.bytes();
        int f = lineFrom;
        if (b[f + 12] != ' ' || b[f + 13] != '-' || b[f + 14] != '-' || b[f + 15] != '>' || b[f + 16] != ' ') {
            return false;
        }
        long start = time(b, f);
        long end = start < 0 ? -1 : time(b, f + 17);
        if (end < 0) {
            return false;
        }
        out[0] = start;
        out[1] = end;
        return true;
    }

    private static long time(byte[] b, int at) {
        long value = 0;
        for (int i = 0; i < 12; i++) {
            byte c = b[at + i];
            if (i == 2 || i == 5) {
                if (c != ':') {
                    return -1;
                }
            } else if (i == 8) {
                if (c != ',') {
                    return -1;
                }
            } else if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
            } else {
                return -1;
            }
        }
        long hours = value / 10_000_000;
        long minutes = value / 100_000 % 100;
        long seconds = value / 1000 % 100;
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + value % 1000;
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
