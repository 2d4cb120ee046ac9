package org.turnscript.model;

/**
 * The root of every problem a user can cause and fix: a file that cannot be read, a glossary or profile line that
 * makes no sense, an option out of range. Its message reads {@code FILE:LINE: what is wrong}, one line, in words,
 * ready to show as it is; the command line prints it and exits 1, the window shows it and keeps the document.
 * Bugs are not this: they stay unchecked exceptions, so a catch of this type never hides one.
 */
public class TurnscriptException extends Exception {

    /** Longest problem text kept: a message quotes input, and input can be a gigabyte on one line. */
    static final int MAX_PROBLEM_CHARS = 300;
    /** Longest file name kept in a message. */
    static final int MAX_SOURCE_CHARS = 200;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source  file name ("-" for standard input)
     * @param line    1-based line number, or 0 when the problem is not on one line
     * @param problem what is wrong, in words; cut to {@value #MAX_PROBLEM_CHARS} characters and made one line
     */
    public TurnscriptException(String source, int line, String problem) {
        this(source, line, problem, null);
    }

    /** As {@link #TurnscriptException(String, int, String)}, keeping what caused it for a debugger. */
    public TurnscriptException(String source, int line, String problem, Throwable cause) {
        super(message(source, line, problem), cause);
        this.source = source == null ? "-" : source;
        this.line = Math.max(0, line);
        this.problem = oneLine(problem, MAX_PROBLEM_CHARS);
    }

    /** {@code FILE:LINE: problem}, or {@code FILE: problem} without a line, both bounded and on one line. */
    static String message(String source, int line, String problem) {
        String file = oneLine(source == null ? "-" : source, MAX_SOURCE_CHARS);
        return file + (line > 0 ? ":" + line : "") + ": " + oneLine(problem, MAX_PROBLEM_CHARS);
    }

    /**
     * {@code text} on one line and at most {@code max} characters: controls become spaces (a quoted line end or NUL
     * would break the line the message is printed on) and a long text keeps its start and end around " … ".
     */
    public static String oneLine(String text, int max) {
        if (text == null) {
            return "";
        }
        String cut = text.length() <= max ? text
                : text.substring(0, max * 2 / 3) + " … " + text.substring(text.length() - max / 3 + 3);
        StringBuilder sb = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return sb.toString();
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
