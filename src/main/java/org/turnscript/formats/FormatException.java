package org.turnscript.formats;

import org.turnscript.model.TurnscriptException;

/**
 * A file that cannot be read, or an export that could not be read back. The message reads
 * {@code FILE:LINE: what is wrong}, ready for a person.
 */
public class FormatException extends TurnscriptException {

    /**
     * @param source  file name ("-" for standard input)
     * @param line    1-based line number, or 0 when the problem is not on one line
     * @param problem what is wrong, in words
     */
    public FormatException(String source, int line, String problem) {
        super(source, line, problem);
    }
}
