package org.turnscript.formats.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.ReadResult;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentOverlaps;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.SoundTags;
import org.turnscript.model.Speaker;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Podcasting 2.0 JSON → transcript. Each object becomes one segment whose words share its interval
 * evenly; speaker names join the roster in order of first appearance, after the names the user gave.
 * Works the same for phrase-level files and for word-level ones (one object per word, as in the
 * specification's example), where each word becomes a one-word segment with its measured time.
 */
final class PodcastJsonReader {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String text;
    private final ReadOptions options;
    private final List<String> warnings = new ArrayList<>();
    private JsonLineIndex lines;

    private PodcastJsonReader(String text, ReadOptions options) {
        this.text = text;
        this.options = options;
    }

    static ReadResult read(String text, ReadOptions options) throws FormatException {
        return new PodcastJsonReader(text, options).read(true);
    }

    /** As {@link #read}, always through the tree: what the streaming reading is tested against. */
    static ReadResult readCarefully(String text, ReadOptions options) throws FormatException {
        return new PodcastJsonReader(text, options).read(false);
    }

    /** One object of the file, read but not yet turned into words. */
    private record Entry(String speaker, long start, long end, boolean endKnown, String body) {
    }

    private ReadResult read(boolean streaming) throws FormatException {
        List<Entry> entries = streaming ? streamedEntries(text) : null;
        if (entries == null) {
            entries = carefulEntries();
        }
        Roster roster = roster(entries);
        // Files are meant to be sorted; a stable sort repairs one that is not and keeps ties in file order.
        entries.sort(Comparator.comparingLong(Entry::start));
        closeOpenEnds(entries);
        List<Segment> result = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            result.add(segment(e, roster, Transcript.sequentialId(result.size() + 1)));
        }
        Metadata metadata = Metadata.EMPTY.withDurationMs(Math.max(Word.UNKNOWN_TIME, options.durationMs()));
        if (!"-".equals(options.sourceName())) {
            metadata = metadata.withSourceFile(options.sourceName());
        }
        // Objects that overlap (two people at once) are cut back as overlapping cues are (SegmentOverlaps.clip).
        List<Segment> clipped = SegmentOverlaps.clip(result);
        if (clipped != result) {
            warnings.add("segments overlap; each was cut to end where the next begins");
        }
        return new ReadResult(new Transcript(metadata, roster, clipped), PodcastJsonFormat.ID, warnings);
    }

    /** The entries through a tree of the file, with every warning and refusal at its line. */
    private List<Entry> carefulEntries() throws FormatException {
        JsonNode root = JsonText.parse(text, options.sourceName());
        JsonNode version = root.get("version");
        if (version == null || !PodcastJsonDocument.VERSION.equals(version.textValue())) {
            // Read anyway: the layout has not changed since 1.0.0, and a missing version is a slip of the tool
            // that wrote the file, not a reason to refuse its content.
            warn("/version", "expected \"version\": \"1.0.0\"; read as 1.0.0");
        }
        JsonNode segments = root.get("segments");
        if (segments == null || !segments.isArray()) {
            throw error("/segments", "\"segments\" must be an array");
        }
        List<Entry> entries = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            Entry entry = entry(segments.get(i), "/segments/" + i);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * The entries of a file with nothing to warn about or refuse, in one pass of the streaming parser and without a
     * tree of the file (ADR 21); {@code null} at the first thing {@link #carefulEntries} would warn about or
     * refuse, or that this reading is not sure of (a duplicate key, content after the object), so that the careful
     * reading says what and where.
     */
    static List<Entry> streamedEntries(String text) {
        if (JsonText.nulEscape(text) >= 0) {
            return null;
        }
        try (JsonParser p = JsonText.factory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            boolean versionOk = false;
            List<Entry> entries = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("version".equals(name)) {
                    versionOk = value == JsonToken.VALUE_STRING && PodcastJsonDocument.VERSION.equals(p.getText());
                } else if ("segments".equals(name) && value == JsonToken.START_ARRAY) {
                    entries = new ArrayList<>();
                    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        if (t != JsonToken.START_OBJECT) {
                            return null;
                        }
                        Entry entry = streamedEntry(p);
                        if (entry == SKIPPED) {
                            continue;
                        }
                        if (entry == null) {
                            return null;
                        }
                        entries.add(entry);
                    }
                } else if ("segments".equals(name)) {
                    return null;
                } else {
                    JsonText.skipValue(p); // a vendor's extra keys
                }
            }
            return versionOk && p.nextToken() == null ? entries : null;
        } catch (IOException | IllegalArgumentException | ArithmeticException e) {
            // IOException: malformed JSON or a duplicate key; the others: a number beyond any time
            return null;
        }
    }

    /** An object whose body is only whitespace, which {@link #entry} skips. */
    private static final Entry SKIPPED = new Entry(null, 0, 0, false, "");

    /** The object the parser is in, as {@link #entry} reads it; null where that warns or refuses. */
    private static Entry streamedEntry(JsonParser p) throws IOException {
        String body = null;
        boolean bodyOk = false;
        BigDecimal start = null;
        BigDecimal end = null;
        boolean timesOk = true;
        String speaker = null;
        boolean speakerOk = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "body" -> {
                    bodyOk = value == JsonToken.VALUE_STRING;
                    body = bodyOk ? p.getText() : null;
                }
                case "startTime" -> {
                    start = value.isNumeric() ? p.getDecimalValue() : null;
                    timesOk &= start != null;
                }
                case "endTime" -> {
                    end = value.isNumeric() ? p.getDecimalValue() : null;
                    timesOk &= end != null || value == JsonToken.VALUE_NULL;
                }
                case "speaker" -> {
                    speakerOk = value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL;
                    speaker = value == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                default -> { }
            }
            JsonText.skipValue(p);
        }
        if (!bodyOk) {
            return null;
        }
        if (body.isBlank()) {
            return SKIPPED; // as entry(): the whitespace objects of word-level exports
        }
        if (!timesOk || start == null || start.signum() < 0 || end != null && end.signum() < 0 || !speakerOk) {
            return null;
        }
        long startMs = Seconds.toMillis(start);
        long endMs = end == null ? startMs : Seconds.toMillis(end);
        if (endMs < startMs) {
            return null; // a warning to give with its line
        }
        return new Entry(speaker == null || speaker.isBlank() ? null : speaker.strip(), startMs, endMs, end != null,
                body.strip());
    }

    /** Reads one object, or returns null for one without words. */
    private Entry entry(JsonNode node, String at) throws FormatException {
        if (node == null || !node.isObject()) {
            throw error(at, "each segment must be a JSON object");
        }
        JsonNode body = node.get("body");
        if (body == null || !body.isTextual()) {
            throw error(at, "segment without a text \"body\"");
        }
        if (body.textValue().isBlank()) {
            // Word-level exports (e.g. transcriptator's) write the spaces between words as segments of their
            // own; they carry no words and are skipped without a warning.
            return null;
        }
        long start = seconds(node.get("startTime"), at + "/startTime");
        JsonNode endNode = node.get("endTime");
        boolean endKnown = endNode != null && !endNode.isNull();
        long end = endKnown ? seconds(endNode, at + "/endTime") : start;
        if (end < start) {
            warn(at + "/endTime", "endTime before startTime; the segment ends where it starts");
            end = start;
        }
        JsonNode speakerNode = node.get("speaker");
        if (speakerNode != null && !speakerNode.isNull() && !speakerNode.isTextual()) {
            throw error(at + "/speaker", "\"speaker\" must be a name");
        }
        String speaker = speakerNode == null || speakerNode.isNull() || speakerNode.textValue().isBlank()
                ? null : speakerNode.textValue().strip();
        return new Entry(speaker, start, end, endKnown, body.textValue().strip());
    }

    private long seconds(JsonNode node, String at) throws FormatException {
        if (node == null || node.isNull()) {
            throw error(at, "missing " + at.substring(at.lastIndexOf('/') + 1));
        }
        if (!node.isNumber()) {
            throw error(at, "times are numbers of seconds, not " + node);
        }
        if (node.decimalValue().signum() < 0) {
            throw error(at, "negative time " + Seconds.show(node.decimalValue()));
        }
        try {
            return Seconds.toMillis(node.decimalValue());
        } catch (ArithmeticException e) {
            throw error(at, "time out of range: " + Seconds.show(node.decimalValue()));
        }
    }

    /** The user's names first (keys 1, 2, … as given), then each new name in order of first appearance. */
    private Roster roster(List<Entry> entries) {
        Roster roster = Roster.of(options.speakerNames());
        for (Entry e : entries) {
            if (e.speaker() != null && roster.byName(e.speaker()).isEmpty()) {
                roster = roster.withNewSpeaker(e.speaker());
            }
        }
        return roster;
    }

    /** "endTime if available": a segment without one runs until the next segment starts. */
    private static void closeOpenEnds(List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!e.endKnown() && i + 1 < entries.size() && entries.get(i + 1).start() > e.start()) {
                entries.set(i, new Entry(e.speaker(), e.start(), entries.get(i + 1).start(), true, e.body()));
            }
        }
    }

    private static Segment segment(Entry e, Roster roster, String id) {
        if (e.speaker() == null && SoundTags.isWholeTag(e.body())) {
            // A tag is one sound however many words name it, so it stays one word.
            String tag = WHITESPACE.matcher(e.body()).replaceAll(" ");
            Word word = new Word(tag, tag, e.start(), e.end(), TimeSource.MEASURED, WordFlag.SOUND_TAG.bit());
            return new Segment(id, null, SegmentKind.NON_SPEECH, List.of(word));
        }
        String speakerId = e.speaker() == null ? null : roster.byName(e.speaker()).map(Speaker::id).orElseThrow();
        return new Segment(id, speakerId, SegmentKind.SPEECH, spread(WHITESPACE.split(e.body()), e.start(), e.end()));
    }

    /** Gives each word an equal share of the segment; a lone word keeps the measured interval itself. */
    private static List<Word> spread(String[] tokens, long start, long end) {
        if (tokens.length == 1) {
            return List.of(Word.timed(tokens[0], start, end, TimeSource.MEASURED));
        }
        List<Word> words = new ArrayList<>(tokens.length);
        long span = end - start;
        for (int i = 0; i < tokens.length; i++) {
            long wordStart = start + span * i / tokens.length;
            long wordEnd = start + span * (i + 1) / tokens.length;
            words.add(Word.timed(tokens[i], wordStart, wordEnd, TimeSource.INTERPOLATED));
        }
        return words;
    }

    private void warn(String pointer, String message) {
        int line = lines().lineOf(pointer);
        warnings.add((line > 0 ? "line " + line + ": " : "") + message);
    }

    private FormatException error(String pointer, String message) {
        return new FormatException(options.sourceName(), lines().lineOf(pointer), message);
    }

    private JsonLineIndex lines() {
        if (lines == null) {
            lines = JsonLineIndex.of(text);
        }
        return lines;
    }
}
