package org.turnscript.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Transcript;

/**
 * WhisperX's JSON output ({@code {"segments": [{"start", "end", "text", "speaker"?, "words": [{"word", "start",
 * "end", "score", "speaker"?}]}], "language"}}), times in seconds. Word times are measured; a word's own speaker
 * (from diarisation) wins over its segment's, and a change of speaker starts a new segment. Read only.
 */
public final class WhisperXJsonFormat extends AbstractFormat {

    public static final String ID = "whisperx-json";

    public WhisperXJsonFormat() {
        super(ID, "WhisperX (JSON)", Direction.READ_ONLY, "json");
    }

    @Override
    public boolean sniffsWholeJson() {
        return true;
    }

    @Override
    public int sniff(String head) {
        if (head.contains("\"word_segments\"")) {
            return 90;
        }
        return head.contains("\"segments\"") && head.contains("\"words\"") && head.contains("\"word\"")
                && !head.contains("\"startTime\"") ? 85 : 0;
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        Transcript streamed = WhisperXStreamReader.read(text, options);
        return streamed != null ? ReadResult.of(streamed, ID) : readCarefully(text, options);
    }

    /** Through a tree of the whole file: the reading that reports a file that cannot be read, with its line. */
    static ReadResult readCarefully(String text, ReadOptions options) throws FormatException {
        JsonNode root = JsonText.parse(text, options.sourceName());
        JsonNode segments = JsonText.requiredArray(root, "segments", text, options.sourceName(),
                "WhisperX JSON needs a \"segments\" array");
        SpeakerRuns runs = new SpeakerRuns(options);
        for (JsonNode segment : segments) {
            long[] bounds = {SpeakerRuns.millis(segment.get("start")), SpeakerRuns.millis(segment.get("end"))};
            String segmentSpeaker = segment.path("speaker").asText(null);
            JsonNode words = segment.get("words");
            boolean first = true;
            if (words != null && words.isArray() && !words.isEmpty()) {
                for (JsonNode w : words) {
                    String word = w.path("word").asText("").strip();
                    if (!word.isEmpty()) {
                        runs.add(w.path("speaker").asText(segmentSpeaker), word, SpeakerRuns.millis(w.get("start")),
                                SpeakerRuns.millis(w.get("end")), first, bounds);
                        first = false;
                    }
                }
            } else {
                // Without alignment WhisperX writes only the segment text: its words share the segment's time.
                for (String word : segment.path("text").asText("").strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        runs.add(segmentSpeaker, word, -1, -1, first, bounds);
                        first = false;
                    }
                }
            }
        }
        return ReadResult.of(runs.build(root.path("language").asText(null)), ID);
    }
}
