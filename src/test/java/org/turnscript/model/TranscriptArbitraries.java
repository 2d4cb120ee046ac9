package org.turnscript.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Valid transcripts for property tests, shared by every package that reads, writes, cleans or times them.
 *
 * <p>What they contain: 0–4 speakers from a roster (sometimes reordered, so display order and keys differ),
 * segments by a speaker or by nobody, sound segments of one {@code [Music]}-style word flagged
 * {@link WordFlag#SOUND_TAG}, words with random flags (DROPPED included) and sometimes an original spelling
 * that differs from the text, word texts without whitespace but with quotes, backslashes, markup-like
 * characters, emoji and CJK. Segment ids are {@code s1, s2, …} or {@code seg-000001, …}.
 *
 * <p>Times: every timed word has {@code start < end}, and words are laid out one after another through the
 * whole transcript, so starts strictly increase and no two words overlap. A known media duration is never
 * shorter than the last word's end.
 */
public final class TranscriptArbitraries {

    /** Words that break naive escaping or splitting in some format. None contains whitespace. */
    private static final List<String> TRICKY_WORDS = List.of(
            "\"quoted\"", "'single'", "back\\slash", "C:\\temp\\", "a/b", "</v>", "<b>bold</b>", "-->", "&amp;",
            "{json}", "[not-a-tag", "1,000", "3.14", "--", "😀", "👍🏽", "🇩🇪", "日本語", "中文", "한국어",
            "naïve", "Straße", "ÇA", "Ωμέγα", "עברית", "مرحبا", "don't", "Kate's", "uh", "um", ">>", "%s", "$1",
            "e\u0301");

    private static final List<String> SOUND_TAGS = List.of("[Music]", "[Applause]", "[Laughter]", "[music]");

    private static final List<String> NAMES = List.of(
            "Kate Soule", "Chris Hay", "Brian Casey", "Skyler Speakman", "José Núñez", "王小明",
            "O'Brien \"Bo\"", "Back\\Slash", "Zoë 😀", "Host");

    private static final Set<WordFlag> SPEECH_FLAGS = EnumSet.of(
            WordFlag.FILLER, WordFlag.REPEAT, WordFlag.DROPPED, WordFlag.SPEAKER_CHANGE_HINT);

    private static final List<TimeSource> TIMED_SOURCES = List.of(
            TimeSource.MEASURED, TimeSource.ESTIMATED, TimeSource.ANCHORED, TimeSource.INTERPOLATED);

    private TranscriptArbitraries() {
    }

    /** Transcripts whose words are all timed, all untimed, or a mix (each about a third of the time). */
    public static Arbitrary<Transcript> transcripts() {
        return transcripts(Arbitraries.of(Timing.values()));
    }

    /** Transcripts in which every word has a time. */
    public static Arbitrary<Transcript> timedTranscripts() {
        return transcripts(Arbitraries.just(Timing.ALL));
    }

    /** Word texts: never blank, never containing whitespace. */
    public static Arbitrary<String> wordTexts() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)),
                Tuple.of(3, Arbitraries.of(TRICKY_WORDS)),
                Tuple.of(2, Arbitraries.strings()
                        .withChars("AZaz09.,?!'\"\\/-–—…éüßçøÆ日本語中文漢字한국")
                        .ofMinLength(1).ofMaxLength(8)));
    }

    public static Arbitrary<Roster> rosters() {
        Arbitrary<List<String>> names = Arbitraries.of(NAMES).list().uniqueElements().ofMaxSize(4);
        return Combinators.combine(names, Arbitraries.integers().between(0, 3)).as((list, rotate) -> {
            Roster roster = Roster.of(list);
            // Moving a speaker changes the display order but not the keys: readers must keep both.
            if (rotate > 0 && roster.size() > 1) {
                roster = roster.move(roster.speakers().get(0).id(), rotate);
            }
            return roster;
        });
    }

    /** Metadata with any field set or missing; the duration is filled in by the transcript generator. */
    public static Arbitrary<Metadata> metadata() {
        Arbitrary<String> text = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just((String) null)),
                Tuple.of(1, Arbitraries.just("")),
                Tuple.of(5, wordTexts().list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(" ", words))));
        return Combinators.combine(text, text, text, text, text, text, text, text).as(
                (title, source, media, channel, published, language, note, recording) ->
                        new Metadata(title, source, media, channel, published, Word.UNKNOWN_TIME, language, note,
                                recording));
    }

    // ---- Building blocks --------------------------------------------------------------------------

    private enum Timing { ALL, NONE, MIXED }

    /** A word before it has a place on the time line. */
    private record WordDraft(String text, String original, int flags, int gap, int duration, TimeSource source,
                             boolean untimedIfMixed) {
    }

    /** A segment before ids and times: speakerPick chooses a roster entry, or nobody. */
    private record SegmentDraft(boolean sound, int speakerPick, List<WordDraft> words) {
    }

    private static Arbitrary<Transcript> transcripts(Arbitrary<Timing> timings) {
        return Combinators.combine(
                        timings, metadata(), rosters(), segmentDrafts().list().ofMaxSize(12),
                        Arbitraries.integers().between(0, 5_000), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 60_000), Arbitraries.of(true, false))
                .as((timing, metadata, roster, drafts, offset, longIds, tail, knownDuration) ->
                        build(timing, metadata, roster, drafts, offset, longIds, knownDuration ? tail : -1));
    }

    private static Arbitrary<SegmentDraft> segmentDrafts() {
        Arbitrary<SegmentDraft> speech = Combinators.combine(
                        Arbitraries.integers().between(-2, 7), speechWords().list().ofMinSize(1).ofMaxSize(8))
                .as((pick, words) -> new SegmentDraft(false, pick, words));
        Arbitrary<SegmentDraft> sound = soundWord().map(w -> new SegmentDraft(true, -1, List.of(w)));
        return Arbitraries.frequencyOf(Tuple.of(5, speech), Tuple.of(1, sound));
    }

    private static Arbitrary<WordDraft> speechWords() {
        Arbitrary<String> text = wordTexts();
        Arbitrary<String> original = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just((String) null)),
                Tuple.of(1, wordTexts()));
        Arbitrary<Integer> flags = Arbitraries.subsetOf(SPEECH_FLAGS).map(Word::flagsOf);
        return Combinators.combine(text, original, flags, gaps(), durations(), Arbitraries.of(TIMED_SOURCES),
                        Arbitraries.integers().between(0, 3))
                .as((t, o, f, gap, duration, source, dice) -> new WordDraft(t, o, f, gap, duration, source, dice == 0));
    }

    private static Arbitrary<WordDraft> soundWord() {
        return Combinators.combine(Arbitraries.of(SOUND_TAGS), Arbitraries.of(true, false), gaps(), durations(),
                        Arbitraries.of(TIMED_SOURCES), Arbitraries.of(true, false))
                .as((tag, dropped, gap, duration, source, untimed) -> new WordDraft(tag, null,
                        WordFlag.SOUND_TAG.bit() | (dropped ? WordFlag.DROPPED.bit() : 0),
                        gap, duration, source, untimed));
    }

    private static Arbitrary<Integer> gaps() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(0, 2_000)));
    }

    private static Arbitrary<Integer> durations() {
        return Arbitraries.integers().between(1, 1_500);
    }

    private static Transcript build(Timing timing, Metadata metadata, Roster roster, List<SegmentDraft> drafts,
                                    int offset, boolean longIds, long tail) {
        List<Segment> segments = new ArrayList<>(drafts.size());
        long clock = offset;
        long lastEnd = 0;
        for (SegmentDraft draft : drafts) {
            List<Word> words = new ArrayList<>(draft.words().size());
            for (WordDraft d : draft.words()) {
                long start = clock + d.gap();
                long end = start + d.duration();
                clock = end;
                boolean timed = timing == Timing.ALL || (timing == Timing.MIXED && !d.untimedIfMixed());
                if (timed) {
                    lastEnd = end;
                    words.add(new Word(d.text(), d.original(), start, end, d.source(), d.flags()));
                } else {
                    words.add(new Word(d.text(), d.original(), Word.UNKNOWN_TIME, Word.UNKNOWN_TIME,
                            TimeSource.UNKNOWN, d.flags()));
                }
            }
            String speakerId = null;
            if (!draft.sound() && draft.speakerPick() >= 0 && !roster.isEmpty()) {
                speakerId = roster.speakers().get(draft.speakerPick() % roster.size()).id();
            }
            int n = segments.size() + 1;
            String id = longIds ? String.format("seg-%06d", n) : Transcript.sequentialId(n);
            segments.add(new Segment(id, speakerId, draft.sound() ? SegmentKind.NON_SPEECH : SegmentKind.SPEECH,
                    words));
        }
        long duration = tail < 0 ? Word.UNKNOWN_TIME : lastEnd + tail;
        return new Transcript(metadata.withDurationMs(duration), roster, segments);
    }
}
