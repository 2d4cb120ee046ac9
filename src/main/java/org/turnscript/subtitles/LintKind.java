package org.turnscript.subtitles;

/**
 * What {@link SubtitleLint} can find wrong with a cue, and how bad it is. Errors break a rule a player, a
 * broadcaster's QC or a reader cannot work around (cues on top of each other, flicker between cues, text that
 * does not fit, two speakers run together); warnings are about time the speech itself may not leave: a cue
 * shorter than the minimum or faster than the reading speed when the next cue follows at once. A profile with
 * {@link SubtitleProfile#strictTiming()} (Netflix, whose guide makes both limits rules) makes those errors too.
 */
public enum LintKind {
    OVERLAP("overlaps the next cue", LintSeverity.ERROR, "ms"),
    GAP_TOO_SMALL("gap to the next cue too small", LintSeverity.ERROR, "ms"),
    TOO_SHORT("too short", LintSeverity.WARNING, "ms"),
    TOO_LONG("too long", LintSeverity.ERROR, "ms"),
    READING_SPEED("reading speed too high", LintSeverity.WARNING, "cps"),
    LINE_TOO_LONG("line too long", LintSeverity.ERROR, "characters"),
    TOO_MANY_LINES("too many lines", LintSeverity.ERROR, "lines"),
    EMPTY_CUE("no text", LintSeverity.ERROR, "characters"),
    SPEAKER_CHANGE("spans a speaker change", LintSeverity.ERROR, "speakers");

    private final String description;
    private final LintSeverity severity;
    private final String unit;

    LintKind(String description, LintSeverity severity, String unit) {
        this.description = description;
        this.severity = severity;
        this.unit = unit;
    }

    public String description() {
        return description;
    }

    public LintSeverity severity() {
        return severity;
    }

    /** Too short or too fast: a warning by default, an error under a profile with strict timing. */
    public boolean isTimingWarning() {
        return this == TOO_SHORT || this == READING_SPEED;
    }

    /** The unit of the measured and allowed values. */
    public String unit() {
        return unit;
    }
}
