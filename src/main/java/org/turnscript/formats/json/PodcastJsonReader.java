package org.turnscript.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
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
        return new PodcastJsonReader(text, options).read();
    }

    /** One object of the file, read but not yet turned into words. */
    private record Entry(String speaker, long start, long end, boolean endKnown, String body) {
    }

    private ReadResult read() throws FormatException {
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
