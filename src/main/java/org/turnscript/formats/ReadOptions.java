package org.turnscript.formats;

import java.util.List;
import org.turnscript.model.Word;

/**
 * What the user told us about a file before reading it.
 *
 * @param sourceName   file name for messages and metadata ("-" for standard input)
 * @param speakerNames roster to create, in key order (may be empty)
 * @param durationMs   media duration for estimating untimed text, or {@link Word#UNKNOWN_TIME}
 */
public record ReadOptions(String sourceName, List<String> speakerNames, long durationMs) {

    public ReadOptions {
        speakerNames = speakerNames == null ? List.of() : List.copyOf(speakerNames);
        sourceName = sourceName == null ? "-" : sourceName;
    }

    public static ReadOptions defaults(String sourceName) {
        return new ReadOptions(sourceName, List.of(), Word.UNKNOWN_TIME);
    }

    public ReadOptions withSpeakers(List<String> names) {
        return new ReadOptions(sourceName, names, durationMs);
    }

    public ReadOptions withDurationMs(long ms) {
        return new ReadOptions(sourceName, speakerNames, ms);
    }
}
