package org.turnscript.subtitles;

import java.util.List;

/**
 * Reading speed as subtitle tools measure it (Subtitle Edit, Netflix): visible characters, spaces and punctuation
 * included, line breaks not, per second on screen.
 */
public final class ReadingSpeed {

    private ReadingSpeed() {
    }

    /** Visible characters of the lines (code points, so an emoji is one). */
    public static int characters(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n += line.codePointCount(0, line.length());
        }
        return n;
    }

    public static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Characters per second over {@code durationMs}; infinite for no duration. */
    public static double cps(int characters, long durationMs) {
        return durationMs <= 0 ? Double.POSITIVE_INFINITY : characters * 1000.0 / durationMs;
    }

    /** How long {@code characters} must stay up to be read at {@code maxCps}, rounded up to a whole ms. */
    public static long minDisplayMs(int characters, double maxCps) {
        return (long) Math.ceil(characters * 1000.0 / maxCps - 1e-9);
    }
}
