package org.turnscript.cli;

/** Formats milliseconds for people: {@code 44:30} or {@code 1:02:03.5}. */
final class Clock {

    private Clock() {
    }

    static String format(long ms) {
        long totalSeconds = ms / 1000;
        long h = totalSeconds / 3600;
        long m = totalSeconds / 60 % 60;
        long s = totalSeconds % 60;
        String base = h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
        return base + String.format(" (%.3f s)", ms / 1000.0);
    }
}
