package org.turnscript.convert;

import java.util.List;
import org.turnscript.model.Transcript;

/**
 * A transcript read from a file, with what was learnt on the way.
 *
 * @param transcript the document, every word timed
 * @param formatId   the format that read it
 * @param encoding   the charset that decoded it
 * @param warnings   problems worked around, "line N: what"
 */
public record LoadedDocument(Transcript transcript, String formatId, String encoding, List<String> warnings) {

    public LoadedDocument {
        warnings = List.copyOf(warnings);
    }
}
