package org.turnscript.formats.cues;

/** Cue times as SRT and WebVTT write them: {@code HH:MM:SS,mmm} and {@code HH:MM:SS.mmm}. */
public final class CueTimes {

    private CueTimes() {
    }

    /** Appends {@code HH:MM:SS}, {@code fractionMark}, {@code mmm}; hours take more digits past 99 rather than wrap. */
    public static StringBuilder append(StringBuilder out, long ms, char fractionMark) {
        long hours = ms / 3_600_000;
        if (hours < 10) {
            out.append('0');
        }
        out.append(hours).append(':');
        two(out, ms / 60_000 % 60).append(':');
        two(out, ms / 1000 % 60).append(fractionMark);
        long millis = ms % 1000;
        return out.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10));
    }

    private static StringBuilder two(StringBuilder out, long value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** The longest time {@link #write} writes: hours of up to 19 digits. */
    public static final int MAX_CHARS = 19 + 10;

    /**
     * Writes what {@link #append} appends into {@code to} from {@code at}, for a writer that builds a whole timing
     * line before it appends it: one call to a {@link StringBuilder} rather than one per character.
     *
     * @return the index after it
     */
    public static int write(char[] to, int at, long ms, char fractionMark) {
        long hours = ms / 3_600_000;
        int i = at;
        if (hours < 100) {
            to[i++] = (char) ('0' + hours / 10);
            to[i++] = (char) ('0' + hours % 10);
        } else {
            String digits = Long.toString(hours);
            digits.getChars(0, digits.length(), to, i);
            i += digits.length();
        }
        to[i++] = ':';
        long minutes = ms / 60_000 % 60;
        to[i++] = (char) ('0' + minutes / 10);
        to[i++] = (char) ('0' + minutes % 10);
        to[i++] = ':';
        long seconds = ms / 1000 % 60;
        to[i++] = (char) ('0' + seconds / 10);
        to[i++] = (char) ('0' + seconds % 10);
        to[i++] = fractionMark;
        long millis = ms % 1000;
        to[i++] = (char) ('0' + millis / 100);
        to[i++] = (char) ('0' + millis / 10 % 10);
        to[i++] = (char) ('0' + millis % 10);
        return i;
    }
}
