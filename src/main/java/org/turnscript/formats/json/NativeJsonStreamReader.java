package org.turnscript.formats.json;

import static org.turnscript.formats.json.StreamedValues.GIVE_UP;
import static org.turnscript.formats.json.StreamedValues.expect;
import static org.turnscript.formats.json.StreamedValues.text;
import static org.turnscript.formats.json.StreamedValues.textOrNull;
import static org.turnscript.formats.json.StreamedValues.wholeNumber;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.formats.json.NativeJsonDocument.ChapterJson;
import org.turnscript.formats.json.NativeJsonDocument.MetadataJson;
import org.turnscript.formats.json.NativeJsonDocument.SpeakerJson;
import org.turnscript.formats.json.NativeJsonDocument.SuggestionJson;
import org.turnscript.formats.json.NativeJsonMapper.SegmentSequence;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.SuggestionNote;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;
import org.turnscript.formats.json.StreamedValues.GiveUp;

/**
 * Project file → transcript in one pass of Jackson's streaming parser, for the file as Turnscript writes it: words
 * become {@link Word}s as their tokens go by, with no tree, no object per word in between and no data binding to
 * load (ADR 21). It applies {@link NativeJsonMapper}'s checks, and gives up ({@code null}) at anything it is
 * not sure of: malformed JSON, a value of another type than the binding expects, a number out of range, a
 * segment before the speakers, a broken rule of the model, a repair to report. Then the careful reading (a tree,
 * bound to {@link NativeJsonDocument}) reads the file again and says what and where, so the messages stay theirs.
 */
final class NativeJsonStreamReader {

    private final JsonParser p;

    private NativeJsonStreamReader(JsonParser parser) {
        this.p = parser;
    }

    /** The transcript, or {@code null} when the careful reading must read the file. */
    static Transcript read(String text) {
        try (JsonParser parser = JsonText.factory().createParser(text)) {
            return new NativeJsonStreamReader(parser).document();
        } catch (IOException | GiveUp | JsonProblem | IllegalArgumentException e) {
            // IOException: malformed JSON or a duplicate key; IllegalArgumentException: a rule of the model
            return null;
        }
    }

    private Transcript document() throws IOException, GiveUp, JsonProblem {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        String format = null;
        int version = 0;
        MetadataJson metadata = null;
        Roster roster = null;
        SegmentSequence segments = null;
        List<ChapterJson> chapters = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "format" -> format = text(p, value);
                case "version" -> version = integer(value);
                case "metadata" -> metadata = metadata(value);
                case "speakers" -> roster = NativeJsonMapper.toRoster(speakers(value));
                case "segments" -> segments = segments(value, roster);
                case "chapters" -> chapters = chapters(value);
                default -> p.skipChildren(); // readers skip keys they do not know
            }
        }
        if (p.nextToken() != null) {
            throw GIVE_UP; // something after the object: the careful reading decides
        }
        if (!NativeJsonDocument.FORMAT.equals(format) || version < 1 || version > NativeJsonDocument.CURRENT_VERSION
                || metadata == null || segments == null || segments.repairedAny()) {
            throw GIVE_UP;
        }
        Metadata m = NativeJsonMapper.toMetadata(metadata);
        return NativeJsonMapper.finish(m, roster, segments, chapters);
    }

    private MetadataJson metadata(JsonToken token) throws IOException, GiveUp {
        expect(token == JsonToken.START_OBJECT);
        String title = null, sourceFile = null, mediaId = null, channel = null, published = null, language = null;
        String timingNote = null, media = null;
        Long durationMs = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "title" -> title = textOrNull(p, value);
                case "sourceFile" -> sourceFile = textOrNull(p, value);
                case "mediaId" -> mediaId = textOrNull(p, value);
                case "channel" -> channel = textOrNull(p, value);
                case "published" -> published = textOrNull(p, value);
                case "durationMs" -> durationMs = value == JsonToken.VALUE_NULL ? null : wholeNumber(p, value);
                case "language" -> language = textOrNull(p, value);
                case "timingNote" -> timingNote = textOrNull(p, value);
                case "media" -> media = textOrNull(p, value);
                default -> p.skipChildren();
            }
        }
        return new MetadataJson(title, sourceFile, mediaId, channel, published, durationMs, language, timingNote,
                media);
    }

    private List<SpeakerJson> speakers(JsonToken token) throws IOException, GiveUp {
        expect(token == JsonToken.START_ARRAY);
        List<SpeakerJson> speakers = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t == JsonToken.START_OBJECT);
            String id = null, name = null, color = null;
            Integer key = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id" -> id = textOrNull(p, value);
                    case "name" -> name = textOrNull(p, value);
                    case "color" -> color = textOrNull(p, value);
                    case "key" -> key = value == JsonToken.VALUE_NULL ? null : integer(value);
                    default -> p.skipChildren();
                }
            }
            speakers.add(new SpeakerJson(id, name, color, key));
        }
        return speakers;
    }

    private SegmentSequence segments(JsonToken token, Roster roster) throws IOException, GiveUp, JsonProblem {
        expect(token == JsonToken.START_ARRAY);
        if (roster == null) {
            throw GIVE_UP; // the speakers come first in every file Turnscript writes
        }
        SegmentSequence segments = new SegmentSequence(1024, new ArrayList<>());
        List<Word> words = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            segments.add(segment(t, roster, words), null);
        }
        return segments;
    }

    /** One segment; {@code words} is scratch space, reused from segment to segment. */
    private Segment segment(JsonToken token, Roster roster, List<Word> words) throws IOException, GiveUp, JsonProblem {
        expect(token == JsonToken.START_OBJECT);
        String id = null, speaker = null, kind = null;
        SuggestionNote note = null;
        boolean hasWords = false;
        words.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = textOrNull(p, value);
                case "speaker" -> speaker = textOrNull(p, value);
                case "kind" -> kind = textOrNull(p, value);
                // written for people and ignored, but of the type the binding checks
                case "start", "end" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        wholeNumber(p, value);
                    }
                }
                case "body", "originalBody" -> textOrNull(p, value);
                case "suggestion" -> note = value == JsonToken.VALUE_NULL ? null : suggestion(value);
                case "words" -> {
                    expect(value == JsonToken.START_ARRAY);
                    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        NativeJsonMapper.addInOrder(words, word(t), null);
                    }
                    hasWords = true;
                }
                default -> p.skipChildren();
            }
        }
        if (id == null || kind == null || !hasWords || words.isEmpty()) {
            throw GIVE_UP;
        }
        NativeJsonMapper.checkSpeaker(speaker, id, null, roster);
        SegmentKind k = NativeJsonMapper.kind(kind, null);
        return new Segment(id, speaker, k, words, note);
    }

    private SuggestionNote suggestion(JsonToken token) throws IOException, GiveUp, JsonProblem {
        expect(token == JsonToken.START_OBJECT);
        Double score = null;
        String cue = null, detail = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "score" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        expect(value == JsonToken.VALUE_NUMBER_FLOAT);
                        score = p.getDoubleValue();
                    } else {
                        score = null;
                    }
                }
                case "cue" -> cue = textOrNull(p, value);
                case "detail" -> detail = textOrNull(p, value);
                default -> p.skipChildren();
            }
        }
        return NativeJsonMapper.toNote(new SuggestionJson(score, cue, detail), null);
    }

    private Word word(JsonToken token) throws IOException, GiveUp, JsonProblem {
        expect(token == JsonToken.START_OBJECT);
        String text = null, original = null, timing = null;
        boolean hasStart = false, hasEnd = false;
        long start = 0, end = 0;
        int flags = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "text" -> text = textOrNull(p, value);
                case "original" -> original = textOrNull(p, value);
                case "start" -> {
                    hasStart = value != JsonToken.VALUE_NULL;
                    start = hasStart ? wholeNumber(p, value) : 0;
                }
                case "end" -> {
                    hasEnd = value != JsonToken.VALUE_NULL;
                    end = hasEnd ? wholeNumber(p, value) : 0;
                }
                case "timing" -> timing = textOrNull(p, value);
                case "flags" -> flags = value == JsonToken.VALUE_NULL ? 0 : flags(value);
                default -> p.skipChildren();
            }
        }
        if (text == null) {
            throw GIVE_UP;
        }
        TimeSource source = NativeJsonMapper.checkWord(text, original, hasStart, start, hasEnd, end, timing, null);
        return NativeJsonMapper.word(text, original, hasStart, start, end, source, flags, null);
    }

    private int flags(JsonToken token) throws IOException, GiveUp {
        expect(token == JsonToken.START_ARRAY);
        int flags = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t == JsonToken.VALUE_STRING);
            WordFlag flag = NativeJsonMapper.flag(p.getText());
            if (flag == null) {
                throw GIVE_UP;
            }
            flags |= flag.bit();
        }
        return flags;
    }

    private List<ChapterJson> chapters(JsonToken token) throws IOException, GiveUp {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(token == JsonToken.START_ARRAY);
        List<ChapterJson> chapters = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t == JsonToken.START_OBJECT);
            String title = null, segment = null, img = null, url = null;
            Integer word = null;
            Long start = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "title" -> title = textOrNull(p, value);
                    case "segment" -> segment = textOrNull(p, value);
                    case "word" -> word = value == JsonToken.VALUE_NULL ? null : integer(value);
                    case "start" -> start = value == JsonToken.VALUE_NULL ? null : wholeNumber(p, value);
                    case "img" -> img = textOrNull(p, value);
                    case "url" -> url = textOrNull(p, value);
                    default -> p.skipChildren();
                }
            }
            chapters.add(new ChapterJson(title, segment, word, start, img, url));
        }
        return chapters;
    }

    /** A whole number that fits an int, as the binding takes a version, a key or a word index. */
    private int integer(JsonToken token) throws IOException, GiveUp {
        expect(token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT);
        return p.getIntValue();
    }
}
