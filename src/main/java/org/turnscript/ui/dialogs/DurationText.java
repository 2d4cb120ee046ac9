package org.turnscript.ui.dialogs;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A media duration as people type it: {@code 2670}, {@code 2670s}, {@code 44:30}, {@code 1:02:03}, or with units as
 * caption pages print it, {@code 44min 30sec}, {@code 1h 2m 3s}. Plain numbers are seconds.
 */
public final class DurationText {

    private static final Pattern SECONDS = Pattern.compile("(\\d+(?:[.,]\\d{1,3})?)\\s*(?:s|sec|secs|seconds?)?");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d+):(\\d{1,2}(?:[.,]\\d{1,3})?)");
    private static final Pattern UNITS = Pattern.compile(
            "(?:(\\d+)\\s*(?:h|hr|hrs|hours?))?\\s*(?:(\\d+)\\s*(?:m|min|mins|minutes?))?\\s*"
                    + "(?:(\\d+(?:[.,]\\d{1,3})?)\\s*(?:s|sec|secs|seconds?))?");

    private DurationText() {
    }

    /** The duration in ms, or empty when the text is blank or not a duration. */
    public static OptionalLong parse(String text) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SECONDS.matcher(s);
        if (m.matches()) {
            return OptionalLong.of(secondsToMs(m.group(1)));
        }
        m = CLOCK.matcher(s);
        if (m.matches()) {
            long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long minutes = Long.parseLong(m.group(2));
            long secondsMs = secondsToMs(m.group(3));
            // "90:00" is ninety minutes, but "1:90:00" and "44:75" are typos, not durations.
            if (secondsMs >= 60_000 || (m.group(1) != null && minutes >= 60)) {
                return OptionalLong.empty();
            }
            return OptionalLong.of((hours * 3600 + minutes * 60) * 1000 + secondsMs);
        }
        m = UNITS.matcher(s);
        if (m.matches() && (m.group(1) != null || m.group(2) != null || m.group(3) != null)) {
            long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
            long secondsMs = m.group(3) == null ? 0 : secondsToMs(m.group(3));
            return OptionalLong.of((hours * 3600 + minutes * 60) * 1000 + secondsMs);
        }
        return OptionalLong.empty();
    }

    /** {@code 44:30}, or {@code 1:02:03} from an hour on; whole seconds, as the field shows them. */
    /** {@code 12:03.250} (or {@code 1:02:03.250}): to the millisecond, for times a user types back in. */
    public static String formatPrecise(long ms) {
        long s = Math.max(0, ms) / 1000;
        long h = s / 3600;
        String clock = h > 0 ? String.format("%d:%02d:%02d", h, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
        return clock + String.format(".%03d", Math.max(0, ms) % 1000);
    }

    public static String format(long ms) {
        if (ms < 0) {
            return "";
        }
        long s = Math.round(ms / 1000.0);
        long h = s / 3600;
        return h > 0 ? String.format("%d:%02d:%02d", h, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    private static long secondsToMs(String seconds) {
        return Math.round(Double.parseDouble(seconds.replace(',', '.')) * 1000);
    }
}
