package org.turnscript.formats.vtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A {@link VttCue} seen through the names of the browser's VTTCue, as the conformance suites test it. */
final class CueFields {

    private CueFields() {
    }

    static Object of(VttCue cue, String field) {
        VttCueSettings s = cue.settings();
        return switch (field) {
            case "id" -> cue.id();
            case "startTime" -> cue.start() / 1000.0;
            case "endTime" -> cue.end() / 1000.0;
            case "text" -> cue.rawText();
            case "align" -> s.align();
            case "line" -> Double.isNaN(s.line()) ? "auto" : s.line();
            case "snapToLines" -> s.snapToLines();
            case "lineAlign" -> s.lineAlign();
            case "position" -> Double.isNaN(s.position()) ? "auto" : s.position();
            case "positionAlign" -> s.positionAlign();
            case "size" -> s.size();
            case "vertical" -> s.vertical();
            case "region" -> s.region() == null ? JsLiteral.NULL : s.region();
            default -> throw new IllegalArgumentException("no cue field " + field);
        };
    }

    static void assertSame(Object expected, Object actual) {
        if (expected instanceof Double d && actual instanceof Double a) {
            // JavaScript numbers: the suites write 18446744073709552000 and Number.MAX_VALUE-sized values
            assertThat(a).isCloseTo(d, within(Math.max(1e-9, Math.abs(d) * 1e-12)));
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }
}
