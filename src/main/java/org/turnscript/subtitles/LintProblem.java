package org.turnscript.subtitles;

import java.util.Locale;

/**
 * One rule a cue breaks.
 *
 * @param cueNumber 1-based position of the cue in the list checked
 * @param startMs   the cue's start
 * @param kind      which rule
 * @param detail    what exactly, e.g. "line 2", or "" when the kind says it all
 * @param measured  the cue's value, in {@link LintKind#unit()}
 * @param allowed   the profile's limit, in the same unit
 * @param severity  how bad it is under the profile checked: the kind's own, or an error where the profile makes
 *                  it one ({@link SubtitleProfile#strictTiming()})
 */
public record LintProblem(int cueNumber, long startMs, LintKind kind, String detail, double measured,
                          double allowed, LintSeverity severity) {

    /** A problem as severe as its kind says. */
    public LintProblem(int cueNumber, long startMs, LintKind kind, String detail, double measured, double allowed) {
        this(cueNumber, startMs, kind, detail, measured, allowed, kind.severity());
    }

    /** {@code cue 12 (00:01:02,345): warning: reading speed too high, 23.4 cps vs 20 cps allowed}. */
    public String message() {
        String what = detail.isEmpty() ? kind.description() : kind.description() + " (" + detail + ")";
        return "cue " + cueNumber + " (" + clock(startMs) + "): " + severity().id() + ": " + what + ", "
                + number(measured) + " " + kind.unit() + " vs " + number(allowed) + " " + kind.unit()
                + (kind == LintKind.TOO_SHORT || kind == LintKind.GAP_TOO_SMALL || kind == LintKind.EMPTY_CUE
                        ? " minimum" : " allowed");
    }

    private static String number(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    /** {@code HH:MM:SS,mmm}, as in SRT. */
    static String clock(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }
}
