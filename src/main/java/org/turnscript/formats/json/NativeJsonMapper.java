package org.turnscript.formats.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.turnscript.formats.json.NativeJsonDocument.MetadataJson;
import org.turnscript.formats.json.NativeJsonDocument.SegmentJson;
import org.turnscript.formats.json.NativeJsonDocument.SpeakerJson;
import org.turnscript.formats.json.NativeJsonDocument.WordJson;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Speaker;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Transcript ⇄ {@link NativeJsonDocument}, losslessly. Words are the truth: a segment's times and texts
 * are written for people and other tools, and recomputed from the words on read.
 */
final class NativeJsonMapper {

    private NativeJsonMapper() {
    }

    // ---- Model → file ----------------------------------------------------------------------------

    static NativeJsonDocument toDocument(Transcript t) {
        List<SpeakerJson> speakers = new ArrayList<>(t.roster().size());
        for (Speaker s : t.roster().speakers()) {
            speakers.add(new SpeakerJson(s.id(), s.name(), s.color(), s.key()));
        }
        List<SegmentJson> segments = new ArrayList<>(t.segments().size());
        for (Segment s : t.segments()) {
            segments.add(toJson(s));
        }
        return new NativeJsonDocument(NativeJsonDocument.FORMAT, NativeJsonDocument.CURRENT_VERSION,
                toJson(t.metadata()), speakers, segments);
    }

    private static MetadataJson toJson(Metadata m) {
        return new MetadataJson(m.title(), m.sourceFile(), m.mediaId(), m.channel(), m.published(),
                m.hasDuration() ? m.durationMs() : null, m.language(), m.timingNote());
    }

    private static SegmentJson toJson(Segment s) {
        List<WordJson> words = new ArrayList<>(s.words().size());
        for (Word w : s.words()) {
            words.add(toJson(w));
        }
        return new SegmentJson(s.id(), s.speakerId(), JsonNames.of(s.kind()), timeOrNull(s.start()),
                timeOrNull(s.end()), s.body(), s.originalBody(), words);
    }

    private static WordJson toJson(Word w) {
        List<String> flags = new ArrayList<>();
        for (WordFlag f : w.flagSet()) {
            flags.add(JsonNames.of(f));
        }
        return new WordJson(w.text(), w.original().equals(w.text()) ? null : w.original(),
                timeOrNull(w.start()), timeOrNull(w.end()), JsonNames.of(w.source()), flags);
    }

    private static Long timeOrNull(long ms) {
        return ms >= 0 ? ms : null;
    }

    // ---- File → model ----------------------------------------------------------------------------

    /** Builds the transcript; {@code format} and {@code version} have been checked by the caller. */
    static Transcript toTranscript(NativeJsonDocument doc) throws JsonProblem {
        Metadata metadata = toMetadata(require(doc.metadata(), "", "metadata"));
        Roster roster = toRoster(require(doc.speakers(), "", "speakers"));
        List<SegmentJson> segmentsJson = require(doc.segments(), "", "segments");
        List<Segment> segments = new ArrayList<>(segmentsJson.size());
        Set<String> seenIds = new HashSet<>();
        long previousStart = 0;
        for (int i = 0; i < segmentsJson.size(); i++) {
            String at = "/segments/" + i;
            Segment segment = toSegment(segmentsJson.get(i), at, roster);
            if (!seenIds.add(segment.id())) {
                throw new JsonProblem(at, "duplicate segment id \"" + segment.id() + "\"");
            }
            long start = firstStart(segment);
            if (start >= 0) {
                // Segments may overlap (two people talk at once: overlapping cues of a subtitle file become
                // overlapping segments), but they follow each other in time.
                if (start < previousStart) {
                    throw new JsonProblem(at, "segment " + segment.id() + " starts at " + start + " ms, before the "
                            + "segment above it (" + previousStart + " ms): segments must be in time order");
                }
                previousStart = start;
            }
            segments.add(segment);
        }
        return new Transcript(metadata, roster, segments);
    }

    /** The start of a segment's first timed word, or -1. */
    private static long firstStart(Segment s) {
        for (Word w : s.words()) {
            if (w.isTimed()) {
                return w.start();
            }
        }
        return -1;
    }

    private static Metadata toMetadata(MetadataJson m) throws JsonProblem {
        long duration = m.durationMs() == null ? Word.UNKNOWN_TIME : m.durationMs();
        if (duration < 0 && m.durationMs() != null) {
            throw new JsonProblem("/metadata/durationMs", "durationMs must not be negative: " + duration);
        }
        return new Metadata(m.title(), m.sourceFile(), m.mediaId(), m.channel(), m.published(), duration,
                m.language(), m.timingNote());
    }

    private static Roster toRoster(List<SpeakerJson> speakers) throws JsonProblem {
        List<Speaker> list = new ArrayList<>(speakers.size());
        Set<String> ids = new HashSet<>();
        Set<Integer> keys = new HashSet<>();
        for (int i = 0; i < speakers.size(); i++) {
            String at = "/speakers/" + i;
            SpeakerJson s = require(speakers.get(i), at, "speaker");
            Speaker speaker;
            try {
                speaker = new Speaker(require(s.id(), at, "id"), require(s.name(), at, "name"),
                        require(s.color(), at, "color"), require(s.key(), at, "key"));
            } catch (IllegalArgumentException e) {
                throw new JsonProblem(at, e.getMessage());
            }
            if (!ids.add(speaker.id())) {
                throw new JsonProblem(at + "/id", "duplicate speaker id \"" + speaker.id() + "\"");
            }
            if (speaker.key() != 0 && !keys.add(speaker.key())) {
                throw new JsonProblem(at + "/key", "duplicate speaker key " + speaker.key());
            }
            list.add(speaker);
        }
        return new Roster(list);
    }

    private static Segment toSegment(SegmentJson s, String at, Roster roster) throws JsonProblem {
        require(s, at, "segment");
        String id = require(s.id(), at, "id");
        if (s.speaker() != null && roster.byId(s.speaker()).isEmpty()) {
            throw new JsonProblem(at + "/speaker", "segment " + id + " names unknown speaker \"" + s.speaker() + "\"");
        }
        SegmentKind kind = JsonNames.parse(SegmentKind.class, require(s.kind(), at, "kind"));
        if (kind == null) {
            throw new JsonProblem(at + "/kind", "kind must be \"speech\" or \"non-speech\", not \"" + s.kind() + "\"");
        }
        List<WordJson> wordsJson = require(s.words(), at, "words");
        if (wordsJson.isEmpty()) {
            throw new JsonProblem(at + "/words", "segment " + id + " has no words");
        }
        List<Word> words = new ArrayList<>(wordsJson.size());
        long previousStart = 0;
        for (int i = 0; i < wordsJson.size(); i++) {
            Word word = toWord(wordsJson.get(i), at + "/words/" + i);
            if (word.isTimed()) {
                if (word.start() < previousStart) {
                    throw new JsonProblem(at + "/words/" + i, "word \"" + word.text() + "\" starts at " + word.start()
                            + " ms, before the word before it (" + previousStart + " ms): words must be in time order");
                }
                previousStart = word.start();
            }
            words.add(word);
        }
        return new Segment(id, s.speaker(), kind, words);
    }

    private static Word toWord(WordJson w, String at) throws JsonProblem {
        require(w, at, "word");
        String text = require(w.text(), at, "text");
        if (text.isBlank()) { // every rule after reading takes a word to have a letter or mark to look at
            throw new JsonProblem(at + "/text", "a word's text must not be empty");
        }
        if (text.indexOf('\0') >= 0 || w.original() != null && w.original().indexOf('\0') >= 0) {
            // What no input may hold either (TextChecks): a NUL byte in an export makes it read as UTF-16.
            throw new JsonProblem(at + "/text", "a word's text holds a NUL character");
        }
        TimeSource source = JsonNames.parse(TimeSource.class, require(w.timing(), at, "timing"));
        if (source == null) {
            throw new JsonProblem(at + "/timing", "unknown timing \"" + w.timing() + "\"");
        }
        if ((w.start() == null) != (w.end() == null)) {
            throw new JsonProblem(at, "a word has either both start and end or neither");
        }
        boolean timed = w.start() != null;
        if (source != TimeSource.UNKNOWN && !timed) {
            throw new JsonProblem(at, "a word with " + w.timing() + " timing needs both start and end");
        }
        if (timed && (w.start() < 0 || w.end() < 0)) {
            throw new JsonProblem(at, "times must not be negative: " + w.start() + ".." + w.end());
        }
        if (timed && (w.start() > MAX_TIME_MS || w.end() > MAX_TIME_MS)) {
            throw new JsonProblem(at, "a time of " + Math.max(w.start(), w.end()) + " ms is beyond any recording "
                    + "(more than " + MAX_TIME_MS / 3_600_000 + " hours)");
        }
        int flags = 0;
        List<String> names = w.flags() == null ? List.of() : w.flags();
        for (int i = 0; i < names.size(); i++) {
            WordFlag flag = JsonNames.parse(WordFlag.class, names.get(i));
            if (flag == null) {
                throw new JsonProblem(at + "/flags/" + i, "unknown word flag \"" + names.get(i) + "\"");
            }
            flags |= flag.bit();
        }
        try {
            return new Word(text, w.original(), timed ? w.start() : Word.UNKNOWN_TIME,
                    timed ? w.end() : Word.UNKNOWN_TIME, source, flags);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(at, e.getMessage());
        }
    }

    /** About 2,443 hours: the longest time a subtitle reader reads (later ones are cut to it). */
    static final long MAX_TIME_MS = (1L << 43) - 1;

    private static <T> T require(T value, String at, String name) throws JsonProblem {
        if (value == null) {
            throw new JsonProblem(at, "missing " + name);
        }
        return value;
    }
}
