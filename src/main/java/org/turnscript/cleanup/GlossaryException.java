package org.turnscript.cleanup;

import org.turnscript.model.TurnscriptException;

/** A glossary file that cannot be read. The message reads {@code FILE:LINE: what is wrong}. */
public final class GlossaryException extends TurnscriptException {

    /**
     * @param source  file name
     * @param line    1-based line number, or 0 when the problem is the whole file
     * @param problem what is wrong, in words
     */
    public GlossaryException(String source, int line, String problem) {
        super(source, line, problem);
    }
}
