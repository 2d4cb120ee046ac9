package org.turnscript.subtitles;

/** Whether a lint problem fails the check ({@code turnscript lint} exits 1) or only draws attention. */
public enum LintSeverity {
    ERROR,
    WARNING;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
