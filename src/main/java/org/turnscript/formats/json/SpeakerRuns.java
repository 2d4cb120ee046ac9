package org.turnscript.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.turnscript.formats.ReadOptions;
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
import org.turnscript.timing.GapFiller;

/**
 * Collects the word-level output of speech recognisers (WhisperX, BBC digital paper edit) into segments: one per
 * run of words by one speaker, speakers joining the roster after the names the user gave, measured word times
 * kept and missing ones interpolated between their neighbours.
 */
final class SpeakerRuns {


    private final ReadOptions options;
    private final List<Segment> segments = new ArrayList<>();
    private Roster roster;
    private String speaker;
    private List<Word> words = new ArrayList<>();
    private long runStart = Word.UNKNOWN_TIME;
    private long runEnd = Word.UNKNOWN_TIME;
    private long latestStart = Word.UNKNOWN_TIME; // of the measured words so far, in the whole document

    SpeakerRuns(ReadOptions options) {
        this.options = options;
        this.roster = Roster.of(options.speakerNames());
    }

    /**
     * Seconds as ms, or {@link Word#UNKNOWN_TIME} when the node is missing, not a number, negative or beyond any
     * recording (WhisperX writes 1e999 nowhere, but a damaged file may): such a word gets an estimated time, as a
     * word without one does.
     */
    static long millis(JsonNode node) {
        if (node == null || !node.isNumber() || node.decimalValue().signum() < 0) {
            return Word.UNKNOWN_TIME;
        }
        try {
            return Seconds.toMillis(node.decimalValue());
        } catch (ArithmeticException outOfRange) {
            return Word.UNKNOWN_TIME;
        }
    }

    /**
     * Adds a word. A new speaker, or {@code breakBefore}, starts a new segment.
     *
     * @param start ms or {@link Word#UNKNOWN_TIME}
     * @param end   ms or {@link Word#UNKNOWN_TIME}
     * @param runBounds start and end of the recogniser's own segment, for interpolating untimed words at its edges
     */
    void add(String speakerName, String text, long start, long end, boolean breakBefore, long[] runBounds) {
        String name = speakerName == null || speakerName.isBlank() ? null : speakerName.strip();
        if (breakBefore || !words.isEmpty() && !Objects.equals(name, speaker)) {
            flush();
        }
        if (words.isEmpty()) {
            // A damaged file's segment may start before words already read: the bound then stands at them.
            runStart = runBounds[0] < 0 ? runBounds[0] : Math.max(runBounds[0], latestStart);
        }
        runEnd = runBounds[1] < 0 ? runBounds[1] : Math.max(runBounds[1], runStart);
        speaker = name;
        // A word that starts before one already read (a damaged or hand-edited file: "to" at 0.90 s after "back" at
        // 0.95 s) has no time we can trust: it is placed between its neighbours, as an untimed word is, so the
        // transcript stays in time order, as every transcript must be.
        boolean timed = start >= 0 && end >= start && start >= latestStart;
        if (timed) {
            latestStart = start;
            endBefore(start);
        }
        words.add(timed ? Word.timed(text, start, end, TimeSource.MEASURED) : Word.of(text));
    }

    /**
     * A word that runs past the start of the next one in its run is cut back to it ("it's" from 3.85 s to
     * 138136 s, then "already." at 4.6 s): the untimed words between them then share a real gap.
     */
    private void endBefore(long start) {
        for (int i = words.size() - 1; i >= 0; i--) {
            Word w = words.get(i);
            if (w.isTimed()) {
                if (w.end() > start) {
                    words.set(i, w.withTime(w.start(), Math.max(w.start(), start), w.source()));
                }
                return;
            }
        }
    }

    Transcript build(String language) {
        flush();
        Metadata metadata = Metadata.EMPTY.withDurationMs(Math.max(Word.UNKNOWN_TIME, options.durationMs()))
                .withLanguage(language);
        if (!"-".equals(options.sourceName())) {
            metadata = metadata.withSourceFile(options.sourceName());
        }
        // A recogniser's word times may overlap across a speaker change: cut back as overlapping cues are.
        return new Transcript(metadata, roster, SegmentOverlaps.clip(segments));
    }

    private void flush() {
        if (words.isEmpty()) {
            return;
        }
        String id = Transcript.sequentialId(segments.size() + 1);
        List<Word> timed = interpolate(words, runStart, runEnd);
        if (timed.size() == 1 && speaker == null && SoundTags.isWholeTag(timed.get(0).text())) {
            segments.add(new Segment(id, null, SegmentKind.NON_SPEECH,
                    List.of(timed.get(0).withFlag(WordFlag.SOUND_TAG, true))));
        } else {
            segments.add(new Segment(id, speakerId(speaker), SegmentKind.SPEECH, timed));
        }
        words = new ArrayList<>();
    }

    private String speakerId(String name) {
        if (name == null) {
            return null;
        }
        if (roster.byName(name).isEmpty()) {
            roster = roster.withNewSpeaker(name);
        }
        return roster.byName(name).map(Speaker::id).orElseThrow();
    }

    /**
     * Untimed words (WhisperX leaves numerals and symbols it cannot align without times) share the gap between the
     * timed words around them; at the edges the recogniser's segment bounds stand in. Without any bound they stay
     * untimed, and the import estimates them.
     */
    static List<Word> interpolate(List<Word> words, long start, long end) {
        return GapFiller.fillWithin(words, start, end);
    }
}
