package org.turnscript.formats.srt;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SRT times: {@code HH:MM:SS,mmm} written strictly, read with the variations found in real files. */
public final class SrtTimestamps {

    // Tolerated: "." for "," (srt-parser-2 dot-as-separator.srt), 1-digit fields (single-digit-timecodes.srt),
    // hours past 99 (cdown/srt reads "100:00:01,000" as 100 h), missing hours ("04:48,460", SubtitleEdit repairs),
    // missing milliseconds (Media3 typical_no_hours_and_millis), and a fourth fraction digit ("28.9670"), which is
    // cut to milliseconds as pysubs2 and srt-parser-2 do.
    private static final String TIME = "(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})(?:[,.](\\d{1,3})\\d*)?";
    // Tolerated: "->" and "- >" style arrows (cdown/srt "Seen in BSG") and trailing coordinates "X1:63 X2:223".
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*" + TIME + "\\s*-{1,2}\\s?>\\s*" + TIME + "(?:\\s.*)?$");

    private SrtTimestamps() {
    }

    /** A timing line's start and end in ms. */
    public record Timing(long start, long end) {
    }

    /** The timing of a line such as {@code 00:00:01,000 --> 00:00:02,500}, or {@code null} if it is none. */
    public static Timing parseTiming(String line) {
        Matcher m = TIMING.matcher(halfWidth(line));
        if (!m.matches()) {
            return null;
        }
        return new Timing(toMillis(m, 1), toMillis(m, 5));
    }

    public static boolean isTimingLine(String line) {
        return TIMING.matcher(halfWidth(line)).matches();
    }

    /** Tolerated: fullwidth "，" and "：" from CJK input methods (cdown/srt test_parser_can_parse_with_fullwidth_delimiter). */
    private static String halfWidth(String line) {
        return line.replace('\uFF0C', ',').replace('\uFF1A', ':');
    }

    /** {@code HH:MM:SS,mmm}; hours take more digits past 99 rather than wrap. */
    public static String format(long ms) {
        long hours = ms / 3_600_000;
        long minutes = ms / 60_000 % 60;
        long seconds = ms / 1000 % 60;
        return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", hours, minutes, seconds, ms % 1000);
    }

    private static long toMillis(Matcher m, int firstGroup) {
        long hours = m.group(firstGroup) == null ? 0 : Long.parseLong(m.group(firstGroup));
        long minutes = Long.parseLong(m.group(firstGroup + 1));
        long seconds = Long.parseLong(m.group(firstGroup + 2));
        String fraction = m.group(firstGroup + 3);
        // A short fraction is read as a decimal fraction (",5" = 500 ms, as pysubs2 and srt-parser-2 do);
        // cdown/srt would read 5 ms. Every file this program writes has exactly three digits.
        long millis = fraction == null ? 0 : Long.parseLong((fraction + "00").substring(0, 3));
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }
}
