package org.turnscript.formats.cues;

import java.io.IOException;
import org.turnscript.formats.FormatException;

/** The cues of a subtitle file one at a time, in file order, as the file times and breaks them. */
public interface CueSource {

    /**
     * The next cue, or {@code null} after the last.
     *
     * @throws FormatException when the file turns out to hold no cue a reader can take
     * @throws IOException     when the text cannot be read (or decoded)
     */
    ReadCue next() throws IOException, FormatException;
}
