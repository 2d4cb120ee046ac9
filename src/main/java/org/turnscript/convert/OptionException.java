package org.turnscript.convert;

import org.turnscript.model.TurnscriptException;

/**
 * A setting that cannot be honoured: an input or output format nobody reads or writes, a limit out of range. The
 * source of the message is the option that was given ({@code --from}, {@code --to}, {@code --max-input-mb}), so
 * the command line can report it as a usage error.
 */
public final class OptionException extends TurnscriptException {

    /**
     * @param option  the option at fault, e.g. {@code --from}
     * @param problem what is wrong, in words
     */
    public OptionException(String option, String problem) {
        super(option, 0, problem);
    }
}
