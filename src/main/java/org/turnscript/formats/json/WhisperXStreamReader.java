package org.turnscript.formats.json;

import static org.turnscript.formats.json.StreamedValues.expect;
import static org.turnscript.formats.json.StreamedValues.textOrNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.turnscript.formats.ReadOptions;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.formats.json.StreamedValues.GiveUp;

/**
 * WhisperX JSON → transcript in one pass of the streaming parser, without a tree of the file (ADR 21): ten
 * hours of WhisperX are 30 MB, most of it the {@code word_segments} list that repeats the words and is skipped
 * here. It reads as {@link WhisperXJsonFormat#readCarefully} does, value by value, and gives up ({@code null})
 * where that reading would refuse the file or where it is not sure to read a value the same way (a speaker or
 * word that is not text, a segment that is not an object); the tree reading then reads the file.
 */
final class WhisperXStreamReader {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A word of a segment, held until the segment's own speaker is known (WhisperX writes it after the words). */
    private record Pending(String word, String speaker, boolean ownSpeaker, long start, long end) {
    }

    private final JsonParser p;
    private final SpeakerRuns runs;

    private WhisperXStreamReader(JsonParser parser, ReadOptions options) {
        this.p = parser;
        this.runs = new SpeakerRuns(options);
    }

    static Transcript read(String text, ReadOptions options) {
        if (JsonText.nulEscape(text) >= 0) {
            return null;
        }
        try (JsonParser parser = JsonText.factory().createParser(text)) {
            return new WhisperXStreamReader(parser, options).document();
        } catch (IOException | GiveUp | IllegalArgumentException e) {
            // IOException: malformed JSON or a duplicate key; IllegalArgumentException: a decimal beyond any number
            return null;
        }
    }

    private Transcript document() throws IOException, GiveUp {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        boolean segments = false;
        String language = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("segments".equals(name)) {
                expect(value == JsonToken.START_ARRAY);
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    expect(t == JsonToken.START_OBJECT);
                    segment();
                }
                segments = true;
            } else if ("language".equals(name)) {
                language = textOrNull(p, value);
            } else {
                JsonText.skipValue(p); // word_segments, and what a newer WhisperX adds
            }
        }
        expect(segments && p.nextToken() == null);
        return runs.build(language);
    }

    private void segment() throws IOException, GiveUp {
        long start = Word.UNKNOWN_TIME;
        long end = Word.UNKNOWN_TIME;
        String speaker = null;
        String text = "";
        List<Pending> words = new ArrayList<>();
        boolean hasWords = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "start" -> start = millis(value);
                case "end" -> end = millis(value);
                case "speaker" -> speaker = textOrNull(p, value);
                case "text" -> {
                    String t = textOrNull(p, value);
                    text = t == null ? "" : t;
                }
                case "words" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        expect(value == JsonToken.START_ARRAY);
                        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                            expect(t == JsonToken.START_OBJECT);
                            words.add(word());
                            hasWords = true;
                        }
                    }
                }
                default -> JsonText.skipValue(p);
            }
        }
        long[] bounds = {start, end};
        boolean first = true;
        if (hasWords) {
            for (Pending w : words) {
                String word = w.word().strip();
                if (!word.isEmpty()) {
                    runs.add(w.ownSpeaker() ? w.speaker() : speaker, word, w.start(), w.end(), first, bounds);
                    first = false;
                }
            }
        } else {
            // Without alignment WhisperX writes only the segment text: its words share the segment's time.
            for (String word : WHITESPACE.split(text.strip())) {
                if (!word.isEmpty()) {
                    runs.add(speaker, word, -1, -1, first, bounds);
                    first = false;
                }
            }
        }
    }

    private Pending word() throws IOException, GiveUp {
        String word = "";
        String speaker = null;
        boolean ownSpeaker = false;
        long start = Word.UNKNOWN_TIME;
        long end = Word.UNKNOWN_TIME;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "word" -> {
                    String w = textOrNull(p, value);
                    word = w == null ? "" : w;
                }
                case "start" -> start = millis(value);
                case "end" -> end = millis(value);
                case "speaker" -> {
                    speaker = textOrNull(p, value);
                    ownSpeaker = speaker != null; // null, as missing, leaves the segment's speaker
                }
                default -> JsonText.skipValue(p);
            }
        }
        return new Pending(word, speaker, ownSpeaker, start, end);
    }

    /** As {@link SpeakerRuns#millis}: a number of seconds from 0 up, else no time. */
    private long millis(JsonToken token) throws IOException {
        if (!token.isNumeric()) {
            JsonText.skipValue(p);
            return Word.UNKNOWN_TIME;
        }
        BigDecimal seconds = p.getDecimalValue();
        if (seconds.signum() < 0) {
            return Word.UNKNOWN_TIME;
        }
        try {
            return Seconds.toMillis(seconds);
        } catch (ArithmeticException outOfRange) {
            return Word.UNKNOWN_TIME;
        }
    }

}
