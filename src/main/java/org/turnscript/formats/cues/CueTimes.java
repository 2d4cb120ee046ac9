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
}
