package org.turnscript.formats.json;

import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Transcript;

/**
 * Podcasting 2.0 transcript JSON ({@code {"version":"1.0.0","segments":[…]}}), the interchange file that
 * podcast apps read. Exactly the keys of the specification; the mapping rules are in docs/json-format.md.
 */
public final class PodcastJsonFormat extends AbstractFormat {

    public static final String ID = "podcast-json";

    public PodcastJsonFormat() {
        super(ID, "Podcasting 2.0 transcript (JSON)", Direction.READ_WRITE, "json");
    }

    @Override
    public boolean sniffsWholeJson() {
        return true;
    }

    @Override
    public int sniff(String head) {
        if (head == null || NativeJsonFormat.MARKER.matcher(head).find()) {
            return 0;
        }
        return head.contains("\"segments\"") && head.contains("\"startTime\"") ? 80 : 0;
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        return PodcastJsonReader.read(text, options);
    }

    /**
     * One object per segment with kept words; sound segments only when {@code options.includeNonSpeech()}.
     *
     * @throws IllegalArgumentException when a kept word has no time
     */
    @Override
    public String write(Transcript transcript, ExportOptions options) {
        return PodcastJsonWriter.write(transcript, options);
    }
}
