package org.turnscript.formats;

/**
 * What any text input must be before a reader looks at it: text (no NUL, not mostly control characters) with lines
 * of a length a reader can hold. Binary files (images, archives, programs) would otherwise be read as Windows-1252
 * "captions" and written out again as garbage.
 */
public final class TextChecks {

    /** Share of control characters above which a text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.10;
    /** Characters looked at for the share; a binary file shows itself at once. */
    /** How much of a text {@link #requireText} looks at for control characters (NUL bytes it finds anywhere). */
    public static final int SAMPLE_CHARS = 1 << 16;

    private TextChecks() {
    }

    /**
     * Refuses what is no text file.
     *
     * @param text   decoded text
     * @param source file name for the message
     */
    public static void requireText(String text, String source) throws FormatException {
        if (text.startsWith("\uFEFF\uFEFF")) {
            // TextDecoder keeps both marks when there are two; a file may start with one (W3C signature-two-boms).
            throw new FormatException(source, 1, "two byte order marks at the start of the file; a file may "
                    + "have one");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new FormatException(source, lineAt(text, nul),
                    "not a text file (it holds NUL bytes); Turnscript reads caption and transcript text");
        }
        int n = Math.min(text.length(), SAMPLE_CHARS);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            if (isStrayControl(text.charAt(i))) {
                controls++;
            }
        }
        if (n > 0 && controls > n * MAX_CONTROL_SHARE) {
            throw new FormatException(source, 1, "not a text file (" + Math.round(100.0 * controls / n)
                    + " % control characters); Turnscript reads caption and transcript text");
        }
    }

    /**
     * Refuses a line longer than {@code maxChars}: reading it would take memory out of all proportion to any
     * caption file (a caption dump of ten hours on one line is about 600,000 characters).
     *
     * @param option the option that raises the limit, named in the message
     */
    public static void requireLinesWithin(String text, int maxChars, String source, String option)
            throws FormatException {
        // indexOf rather than a loop over charAt: a ten-hour project is sixty million characters. The next line
        // feed and carriage return are each found once and kept until passed, so a file without one is read once.
        int n = text.length();
        int line = 1;
        int lineStart = 0;
        int lf = -1;
        int cr = -1;
        while (lineStart <= n) {
            if (lf < lineStart && lf != n) {
                lf = text.indexOf('\n', lineStart);
                lf = lf < 0 ? n : lf;
            }
            if (cr < lineStart && cr != n) {
                cr = text.indexOf('\r', lineStart);
                cr = cr < 0 ? n : cr;
            }
            int end = Math.min(lf, cr);
            if (end - lineStart > maxChars) {
                throw new FormatException(source, line, lineTooLong(end - lineStart, maxChars, option));
            }
            line++;
            lineStart = end + 1;
        }
    }

    /** The message for a line over the limit. */
    public static String lineTooLong(long length, int maxChars, String option) {
        return "line of " + (length > maxChars ? "more than " + maxChars : String.valueOf(length))
                + " characters; Turnscript reads lines of up to " + maxChars + " (raise the limit with " + option
                + ")";
    }

    /** A C0 or C1 control character other than the tab, line ends and form feed that real text files hold. */
    public static boolean isStrayControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F);
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
