package org.turnscript.convert;

import java.util.List;

/**
 * What a conversion that kept the source cues did.
 *
 * @param formatId the format that was read
 * @param encoding the charset that decoded it
 * @param cues     how many cues were written, as many as were read
 * @param warnings problems worked around, "line N: what"
 */
public record ConvertedCues(String formatId, String encoding, int cues, List<String> warnings) {

    public ConvertedCues {
        warnings = List.copyOf(warnings);
    }
}
