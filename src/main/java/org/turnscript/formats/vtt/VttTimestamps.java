package org.turnscript.formats.vtt;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WebVTT times: written as {@code HH:MM:SS.mmm}; read with or without hours. */
final class VttTimestamps {

    // Hours are optional when zero (W3C); "," before the milliseconds is tolerated because SRT files renamed to
    // .vtt are common, and the W3C parser would drop every cue of such a file.
    private static final String TIME = "(?:(\\d+):)?(\\d{2}):(\\d{2})[.,](\\d{3})";
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*" + TIME + "[ \\t]*-->[ \\t]*" + TIME + "(?:[ \\t].*)?$");

    private VttTimestamps() {
    }

    /** A cue timing: start and end in ms; anything after the end time (cue settings) is ignored. */
    record Timing(long start, long end) {
    }

    static Timing parseTiming(String line) {
        Matcher m = TIMING.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return new Timing(toMillis(m, 1), toMillis(m, 5));
    }

    static String format(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d",
                ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static long toMillis(Matcher m, int first) {
        long hours = m.group(first) == null ? 0 : Long.parseLong(m.group(first));
        return ((hours * 60 + Long.parseLong(m.group(first + 1))) * 60 + Long.parseLong(m.group(first + 2))) * 1000
                + Long.parseLong(m.group(first + 3));
    }
}
