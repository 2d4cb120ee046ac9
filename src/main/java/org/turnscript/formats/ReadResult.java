package org.turnscript.formats;

import java.util.List;
import org.turnscript.model.Transcript;

/**
 * What a reader produced, with the problems it worked around (each a "line N: what" message).
 *
 * @param transcript the document
 * @param formatId   the format that read it
 * @param warnings   recoverable problems, in file order
 */
public record ReadResult(Transcript transcript, String formatId, List<String> warnings) {

    public ReadResult {
        warnings = List.copyOf(warnings);
    }

    public static ReadResult of(Transcript transcript, String formatId) {
        return new ReadResult(transcript, formatId, List.of());
    }
}
