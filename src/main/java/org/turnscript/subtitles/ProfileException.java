package org.turnscript.subtitles;

import org.turnscript.model.TurnscriptException;

/**
 * A subtitle rule profile that cannot be used: an unknown profile name, or a profile file with an unknown key, a
 * value that is no number, or limits that contradict each other. With a file, the message names the file and the
 * line of the key.
 */
public final class ProfileException extends TurnscriptException {

    /**
     * @param source  the profile file, or the option that named the profile ({@code --profile})
     * @param line    1-based line of the key at fault, or 0 when no one line is
     * @param problem what is wrong, in words
     */
    public ProfileException(String source, int line, String problem) {
        super(source, line, problem);
    }
}
