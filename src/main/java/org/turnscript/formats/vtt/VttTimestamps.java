package org.turnscript.formats.vtt;

import java.util.Locale;

/** WebVTT times as written: {@code HH:MM:SS.mmm}. Reading is {@link WebVttParser#timestamp}'s job. */
final class VttTimestamps {

    private VttTimestamps() {
    }

    static String format(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d",
                ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
