package org.turnscript.formats.srt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.CueTranscriptBuilder;
import org.turnscript.formats.cues.LineSource;
import org.turnscript.formats.cues.RawCues;
import org.turnscript.formats.cues.ReadCue;

/**
 * Reads SRT into cues, one at a time and looking at most two lines ahead, so a file of any length streams; then,
 * for a transcript, into one segment per cue. A block whose timing cannot be read is skipped with a warning; a
 * file without any readable cue is an error.
 */
final class SrtReader {

    private static final String NO_CUE =
            "no subtitle cue found (expected a timing line such as 00:00:01,000 --> 00:00:02,000)";

    private final LineSource in;
    private final List<String> warnings;
    private final String[] ahead = new String[2];
    private final int[] aheadKind = new int[2]; // what kindOf says of each line ahead
    private final long[] timing = new long[2];
    private final List<CueLine> scratch = new ArrayList<>(4);
    private int buffered;
    private int lineNumber; // of the line last taken, from 1
    private boolean lastBlank; // whether the line last taken is blank
    private int lastKind; // what kindOf says of the line last taken
    private char[] chars = new char[256]; // where kindOf copies a line to look at it
    private boolean blankBefore = true; // whether the line before it is (or it is the first)
    private int firstNonBlank;
    private ReadCue pending; // the last cue read, which a later block of text may still continue
    private SrtBlockScanner scanner; // reads the well-formed blocks first, while there are any

    SrtReader(LineSource in, List<String> warnings) {
        this(in, warnings, true);
    }

    /** As {@link SrtReader(LineSource, List)}; without the byte scanner when {@code scan} is false (for tests). */
    SrtReader(LineSource in, List<String> warnings, boolean scan) {
        this.in = in;
        this.warnings = warnings;
        this.scanner = scan ? SrtBlockScanner.over(in, warnings) : null;
    }

    static ReadResult read(String text, ReadOptions options) throws FormatException {
        List<String> warnings = new ArrayList<>();
        List<ReadCue> cues = readAll(text, options.sourceName(), warnings);
        return new ReadResult(CueTranscriptBuilder.build(cues, options, warnings), SrtFormat.ID, warnings);
    }

    /** The cues as the file has them; see {@link SrtFormat#readCues}. */
    static RawCues readCues(String text, String source) throws FormatException {
        List<String> warnings = new ArrayList<>();
        return RawCues.of(readAll(text, source, warnings), warnings);
    }

    private static List<ReadCue> readAll(String text, String source, List<String> warnings) throws FormatException {
        SrtReader reader = new SrtReader(LineSource.of(text), warnings);
        List<ReadCue> cues = new ArrayList<>();
        try {
            for (ReadCue cue = reader.next(); cue != null; cue = reader.next()) {
                cues.add(cue);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string cannot fail to be read
        }
        if (cues.isEmpty()) {
            throw reader.noCue(source);
        }
        return cues;
    }

    /** The error for a file without any cue, at its first non-blank line. */
    FormatException noCue(String source) {
        return new FormatException(source, Math.max(firstNonBlank, 1), NO_CUE);
    }

    /** The next cue, or {@code null} after the last. */
    ReadCue next() throws IOException {
        if (scanner != null) {
            ReadCue cue = scanner.next();
            if (cue != null || scanner.ended()) {
                return cue;
            }
            // The rest starts with a block the scanner does not read, or with the last cue it did not hand out
            // (which that block may continue): read on from there, line by line.
            lineNumber = scanner.linesTaken();
            scanner = null;
        }
        while (true) {
            String line = take();
            if (line == null) {
                ReadCue last = pending;
                pending = null;
                return last;
            }
            if (lastBlank) {
                continue;
            }
            if (firstNonBlank == 0) {
                firstNonBlank = lineNumber;
            }
            ReadCue done = pending;
            // An index line has no colon, so it is never a timing line: asked first, it spares the timing parser
            // the index line that opens every cue.
            boolean index = isIndex(line);
            if (!index && SrtTimestamps.parse(line, timing)) {
                // Tolerated: no index line before the timing (cdown/srt test_parse_file_with_missing_index).
                pending = readCue(lineNumber);
            } else if (index && peek(0) != null && SrtTimestamps.parse(peek(0), timing)) {
                take(); // its timing is read already
                pending = readCue(lineNumber);
            } else if (pending != null && !index && (lastKind & ARROW) == 0 && blankBefore) {
                // Tolerated: a blank line inside a cue's text (cdown/srt test_parsing_content_with_blank_lines).
                List<CueLine> text = new ArrayList<>(pending.lines());
                text.add(CueLine.of(stripTags(line)));
                readText(text);
                pending = new ReadCue(pending.lineNumber(), pending.start(), pending.end(), text);
                continue;
            } else {
                skipBlock(line);
                continue;
            }
            if (done != null) {
                return done;
            }
        }
    }

    /** Reads the text of the cue whose timing (in {@link #timing}) is on line {@code timingLine}. */
    private ReadCue readCue(int timingLine) throws IOException {
        long start = timing[0];
        long end = timing[1];
        if (end < start) {
            warnings.add(endsBeforeStart(timingLine));
            end = start;
        }
        scratch.clear();
        readText(scratch);
        List<CueLine> lines = switch (scratch.size()) {
            case 0 -> List.of();
            case 1 -> List.of(scratch.get(0));
            case 2 -> List.of(scratch.get(0), scratch.get(1));
            default -> List.copyOf(scratch);
        };
        return new ReadCue(timingLine, start, end, lines);
    }

    static String endsBeforeStart(int timingLine) {
        return "line " + timingLine + ": cue ends before it starts; its end was set to its start";
    }

    private void readText(List<CueLine> text) throws IOException {
        while (peek(0) != null && (aheadKind[0] & BLANK) == 0 && !startsNextCue()) {
            String line = take();
            text.add(CueLine.of((lastKind & MARKUP) != 0 ? stripTags(line) : line));
        }
    }

    // Tolerated: the next cue starting without a blank line before it (pysubs2 and cdown/srt look ahead too).
    // Any other line with an arrow ends the text as well, so a broken timing line is reported, not shown.
    private boolean startsNextCue() throws IOException {
        return (aheadKind[0] & ARROW) != 0 || isIndex(peek(0)) && isTiming(peek(1));
    }

    private void skipBlock(String line) throws IOException {
        boolean indexFirst = isIndex(line) && peek(0) != null;
        String timingText = indexFirst ? peek(0) : line;
        warnings.add("line " + (indexFirst ? lineNumber + 1 : lineNumber) + ": unreadable timing line '"
                + timingText.strip() + "'; block skipped");
        while (peek(0) != null && !peek(0).isBlank()) {
            take();
        }
    }

    private String take() throws IOException {
        String line;
        int kind;
        if (buffered > 0) {
            line = ahead[0];
            kind = aheadKind[0];
            ahead[0] = ahead[1];
            aheadKind[0] = aheadKind[1];
            ahead[1] = null;
            buffered--;
        } else {
            line = in.next();
            kind = line == null ? 0 : kindOf(line);
        }
        if (line != null) {
            lineNumber++;
            blankBefore = lastBlank;
            lastBlank = (kind & BLANK) != 0;
            lastKind = kind;
        }
        return line;
    }

    private String peek(int k) throws IOException {
        while (buffered <= k) {
            String line = in.next();
            if (line == null) {
                return null;
            }
            aheadKind[buffered] = kindOf(line);
            ahead[buffered++] = line;
        }
        return ahead[k];
    }

    /** The longest line whose copy is kept for the next line to use. */
    private static final int KEPT_CHARS = 1 << 12;

    /** A line all white space, as {@link String#isBlank} says. */
    static final int BLANK = 1;
    /** A line with {@code -->} in it. */
    static final int ARROW = 2;
    /** A line with a character that may open markup, {@code <} or <code>{</code>: the others need no stripping. */
    static final int MARKUP = 4;

    /**
     * What the reader asks of every line, in one look at it rather than one search for each question: which of
     * {@link #BLANK}, {@link #ARROW} and {@link #MARKUP} it is. The line is copied into {@link #chars} and scanned
     * there, which costs a fraction of a call to {@link String#charAt} per character when the JVM runs without
     * its optimising compiler, as the command line does.
     */
    int kindOf(String line) {
        int n = line.length();
        if (chars.length < n && n <= KEPT_CHARS) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        char[] c = n <= chars.length ? chars : new char[n]; // a longer line's copy is not kept for the next
        line.getChars(0, n, c, 0);
        int kind = BLANK;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch == '-') {
                kind &= ~BLANK;
                if (i + 2 < n && c[i + 1] == '-' && c[i + 2] == '>') {
                    kind |= ARROW;
                }
            } else if (ch == '<' || ch == '{') {
                kind = kind & ~BLANK | MARKUP;
            } else if ((kind & BLANK) != 0 && ch != ' ' && !Character.isWhitespace(ch)) {
                kind &= ~BLANK; // no white space is a surrogate, so char by char is as isBlank sees it
            }
        }
        return kind;
    }

    private static boolean isTiming(String line) {
        return line != null && SrtTimestamps.isTimingLine(line);
    }

    /** An index line: {@code ^\s*-?\d+(\.\d*)?\s*$}. */
    static boolean isIndex(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && isSpace(line.charAt(i))) {
            i++;
        }
        if (i < n && line.charAt(i) == '-') {
            i++;
        }
        int digits = i;
        while (i < n && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i < n && line.charAt(i) == '.') {
            i++;
            while (i < n && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                i++;
            }
        }
        while (i < n && isSpace(line.charAt(i))) {
            i++;
        }
        return i == n;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The line without the markup players render as style; the words are what a transcript keeps. Strips what
     * {@code <\s*\/?\s*(?:i|b|u|s|font)(?:\s[^>]*)?>|\{\\[^}]*}} (case-insensitive) matches, by hand and in
     * linear time: the regular expression backtracks on "<" followed by 50,000 spaces, and rescans the rest of
     * the line from every unclosed "<b " or "{\".
     */
    static String stripTags(String line) {
        if (line.indexOf('<') < 0 && line.indexOf('{') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        NextChar closeAngle = new NextChar(line, '>');
        NextChar closeBrace = new NextChar(line, '}');
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            int end = -1;
            if (c == '<') {
                end = styleTagEnd(line, i, closeAngle);
            } else if (c == '{' && i + 1 < n && line.charAt(i + 1) == '\\') {
                end = closeBrace.from(i + 2);
            }
            if (end < 0) {
                out.append(c);
                i++;
            } else {
                i = end + 1;
            }
        }
        return out.toString();
    }

    /** The index of the ">" ending a style tag that starts at {@code lt}, or -1 when none starts there. */
    private static int styleTagEnd(String s, int lt, NextChar closeAngle) {
        int n = s.length();
        int j = skipSpaces(s, lt + 1);
        if (j < n && s.charAt(j) == '/') {
            j = skipSpaces(s, j + 1);
        }
        int nameEnd;
        if (s.regionMatches(true, j, "font", 0, 4)) {
            nameEnd = j + 4;
        } else if (j < n && "ibusIBUS".indexOf(s.charAt(j)) >= 0) {
            nameEnd = j + 1;
        } else {
            return -1;
        }
        if (nameEnd < n && s.charAt(nameEnd) == '>') {
            return nameEnd;
        }
        if (nameEnd < n && isSpace(s.charAt(nameEnd))) {
            return closeAngle.from(nameEnd + 1);
        }
        return -1;
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Finds the next occurrence of one character, remembering the last answer so repeated searches stay linear. */
    private static final class NextChar {
        private final String s;
        private final char c;
        private int searchedFrom = Integer.MAX_VALUE;
        private int found = -1;

        NextChar(String s, char c) {
            this.s = s;
            this.c = c;
        }

        int from(int index) {
            if (index >= searchedFrom && (found < 0 || found >= index)) {
                return found; // the last search started no later and found this, or found nothing at all
            }
            searchedFrom = index;
            found = s.indexOf(c, index);
            return found;
        }
    }
}
