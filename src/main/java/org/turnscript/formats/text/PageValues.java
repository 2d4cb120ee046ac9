package org.turnscript.formats.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.turnscript.model.Word;

/** Reads the lengths and dates that caption pages write in words, e.g. "44min 30sec (2670 seconds)". */
public final class PageValues {

    private static final Pattern SECONDS_IN_PARENS = Pattern.compile("\\(\\s*(\\d+)\\s*sec(?:ond)?s?\\s*\\)");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,3}))?");
    private static final Pattern UNITS = Pattern.compile(
            "(?:(\\d+)\\s*h(?:ours?|rs?)?)?\\s*(?:(\\d+)\\s*m(?:in(?:ute)?s?)?)?\\s*(?:(\\d+)\\s*s(?:ec(?:ond)?s?)?)?",
            Pattern.CASE_INSENSITIVE);

    private static final List<DateTimeFormatter> DATES = List.of(
            date("EEE MMM d yyyy"), date("EEE, MMM d yyyy"), date("MMM d yyyy"), date("MMM d, yyyy"),
            date("EEE MMM d, yyyy"), date("d MMM yyyy"), DateTimeFormatter.ISO_LOCAL_DATE);

    private PageValues() {
    }

    /**
     * A length in ms from "44min 30sec (2670 seconds)", "(2670 seconds)", "44min 30sec", "1h 2min 3sec",
     * "1:02:03" or "44:30", or {@link Word#UNKNOWN_TIME} when it is none of these.
     */
    public static long lengthMs(String text) {
        String value = text.strip();
        // The exact seconds in parentheses win over the rounded words before them.
        Matcher seconds = SECONDS_IN_PARENS.matcher(value);
        if (seconds.find()) {
            return Long.parseLong(seconds.group(1)) * 1000;
        }
        Matcher clock = CLOCK.matcher(value);
        if (clock.matches()) {
            long ms = (number(clock.group(1)) * 3600 + number(clock.group(2)) * 60 + number(clock.group(3))) * 1000;
            String fraction = clock.group(4);
            return fraction == null ? ms : ms + Long.parseLong((fraction + "00").substring(0, 3));
        }
        Matcher units = UNITS.matcher(value);
        if (!value.isEmpty() && units.matches()
                && (units.group(1) != null || units.group(2) != null || units.group(3) != null)) {
            return (number(units.group(1)) * 3600 + number(units.group(2)) * 60 + number(units.group(3))) * 1000;
        }
        return Word.UNKNOWN_TIME;
    }

    /** "Fri May 31 2024" as "2024-05-31"; anything that is not a recognisable date comes back as it was. */
    public static String isoDate(String text) {
        String value = text.strip();
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format).toString();
            } catch (DateTimeParseException notThisOne) {
                // try the next pattern; a weekday that contradicts the date fails every pattern that has one
            }
        }
        return value;
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static DateTimeFormatter date(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
