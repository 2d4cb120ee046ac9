package org.turnscript.formats.cues;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.cues.CueSink;
import org.turnscript.formats.cues.CueSource;
import org.turnscript.formats.cues.LineSource;

/**
 * A subtitle format whose files are a list of timed cues (SRT, WebVTT), read and written cue by cue as the file
 * has them, without a transcript in between: what a conversion that keeps the source cues needs.
 */
public interface CueFormat {

    /**
     * The cues of a text one at a time. Recoverable problems are added to {@code warnings} as they are met.
     *
     * @param lines the lines of the text (a byte order mark at the start is dropped)
     */
    CueSource openCues(LineSource lines, String sourceName, List<String> warnings) throws IOException,
            FormatException;

    /** Writes cues as they come; {@link CueSink#finish()} flushes the last ones to {@code out}. */
    CueSink cueSink(Writer out);

    /**
     * Whether the cues of a file that starts with {@code head} are what a person reads, so that keeping them is
     * a faithful conversion (a roll-up caption file repeats each line and is not).
     */
    default boolean keepsCues(String head) {
        return true;
    }
}
