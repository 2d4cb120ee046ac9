package org.turnscript.formats.json;

import static org.turnscript.formats.json.StreamedValues.expect;
import static org.turnscript.formats.json.StreamedValues.wholeNumber;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.formats.json.YouTubeJson3Format.Event;
import org.turnscript.formats.json.YouTubeJson3Format.Seg;
import org.turnscript.formats.json.StreamedValues.GiveUp;

/**
 * The timed events of a json3 file in one pass of the streaming parser, without a tree of the file (ADR 21).
 * It takes the values the tree reading takes the same way (whole-number times, text segs, keys left out) and gives
 * up ({@code null}) on anything else: malformed JSON, a time written as text or a decimal, a seg that is not an
 * object. The tree reading then reads the file.
 */
final class Json3StreamReader {

    private final JsonParser p;

    private Json3StreamReader(JsonParser parser) {
        this.p = parser;
    }

    /** The events with a time and segs, in file order, or {@code null} when the tree reading must read the file. */
    static List<Event> timedEvents(String text) {
        if (JsonText.nulEscape(text) >= 0) {
            return null;
        }
        try (JsonParser parser = JsonText.factory().createParser(text)) {
            return new Json3StreamReader(parser).document();
        } catch (IOException | GiveUp | IllegalArgumentException e) {
            // IOException: malformed JSON or a duplicate key; IllegalArgumentException: a decimal beyond any number
            return null;
        }
    }

    private List<Event> document() throws IOException, GiveUp {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        List<Event> timed = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("events".equals(name)) {
                expect(value == JsonToken.START_ARRAY);
                timed = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    expect(t == JsonToken.START_OBJECT);
                    Event event = event();
                    if (event != null) {
                        timed.add(event);
                    }
                }
            } else {
                JsonText.skipValue(p); // pens, window styles and positions
            }
        }
        expect(timed != null && p.nextToken() == null);
        return timed;
    }

    /** The event the parser is in, or null when it has no time or no segs (the window set-up). */
    private Event event() throws IOException, GiveUp {
        boolean timed = false;
        long start = 0;
        long duration = 0;
        int append = 0;
        List<Seg> segs = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "tStartMs" -> {
                    start = wholeNumber(p, value);
                    timed = true;
                }
                case "dDurationMs" -> duration = wholeNumber(p, value);
                case "aAppend" -> {
                    expect(value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT);
                    append = p.getIntValue();
                }
                case "segs" -> {
                    expect(value == JsonToken.START_ARRAY);
                    segs = new ArrayList<>();
                    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        expect(t == JsonToken.START_OBJECT);
                        segs.add(seg());
                    }
                }
                default -> JsonText.skipValue(p);
            }
        }
        return timed && segs != null ? new Event(start, duration, append, segs) : null;
    }

    private Seg seg() throws IOException, GiveUp {
        String utf8 = "";
        long offset = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "utf8" -> {
                    expect(value == JsonToken.VALUE_STRING);
                    utf8 = p.getText();
                }
                case "tOffsetMs" -> offset = wholeNumber(p, value);
                default -> JsonText.skipValue(p);
            }
        }
        return new Seg(utf8, offset);
    }

}
