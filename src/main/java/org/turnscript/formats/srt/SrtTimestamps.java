package org.turnscript.formats.srt;

import org.turnscript.formats.cues.CueTimes;

/** SRT times: {@code HH:MM:SS,mmm} written strictly, read with the variations found in real files. */
public final class SrtTimestamps {

    // Read by hand, not by a regular expression, because every line of a file is tried. What is read is what
    //   ^\s*TIME\s*-{1,2}\s?>\s*TIME(?:\s.*)?$   with   TIME = (?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3})\d*)?
    // would match.
    // Tolerated: "." for "," (srt-parser-2 dot-as-separator.srt), 1-digit fields (single-digit-timecodes.srt),
    // hours past 99 (cdown/srt reads "100:00:01,000" as 100 h), missing hours ("04:48,460", SubtitleEdit repairs),
    // missing milliseconds (Media3 typical_no_hours_and_millis), and a fourth fraction digit ("28.9670"), which is
    // cut to milliseconds as pysubs2 and srt-parser-2 do.
    // Tolerated: "->" and "- >" style arrows (cdown/srt "Seen in BSG") and trailing coordinates "X1:63 X2:223".
    // Tolerated: fullwidth "，" and "：" from CJK input methods (cdown/srt test_parser_can_parse_with_fullwidth_delimiter).

    /** Hours beyond this are no recording; they saturate instead of overflowing a long. */
    private static final long MAX_HOURS = 1_000_000_000L;

    private SrtTimestamps() {
    }

    /** A timing line's start and end in ms. */
    public record Timing(long start, long end) {
    }

    /** The timing of a line such as {@code 00:00:01,000 --> 00:00:02,500}, or {@code null} if it is none. */
    public static Timing parseTiming(String line) {
        long[] out = new long[2];
        return parse(line, out) ? new Timing(out[0], out[1]) : null;
    }

    public static boolean isTimingLine(String line) {
        return parse(line, null);
    }

    /** Reads a timing line into {@code out} (start, end) when it is not null; whether the line is one. */
    static boolean parse(String line, long[] out) {
        if (line.length() == CANONICAL.length()) {
            long start = canonicalTime(line, 0);
            long end = start < 0 ? -1 : canonicalTime(line, 17);
            if (end >= 0 && line.startsWith(" --> ", 12)) {
                if (out != null) {
                    out[0] = start;
                    out[1] = end;
                }
                return true;
            }
        }
        return parseAnyForm(line, out);
    }

    /** {@link #parse} without the shortcut for the canonical form, which must agree with it. */
    static boolean parseAnyForm(String line, long[] out) {
        int n = line.length();
        long first = time(line, skipSpace(line, 0));
        if (first < 0) {
            return false;
        }
        int i = skipSpace(line, (int) (first & INDEX_MASK));
        int dashes = 0;
        while (i < n && line.charAt(i) == '-' && dashes < 2) {
            dashes++;
            i++;
        }
        if (dashes == 0) {
            return false;
        }
        if (i + 1 < n && isSpace(line.charAt(i)) && line.charAt(i + 1) == '>') {
            i++;
        }
        if (i >= n || line.charAt(i) != '>') {
            return false;
        }
        long second = time(line, skipSpace(line, i + 1));
        if (second < 0) {
            return false;
        }
        i = (int) (second & INDEX_MASK);
        if (i < n) {
            if (!isSpace(line.charAt(i))) {
                return false;
            }
            for (int j = i + 1; j < n; j++) { // trailing text, but no line terminator inside it
                char c = line.charAt(j);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return false;
                }
            }
        }
        if (out != null) {
            out[0] = first >>> INDEX_BITS;
            out[1] = second >>> INDEX_BITS;
        }
        return true;
    }

    /** The timing line every SRT writer writes, which is read without the general parser below (same result). */
    private static final String CANONICAL = "00:00:00,000 --> 00:00:00,000";

    /** A time written {@code HH:MM:SS,mmm} at {@code at} in ms, or -1 when it is not written so. */
    private static long canonicalTime(String s, int at) {
        long value = 0;
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(at + i);
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
        // value holds the digits HHMMSSmmm
        long hours = value / 10_000_000;
        long minutes = value / 100_000 % 100;
        long seconds = value / 1000 % 100;
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + value % 1000;
    }

    /** A time and the index after it travel in one long (no array per call): ms above, index below. */
    private static final int INDEX_BITS = 20;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    /** Longer than any recording (about 2,400 hours), short enough to pack; later times are cut to it. */
    private static final long MAX_MS = (1L << 43) - 1;

    /**
     * One time at {@code from}, {@code [H+:]M{1,2}:S{1,2}[,mmm…]}: its ms shifted left by {@link #INDEX_BITS}
     * with the index after it below, or -1 when there is none (or it ends past the first megabyte of the line).
     */
    private static long time(String s, int from) {
        int n = s.length();
        long f0 = 0;
        long f1 = 0;
        long f2 = 0;
        int l0 = 0;
        int l1 = 0;
        int l2 = 0;
        int count = 0;
        int i = from;
        while (true) {
            int digitsFrom = i;
            long value = 0;
            while (i < n && isDigit(s.charAt(i))) {
                value = Math.min(value * 10 + (s.charAt(i) - '0'), MAX_HOURS);
                i++;
            }
            int length = i - digitsFrom;
            if (length == 0) {
                return -1;
            }
            if (count == 0) {
                f0 = value;
                l0 = length;
            } else if (count == 1) {
                f1 = value;
                l1 = length;
            } else {
                f2 = value;
                l2 = length;
            }
            count++;
            if (count < 3 && i < n && isColon(s.charAt(i))) {
                i++;
            } else {
                break;
            }
        }
        long hours;
        long minutes;
        long seconds;
        if (count == 3) {
            if (l1 > 2 || l2 > 2) {
                return -1;
            }
            hours = f0;
            minutes = f1;
            seconds = f2;
        } else if (count == 2) {
            if (l0 > 2 || l1 > 2) {
                return -1;
            }
            hours = 0;
            minutes = f0;
            seconds = f1;
        } else {
            return -1;
        }
        long millis = 0;
        if (i + 1 < n && isFractionMark(s.charAt(i)) && isDigit(s.charAt(i + 1))) {
            i++;
            int digits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                if (digits < 3) {
                    millis = millis * 10 + (s.charAt(i) - '0');
                }
                digits++;
                i++;
            }
            // A short fraction is read as a decimal fraction (",5" = 500 ms, as pysubs2 and srt-parser-2 do);
            // cdown/srt would read 5 ms. Every file this program writes has exactly three digits.
            for (int d = digits; d < 3; d++) {
                millis *= 10;
            }
        }
        if (i > INDEX_MASK) {
            return -1;
        }
        long ms = Math.min(((hours * 60 + minutes) * 60 + seconds) * 1000 + millis, MAX_MS);
        return ms << INDEX_BITS | i;
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \\s} of a regular expression: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '\uFF1A';
    }

    private static boolean isFractionMark(char c) {
        return c == ',' || c == '.' || c == '\uFF0C';
    }

    /** {@code HH:MM:SS,mmm}; hours take more digits past 99 rather than wrap. */
    public static String format(long ms) {
        return CueTimes.append(new StringBuilder(12), ms, ',').toString();
    }
}
