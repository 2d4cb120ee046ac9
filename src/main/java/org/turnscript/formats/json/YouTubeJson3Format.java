package org.turnscript.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.formats.cues.CueLine;
import org.turnscript.formats.cues.CueLineBuilder;
import org.turnscript.formats.cues.CueTranscriptBuilder;
import org.turnscript.formats.cues.ReadCue;

/**
 * YouTube json3 timed text ({@code "wireMagic": "pb3"}). Each event with {@code segs} is a cue; a seg's
 * {@code tOffsetMs} is its word's start relative to the event's {@code tStartMs} (the first seg has none: it starts
 * with the event). {@code aAppend} events only carry the roll-up display's line feeds and are skipped, but like
 * every later event they end the words shown before them. Read only.
 */
public final class YouTubeJson3Format extends AbstractFormat {

    public static final String ID = "json3";

    public YouTubeJson3Format() {
        super(ID, "YouTube timed text (json3)", Direction.READ_ONLY, "json3");
    }

    @Override
    public boolean sniffsWholeJson() {
        return true;
    }

    @Override
    public int sniff(String head) {
        if (head.contains("\"wireMagic\"") && head.contains("\"pb3\"")) {
            return 95;
        }
        return head.contains("\"events\"") && head.contains("\"tStartMs\"") ? 85 : 0;
    }

    @Override
    public ReadResult read(String text, ReadOptions options) throws FormatException {
        List<Event> timed = Json3StreamReader.timedEvents(text);
        return cues(timed != null ? timed : carefulEvents(text, options), options);
    }

    /** As {@link #read}, always through a tree of the file: what the streaming reading is tested against. */
    static ReadResult readCarefully(String text, ReadOptions options) throws FormatException {
        return cues(carefulEvents(text, options), options);
    }

    /** An event with a time and segs: a cue, or ({@code append} 1) the line feeds of a roll-up display. */
    record Event(long start, long duration, int append, List<Seg> segs) {
    }

    /** A seg: text, and its start after the event's. */
    record Seg(String utf8, long offset) {
    }

    /** The timed events through a tree of the file, reporting a file that cannot be read with its line. */
    private static List<Event> carefulEvents(String text, ReadOptions options) throws FormatException {
        JsonNode root = JsonText.parse(text, options.sourceName());
        JsonNode events = JsonText.requiredArray(root, "events", text, options.sourceName(),
                "json3 needs an \"events\" array");
        List<Event> timed = new ArrayList<>();
        for (JsonNode event : events) {
            // The first event only sets up the caption window: it has a time but no segs.
            if (event.path("segs").isArray() && event.path("tStartMs").canConvertToLong()) {
                List<Seg> segs = new ArrayList<>();
                for (JsonNode seg : event.get("segs")) {
                    segs.add(new Seg(seg.path("utf8").asText(""), seg.path("tOffsetMs").asLong(0)));
                }
                timed.add(new Event(event.get("tStartMs").asLong(), event.path("dDurationMs").asLong(0),
                        event.path("aAppend").asInt(0), segs));
            }
        }
        return timed;
    }

    private static ReadResult cues(List<Event> timed, ReadOptions options) {
        List<ReadCue> cues = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            Event event = timed.get(i);
            if (event.append() == 1) {
                continue;
            }
            long start = Math.max(0, event.start());
            long end = start + Math.max(0, event.duration());
            long next = i + 1 < timed.size() ? timed.get(i + 1).start() : -1;
            if (next > start && next < end) {
                end = next; // a roll-up line stays on screen while the next builds; its words end there
            }
            cues.add(new ReadCue(0, start, end, lines(event.segs(), start)));
        }
        return CueTranscriptBuilder.captions(cues, options, ID, List.of());
    }

    private static List<CueLine> lines(List<Seg> segs, long start) {
        CueLineBuilder lines = new CueLineBuilder();
        for (Seg seg : segs) {
            lines.mark(start + Math.max(0, seg.offset()));
            lines.appendLines(seg.utf8());
        }
        return lines.lines();
    }
}
