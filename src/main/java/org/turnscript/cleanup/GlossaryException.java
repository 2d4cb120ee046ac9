package org.turnscript.cleanup;

/** A glossary file that cannot be read. The message reads {@code FILE:LINE: what is wrong}. */
public final class GlossaryException extends Exception {

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source  file name
     * @param line    1-based line number
     * @param problem what is wrong, in words
     */
    public GlossaryException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
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
