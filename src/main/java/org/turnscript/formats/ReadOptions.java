package org.turnscript.formats;

import java.util.List;
import org.turnscript.model.Word;

/**
 * What the user told us about a file before reading it.
 *
 * @param sourceName   file name for messages and metadata ("-" for standard input)
 * @param speakerNames roster to create, in key order (may be empty)
 * @param durationMs   media duration for estimating untimed text, or {@link Word#UNKNOWN_TIME}
 * @param unbrokenPhrases phrases a reader that cuts text into segments must not cut inside: the wrong sides of
 *                     the glossary in effect, so the glossary rule finds each whole (may be empty)
 */
public record ReadOptions(String sourceName, List<String> speakerNames, long durationMs,
                          List<String> unbrokenPhrases) {

    public ReadOptions {
        speakerNames = speakerNames == null ? List.of() : List.copyOf(speakerNames);
        sourceName = sourceName == null ? "-" : sourceName;
        unbrokenPhrases = unbrokenPhrases == null ? List.of() : List.copyOf(unbrokenPhrases);
    }

    public ReadOptions(String sourceName, List<String> speakerNames, long durationMs) {
        this(sourceName, speakerNames, durationMs, List.of());
    }

    public static ReadOptions defaults(String sourceName) {
        return new ReadOptions(sourceName, List.of(), Word.UNKNOWN_TIME);
    }

    public ReadOptions withSpeakers(List<String> names) {
        return new ReadOptions(sourceName, names, durationMs, unbrokenPhrases);
    }

    public ReadOptions withDurationMs(long ms) {
        return new ReadOptions(sourceName, speakerNames, ms, unbrokenPhrases);
    }

    public ReadOptions withUnbrokenPhrases(List<String> phrases) {
        return new ReadOptions(sourceName, speakerNames, durationMs, phrases);
    }
}
