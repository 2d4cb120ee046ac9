package org.turnscript.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;

/**
 * BBC digital paper edit (DPE) JSON: {@code {"words": [{"start", "end", "text"}], "paragraphs": [{"start", "end",
 * "speaker"}]}}, times in seconds. A word belongs to the paragraph in which it starts; each paragraph becomes a
 * segment of its speaker. Read only.
 */
public final class DpeJsonFormat extends AbstractFormat {

    public static final String ID = "dpe-json";
    /** Kaldi-based BBC transcribers name an undetermined speaker so; it is nobody, not a person. */
    private static final String UNKNOWN_SPEAKER = "U_UKN";

    public DpeJsonFormat() {
        super(ID, "BBC digital paper edit (JSON)", Direction.READ_ONLY, "json");
    }

    @Override
    public boolean sniffsWholeJson() {
        return true;
    }

    @Override
    public int sniff(String head) {
        return head.contains("\"words\"") && head.contains("\"paragraphs\"") && head.contains("\"text\"") ? 85 : 0;
    }

    private record Paragraph(long start, long end, String speaker) {
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        JsonNode root = JsonText.parse(text, options.sourceName());
        JsonNode words = JsonText.requiredArray(root, "words", text, options.sourceName(),
                "DPE JSON needs a \"words\" array");
        List<Paragraph> paragraphs = new ArrayList<>();
        for (JsonNode p : root.path("paragraphs")) {
            String speaker = p.path("speaker").asText(null);
            paragraphs.add(new Paragraph(SpeakerRuns.millis(p.get("start")), SpeakerRuns.millis(p.get("end")),
                    UNKNOWN_SPEAKER.equals(speaker) ? null : speaker));
        }
        paragraphs.sort(Comparator.comparingLong(Paragraph::start));
        SpeakerRuns runs = new SpeakerRuns(options);
        int previous = -2;
        for (JsonNode w : words) {
            String word = w.path("text").asText("").strip();
            if (word.isEmpty()) {
                continue;
            }
            long start = SpeakerRuns.millis(w.get("start"));
            // An untimed word stays with the words before it.
            int index = start < 0 ? Math.max(previous, -1) : paragraphOf(paragraphs, start);
            Paragraph p = index >= 0 ? paragraphs.get(index) : null;
            long[] bounds = p == null ? new long[] {-1, -1} : new long[] {p.start(), p.end()};
            runs.add(p == null ? null : p.speaker(), word, start, SpeakerRuns.millis(w.get("end")), index != previous,
                    bounds);
            previous = index;
        }
        return ReadResult.of(runs.build(null), ID);
    }

    /** The last paragraph starting at or before {@code start}, or -1 when the word comes before all of them. */
    private static int paragraphOf(List<Paragraph> paragraphs, long start) {
        int low = 0;
        int high = paragraphs.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (paragraphs.get(mid).start() <= start) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
