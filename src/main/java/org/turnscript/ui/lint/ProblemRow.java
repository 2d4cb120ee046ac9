package org.turnscript.ui.lint;

import org.turnscript.subtitles.LintSeverity;

/**
 * One line of the problems list.
 *
 * @param cueNumber 1-based number of the cue, as in the exported SRT
 * @param startMs   the cue's start, where selecting the row moves the caret
 * @param severity  error or warning
 * @param text      {@code cue 12 · 0:41 · reading speed 23.1 > 20 cps}
 */
public record ProblemRow(int cueNumber, long startMs, LintSeverity severity, String text) {

    public boolean isError() {
        return severity == LintSeverity.ERROR;
    }

    @Override
    public String toString() {
        return text;
    }
}
