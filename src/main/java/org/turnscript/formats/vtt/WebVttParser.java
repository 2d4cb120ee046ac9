package org.turnscript.formats.vtt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The W3C "WebVTT file parsing" algorithm, step for step (https://www.w3.org/TR/webvtt1/#file-parsing), turning
 * a file into {@link VttCue}s. STYLE and REGION blocks are dropped like any block without a cue timing, since
 * a transcript renders nothing. Where the algorithm silently
 * drops a block that looks like a cue (an unreadable timing line), this parser also records a warning with the
 * line number, so a person learns what was lost.
 */
public final class WebVttParser {

    /**
     * @param cues     the cues in file order
     * @param warnings "line N: what" for every cue-like block that was dropped
     */
    public record Result(List<VttCue> cues, List<String> warnings) {

        public Result {
            cues = List.copyOf(cues);
            warnings = List.copyOf(warnings);
        }
    }

    private final String input;
    private final int[] lineStarts;
    private final boolean commaTolerant;
    private final List<VttCue> cues = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int position;
    private boolean seenCue;

    private WebVttParser(String input, boolean commaTolerant) {
        this.input = input;
        this.commaTolerant = commaTolerant;
        this.lineStarts = lineStarts(input);
    }

    /** Parses strictly by the specification; empty when the signature is wrong (the file "is not a WebVTT file"). */
    public static Optional<Result> parse(String text) {
        return parse(text, false);
    }

    /**
     * @param commaTolerant also read {@code 00:00:01,000} as a timestamp: SRT files given a WEBVTT line keep their
     *                      commas, and the strict algorithm would drop every cue of such a file
     */
    public static Optional<Result> parse(String text, boolean commaTolerant) {
        // Preprocessing: NUL becomes U+FFFD, CRLF and CR become LF.
        String normal = text.replace('\0', '\uFFFD').replace("\r\n", "\n").replace('\r', '\n');
        WebVttParser parser = new WebVttParser(normal, commaTolerant);
        return parser.run() ? Optional.of(new Result(parser.cues, parser.warnings)) : Optional.empty();
    }

    /**
     * Whether a first line is a WebVTT signature: "WEBVTT" alone or followed by a space or tab, after at most one
     * byte order mark (a second one makes it no WebVTT file).
     */
    public static boolean hasSignature(String firstLine) {
        String line = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
        return line.startsWith("WEBVTT") && (line.length() == 6 || line.charAt(6) == ' ' || line.charAt(6) == '\t');
    }

    private boolean run() {
        if (input.startsWith("\uFEFF")) {
            position = 1;
        }
        if (input.length() - position < 6 || !input.startsWith("WEBVTT", position)) {
            return false;
        }
        position += 6;
        if (position < input.length() && " \t\n".indexOf(input.charAt(position)) < 0) {
            return false;
        }
        collectLine(); // the rest of the signature line
        if (position >= input.length()) {
            return true;
        }
        if (input.charAt(position) == '\n') {
            position++;
        }
        // Header: lines right after the signature line form a block that is ignored ("Kind: captions").
        if (position < input.length() && input.charAt(position) != '\n') {
            collectBlock(true);
        } else {
            position++;
        }
        skipLineFeeds();
        while (position < input.length()) {
            collectBlock(false);
            skipLineFeeds();
        }
        return true;
    }

    /** "Collect a WebVTT block": a cue is added to {@link #cues}; anything else is dropped. */
    private void collectBlock(boolean inHeader) {
        int lineCount = 0;
        int previousPosition = position;
        int blockStart = position;
        StringBuilder buffer = new StringBuilder();
        boolean seenEof = false;
        boolean seenArrow = false;
        VttCue cue = null;
        String failedTiming = null;
        int failedLine = 0;
        while (true) {
            int lineStart = position;
            String line = collectLine();
            lineCount++;
            if (position >= input.length()) {
                seenEof = true;
            } else {
                position++;
            }
            if (line.contains("-->")) {
                if (!inHeader && (lineCount == 1 || lineCount == 2 && !seenArrow)) {
                    seenArrow = true;
                    previousPosition = position;
                    cue = timingsAndSettings(line, buffer.toString(), lineNumber(lineStart));
                    if (cue == null) {
                        failedTiming = line;
                        failedLine = lineNumber(lineStart);
                    } else {
                        buffer.setLength(0);
                        seenCue = true;
                    }
                } else {
                    position = previousPosition;
                    break;
                }
            } else if (line.isEmpty()) {
                break;
            } else {
                if (!buffer.isEmpty()) {
                    buffer.append('\n');
                }
                buffer.append(line);
                previousPosition = position;
            }
            if (seenEof) {
                break;
            }
        }
        if (cue != null) {
            cues.add(new VttCue(cue.id(), cue.start(), cue.end(), cue.settings(), buffer.toString(),
                    cue.lineNumber()));
        } else if (failedTiming != null) {
            warnings.add("line " + failedLine + ": unreadable cue timing '" + failedTiming.strip() + "'; cue skipped");
        } else if (!inHeader && !isComment(input, blockStart) && !isStyleOrRegion(buffer) && !buffer.isEmpty()) {
            warnings.add("line " + lineNumber(blockStart) + ": block without a cue timing skipped");
        }
    }

    /** "Collect WebVTT cue timings and settings"; {@code null} when the timings cannot be read. */
    private VttCue timingsAndSettings(String line, String id, int lineNumber) {
        int[] at = {0};
        skipWhitespace(line, at);
        long start = timestamp(line, at);
        if (start < 0) {
            return null;
        }
        skipWhitespace(line, at);
        if (!line.startsWith("-->", at[0])) {
            return null;
        }
        at[0] += 3;
        skipWhitespace(line, at);
        long end = timestamp(line, at);
        if (end < 0) {
            return null;
        }
        return new VttCue(id, start, end, VttCueSettings.parse(line.substring(at[0])), "", lineNumber);
    }

    private long timestamp(String s, int[] at) {
        return timestamp(s, at, commaTolerant);
    }

    /** "Collect a WebVTT timestamp" at {@code at[0]}: ms, or -1 when it fails; shared with inline timestamps. */
    static long timestamp(String s, int[] at, boolean commaTolerant) {
        boolean hours = false;
        String first = digits(s, at);
        if (first.isEmpty()) {
            return -1;
        }
        long value1 = parseLong(first);
        if (first.length() != 2 || value1 > 59) {
            hours = true;
        }
        if (at[0] >= s.length() || s.charAt(at[0]) != ':') {
            return -1;
        }
        at[0]++;
        String second = digits(s, at);
        if (second.length() != 2) {
            return -1;
        }
        long value2 = parseLong(second);
        long value3;
        if (hours || at[0] < s.length() && s.charAt(at[0]) == ':') {
            if (at[0] >= s.length() || s.charAt(at[0]) != ':') {
                return -1;
            }
            at[0]++;
            String third = digits(s, at);
            if (third.length() != 2) {
                return -1;
            }
            value3 = parseLong(third);
        } else {
            value3 = value2;
            value2 = value1;
            value1 = 0;
        }
        if (at[0] >= s.length() || !(s.charAt(at[0]) == '.' || commaTolerant && s.charAt(at[0]) == ',')) {
            return -1;
        }
        at[0]++;
        String fraction = digits(s, at);
        if (fraction.length() != 3 || value2 > 59 || value3 > 59) {
            return -1;
        }
        return ((value1 * 60 + value2) * 60 + value3) * 1000 + Long.parseLong(fraction);
    }

    private String collectLine() {
        int lf = input.indexOf('\n', position);
        int end = lf < 0 ? input.length() : lf;
        String line = input.substring(position, end);
        position = end;
        return line;
    }

    private void skipLineFeeds() {
        while (position < input.length() && input.charAt(position) == '\n') {
            position++;
        }
    }

    private int lineNumber(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static boolean isStyleOrRegion(CharSequence buffer) {
        String b = buffer.toString();
        return keyword(b, "STYLE") || keyword(b, "REGION");
    }

    private static boolean isComment(String input, int blockStart) {
        int lf = input.indexOf('\n', blockStart);
        return keyword(input.substring(blockStart, lf < 0 ? input.length() : lf), "NOTE");
    }

    private static boolean keyword(String text, String keyword) {
        return text.startsWith(keyword)
                && (text.length() == keyword.length() || " \t\n".indexOf(text.charAt(keyword.length())) >= 0);
    }

    private static void skipWhitespace(String s, int[] at) {
        while (at[0] < s.length() && " \t\n\f\r".indexOf(s.charAt(at[0])) >= 0) {
            at[0]++;
        }
    }

    private static String digits(String s, int[] at) {
        int from = at[0];
        while (at[0] < s.length() && s.charAt(at[0]) >= '0' && s.charAt(at[0]) <= '9') {
            at[0]++;
        }
        return s.substring(from, at[0]);
    }

    private static long parseLong(String digits) {
        // Hours of absurd length overflow a long; no media is that long, so saturate rather than fail.
        return digits.length() > 12 ? Long.MAX_VALUE / 4_000_000 : Long.parseLong(digits);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
