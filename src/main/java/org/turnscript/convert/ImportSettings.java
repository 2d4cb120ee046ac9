package org.turnscript.convert;

import java.nio.charset.Charset;
import java.util.List;
import org.turnscript.model.Word;

/**
 * What the user says about an input before it is read.
 *
 * @param formatId     a format id to use instead of detection, or {@code null}
 * @param encoding     a charset to use instead of detection, or {@code null}
 * @param speakerNames roster to start with, in key order
 * @param durationMs   media duration for untimed text, or {@link Word#UNKNOWN_TIME}
 * @param limits       how large an input may be before it is refused
 * @param unbrokenPhrases the wrong phrases of the glossary in effect, which provisional cuts avoid (may be empty)
 */
public record ImportSettings(String formatId, Charset encoding, List<String> speakerNames, long durationMs,
                             InputLimits limits, List<String> unbrokenPhrases) {

    public static final ImportSettings DEFAULTS = new ImportSettings(null, null, List.of(), Word.UNKNOWN_TIME);

    public ImportSettings {
        speakerNames = speakerNames == null ? List.of() : List.copyOf(speakerNames);
        limits = limits == null ? InputLimits.DEFAULTS : limits;
        unbrokenPhrases = unbrokenPhrases == null ? List.of() : List.copyOf(unbrokenPhrases);
    }

    public ImportSettings(String formatId, Charset encoding, List<String> speakerNames, long durationMs,
                          InputLimits limits) {
        this(formatId, encoding, speakerNames, durationMs, limits, List.of());
    }

    /** Settings under the default limits. */
    public ImportSettings(String formatId, Charset encoding, List<String> speakerNames, long durationMs) {
        this(formatId, encoding, speakerNames, durationMs, InputLimits.DEFAULTS);
    }

    public ImportSettings withLimits(InputLimits newLimits) {
        return new ImportSettings(formatId, encoding, speakerNames, durationMs, newLimits, unbrokenPhrases);
    }

    public ImportSettings withSpeakers(List<String> names) {
        return new ImportSettings(formatId, encoding, names, durationMs, limits, unbrokenPhrases);
    }

    public ImportSettings withDurationMs(long ms) {
        return new ImportSettings(formatId, encoding, speakerNames, ms, limits, unbrokenPhrases);
    }

    /** These settings with provisional cuts kept out of {@code phrases} (the glossary's wrong phrases). */
    public ImportSettings withUnbrokenPhrases(List<String> phrases) {
        return new ImportSettings(formatId, encoding, speakerNames, durationMs, limits, phrases);
    }
}
