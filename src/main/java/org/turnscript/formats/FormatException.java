package org.turnscript.formats;

/**
 * A file that cannot be read. The message reads {@code FILE:LINE: what is wrong}, ready for a person.
 */
public class FormatException extends Exception {

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source  file name ("-" for standard input)
     * @param line    1-based line number, or 0 when the problem is not on one line
     * @param problem what is wrong, in words
     */
    public FormatException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
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
