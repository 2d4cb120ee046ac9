package org.turnscript.formats.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.turnscript.formats.json.NativeJsonDocument.ChapterJson;
import org.turnscript.formats.json.NativeJsonDocument.MetadataJson;
import org.turnscript.formats.json.NativeJsonDocument.SegmentJson;
import org.turnscript.formats.json.NativeJsonDocument.SuggestionJson;
import org.turnscript.formats.json.NativeJsonDocument.SpeakerJson;
import org.turnscript.formats.json.NativeJsonDocument.WordJson;
import org.turnscript.model.Chapter;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Chapters;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentOverlaps;
import org.turnscript.model.SuggestionNote;
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
        List<ChapterJson> chapters = new ArrayList<>(t.chapters().size());
        for (Chapter c : t.chapters()) {
            ChapterMark m = c.mark();
            chapters.add(new ChapterJson(m.title(), c.segmentId(), c.wordIndex(), timeOrNull(Chapters.startMs(t, c)),
                    m.image(), m.url()));
        }
        return new NativeJsonDocument(NativeJsonDocument.FORMAT, NativeJsonDocument.CURRENT_VERSION,
                toJson(t.metadata()), speakers, segments, chapters);
    }

    private static MetadataJson toJson(Metadata m) {
        return new MetadataJson(m.title(), m.sourceFile(), m.mediaId(), m.channel(), m.published(),
                m.hasDuration() ? m.durationMs() : null, m.language(), m.timingNote(), m.media());
    }

    private static SegmentJson toJson(Segment s) {
        List<WordJson> words = new ArrayList<>(s.words().size());
        for (Word w : s.words()) {
            words.add(toJson(w));
        }
        return new SegmentJson(s.id(), s.speakerId(), JsonNames.of(s.kind()), timeOrNull(s.start()),
                timeOrNull(s.end()), s.body(), s.originalBody(), toJson(s.suggestion()), words);
    }

    private static SuggestionJson toJson(SuggestionNote n) {
        return n == null ? null : new SuggestionJson(n.score(), n.cue(), n.detail());
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
        return toTranscript(doc, new ArrayList<>());
    }

    /**
     * As {@link #toTranscript(NativeJsonDocument)}, telling {@code repaired} what was put right on reading: each
     * entry a JSON pointer and what was done there.
     */
    static Transcript toTranscript(NativeJsonDocument doc, List<JsonProblem> repaired) throws JsonProblem {
        Metadata metadata = toMetadata(require(doc.metadata(), "", "metadata"));
        Roster roster = toRoster(require(doc.speakers(), "", "speakers"));
        List<SegmentJson> segmentsJson = require(doc.segments(), "", "segments");
        SegmentSequence sequence = new SegmentSequence(segmentsJson.size(), repaired);
        for (int i = 0; i < segmentsJson.size(); i++) {
            String at = "/segments/" + i;
            sequence.add(toSegment(segmentsJson.get(i), at, roster), at);
        }
        return finish(metadata, roster, sequence, doc.chapters());
    }

    /** The transcript of checked segments and the chapters that hang on them. */
    static Transcript finish(Metadata metadata, Roster roster, SegmentSequence sequence, List<ChapterJson> chaptersJson)
            throws JsonProblem {
        List<Segment> segments = sequence.segments();
        List<ChapterJson> list = chaptersJson == null ? List.of() : chaptersJson;
        List<Chapter> chapters = new ArrayList<>(list.size());
        Set<String> positions = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Chapter c = toChapter(list.get(i), "/chapters/" + i, segments);
            if (!positions.add(c.segmentId() + "#" + c.wordIndex())) {
                throw new JsonProblem("/chapters/" + i, "two chapters start at word " + c.wordIndex() + " of "
                        + c.segmentId());
            }
            chapters.add(c);
        }
        return new Transcript(metadata, roster, segments, chapters);
    }

    /**
     * The segments of a file in their order, each checked against the ones above it as it comes: ids unique, starts
     * in time order, overlaps repaired.
     */
    static final class SegmentSequence {

        private final List<Segment> segments;
        private final List<JsonProblem> repaired;
        private final Set<String> seenIds = new HashSet<>();
        private long previousStart;
        private long previousEnd;
        private String previousId;

        SegmentSequence(int expected, List<JsonProblem> repaired) {
            this.segments = new ArrayList<>(expected);
            this.repaired = repaired;
        }

        void add(Segment segment, String at) throws JsonProblem {
            if (!seenIds.add(segment.id())) {
                throw new JsonProblem(at, "duplicate segment id \"" + segment.id() + "\"");
            }
            long start = segment.start();
            if (start >= 0) {
                if (start < previousStart) {
                    throw new JsonProblem(at, "segment " + segment.id() + " starts at " + start + " ms, before the "
                            + "segment above it (" + previousStart + " ms): segments must be in time order");
                }
                // Segments do not overlap in a transcript Turnscript builds now (imports clip crosstalk, see
                // SegmentOverlaps), but projects written before did, from overlapping subtitle cues: the work in
                // them must still open, so the segment above is cut back the same way, and the reader says so.
                if (start < previousEnd) {
                    repaired.add(new JsonProblem(at, "segment " + segment.id() + " starts at " + start + " ms, "
                            + "before the segment above it (" + previousId + ") ends at " + previousEnd
                            + " ms; that segment was cut back to end there"));
                }
                previousStart = start;
                previousEnd = segment.end();
                previousId = segment.id();
            }
            segments.add(segment);
        }

        boolean repairedAny() {
            return !repaired.isEmpty();
        }

        List<Segment> segments() {
            return repaired.isEmpty() ? segments : SegmentOverlaps.clip(segments);
        }
    }

    static Chapter toChapter(ChapterJson c, String at, List<Segment> segments) throws JsonProblem {
        require(c, at, "chapter");
        String title = require(c.title(), at, "title");
        String segmentId = require(c.segment(), at, "segment");
        int word = require(c.word(), at, "word");
        Segment segment = segments.stream().filter(s -> s.id().equals(segmentId)).findFirst().orElseThrow(() ->
                new JsonProblem(at + "/segment", "chapter \"" + title + "\" starts in unknown segment \""
                        + segmentId + "\""));
        if (word < 0 || word >= segment.words().size()) {
            throw new JsonProblem(at + "/word", "chapter \"" + title + "\" starts at word " + word + " of "
                    + segmentId + ", which has " + segment.words().size());
        }
        return new Chapter(segmentId, word, new ChapterMark(title, c.img(), c.url()));
    }

    static Metadata toMetadata(MetadataJson m) throws JsonProblem {
        long duration = m.durationMs() == null ? Word.UNKNOWN_TIME : m.durationMs();
        if (duration < 0 && m.durationMs() != null) {
            throw new JsonProblem("/metadata/durationMs", "durationMs must not be negative: " + duration);
        }
        return new Metadata(m.title(), m.sourceFile(), m.mediaId(), m.channel(), m.published(), duration,
                m.language(), m.timingNote(), m.media());
    }

    static Roster toRoster(List<SpeakerJson> speakers) throws JsonProblem {
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
        checkSpeaker(s.speaker(), id, at, roster);
        SegmentKind kind = kind(require(s.kind(), at, "kind"), at);
        List<WordJson> wordsJson = require(s.words(), at, "words");
        if (wordsJson.isEmpty()) {
            throw new JsonProblem(at + "/words", "segment " + id + " has no words");
        }
        List<Word> words = new ArrayList<>(wordsJson.size());
        for (int i = 0; i < wordsJson.size(); i++) {
            addInOrder(words, toWord(wordsJson.get(i), at + "/words/" + i), at);
        }
        return new Segment(id, s.speaker(), kind, words, toNote(s.suggestion(), at + "/suggestion"));
    }

    static void checkSpeaker(String speaker, String segmentId, String at, Roster roster) throws JsonProblem {
        if (speaker != null && roster.byId(speaker).isEmpty()) {
            throw new JsonProblem(at + "/speaker", "segment " + segmentId + " names unknown speaker \"" + speaker
                    + "\"");
        }
    }

    static SegmentKind kind(String name, String at) throws JsonProblem {
        SegmentKind kind = JsonNames.parse(SegmentKind.class, name);
        if (kind == null) {
            throw new JsonProblem(at + "/kind", "kind must be \"speech\" or \"non-speech\", not \"" + name + "\"");
        }
        return kind;
    }

    /** Adds the next word of the segment at {@code at}; its timed words must start in time order. */
    static void addInOrder(List<Word> words, Word word, String at) throws JsonProblem {
        if (word.isTimed()) {
            for (int i = words.size() - 1; i >= 0; i--) {
                Word before = words.get(i);
                if (before.isTimed()) {
                    if (word.start() < before.start()) {
                        throw new JsonProblem(at + "/words/" + words.size(), "word \"" + word.text() + "\" starts at "
                                + word.start() + " ms, before the word before it (" + before.start()
                                + " ms): words must be in time order");
                    }
                    break;
                }
            }
        }
        words.add(word);
    }

    static SuggestionNote toNote(SuggestionJson n, String at) throws JsonProblem {
        if (n == null) {
            return null;
        }
        Double score = require(n.score(), at, "score");
        if (!(score >= 0 && score <= 1)) {
            throw new JsonProblem(at + "/score", "suggestion score must be between 0 and 1, not " + score);
        }
        return new SuggestionNote(score, require(n.cue(), at, "cue"), n.detail());
    }

    private static Word toWord(WordJson w, String at) throws JsonProblem {
        require(w, at, "word");
        String text = require(w.text(), at, "text");
        int flags = 0;
        List<String> names = w.flags() == null ? List.of() : w.flags();
        long start = w.start() == null ? 0 : w.start();
        long end = w.end() == null ? 0 : w.end();
        TimeSource source = checkWord(text, w.original(), w.start() != null, start, w.end() != null, end, w.timing(),
                at);
        for (int i = 0; i < names.size(); i++) {
            WordFlag flag = flag(names.get(i));
            if (flag == null) {
                throw new JsonProblem(at + "/flags/" + i, "unknown word flag \"" + names.get(i) + "\"");
            }
            flags |= flag.bit();
        }
        return word(text, w.original(), w.start() != null, start, end, source, flags, at);
    }

    /**
     * Checks a word as read, in the order the problems are reported: its text, its timing (which may be missing),
     * its times.
     *
     * @param hasStart whether the file gives a start ({@code start} is ignored when not)
     * @param hasEnd   whether the file gives an end ({@code end} is ignored when not)
     * @return the timing
     */
    static TimeSource checkWord(String text, String original, boolean hasStart, long start, boolean hasEnd, long end,
                                String timing, String at) throws JsonProblem {
        if (text.isBlank()) { // every rule after reading takes a word to have a letter or mark to look at
            throw new JsonProblem(at + "/text", "a word's text must not be empty");
        }
        if (text.indexOf('\0') >= 0 || original != null && original.indexOf('\0') >= 0) {
            // What no input may hold either (TextChecks): a NUL byte in an export makes it read as UTF-16.
            throw new JsonProblem(at + "/text", "a word's text holds a NUL character");
        }
        TimeSource source = JsonNames.parse(TimeSource.class, require(timing, at, "timing"));
        if (source == null) {
            throw new JsonProblem(at + "/timing", "unknown timing \"" + timing + "\"");
        }
        if (hasStart != hasEnd) {
            throw new JsonProblem(at, "a word has either both start and end or neither");
        }
        boolean timed = hasStart;
        if (source != TimeSource.UNKNOWN && !timed) {
            throw new JsonProblem(at, "a word with " + timing + " timing needs both start and end");
        }
        if (timed && (start < 0 || end < 0)) {
            throw new JsonProblem(at, "times must not be negative: " + start + ".." + end);
        }
        if (timed && (start > MAX_TIME_MS || end > MAX_TIME_MS)) {
            throw new JsonProblem(at, "a time of " + Math.max(start, end) + " ms is beyond any recording "
                    + "(more than " + MAX_TIME_MS / 3_600_000 + " hours)");
        }
        return source;
    }

    static WordFlag flag(String name) {
        return JsonNames.parse(WordFlag.class, name);
    }

    /** The word {@link #checkWord} passed, with its flags. */
    static Word word(String text, String original, boolean timed, long start, long end, TimeSource source, int flags,
                     String at) throws JsonProblem {
        try {
            return new Word(text, original, timed ? start : Word.UNKNOWN_TIME, timed ? end : Word.UNKNOWN_TIME,
                    source, flags);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(at, e.getMessage());
        }
    }

    /** About 2,443 hours: the longest time a subtitle reader reads (later ones are cut to it). */
    static final long MAX_TIME_MS = (1L << 43) - 1;

    static <T> T require(T value, String at, String name) throws JsonProblem {
        if (value == null) {
            throw new JsonProblem(at, "missing " + name);
        }
        return value;
    }
}
