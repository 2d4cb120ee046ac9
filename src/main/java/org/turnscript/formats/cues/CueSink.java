package org.turnscript.formats.cues;

import java.io.IOException;

/** Writes cues one at a time as they are, re-encoded for one format. */
public interface CueSink {

    void write(ReadCue cue) throws IOException;

    /** Writes what is still buffered; the sink is not used after this. */
    void finish() throws IOException;
}
