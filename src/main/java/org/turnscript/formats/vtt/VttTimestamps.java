package org.turnscript.formats.vtt;

import org.turnscript.formats.cues.CueTimes;

/** WebVTT times as written: {@code HH:MM:SS.mmm}. Reading is {@link WebVttParser#timestamp}'s job. */
final class VttTimestamps {

    private VttTimestamps() {
    }

    static String format(long ms) {
        return CueTimes.append(new StringBuilder(12), ms, '.').toString();
    }
}
