package org.turnscript.convert;

import java.util.List;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;

/**
 * What a file holds, without the transcript: for {@code turnscript info}.
 *
 * @param info     the counts
 * @param metadata the transcript's metadata
 * @param roster   its speakers
 * @param formatId the format that read it
 * @param encoding the charset that decoded it
 * @param warnings problems worked around, "line N: what"
 */
public record DocumentSummary(DocumentInfo info, Metadata metadata, Roster roster, String formatId, String encoding,
                              List<String> warnings) {

    public DocumentSummary {
        warnings = List.copyOf(warnings);
    }
}
