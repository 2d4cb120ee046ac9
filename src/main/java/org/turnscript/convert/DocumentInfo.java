package org.turnscript.convert;

import java.util.EnumMap;
import java.util.Map;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Counts that describe a transcript, for {@code turnscript info} and the window's status bar.
 *
 * @param words            all words, dropped ones included
 * @param speechWords      words in speech segments that are not sound tags
 * @param segments         all segments
 * @param nonSpeech        non-speech segments
 * @param speakers         roster size
 * @param durationMs       media duration, or the end of the last word
 * @param timingSources    how many words have each kind of time
 */
public record DocumentInfo(int words, int speechWords, int segments, int nonSpeech, int speakers, long durationMs,
                           Map<TimeSource, Integer> timingSources) {

    public static DocumentInfo of(Transcript t) {
        Counter counter = new Counter();
        t.segments().forEach(counter::add);
        return counter.info(t.roster().size(), t.durationMs());
    }

    /** Counts segments as they come, for a transcript that is never held whole. */
    static final class Counter {

        private int words;
        private int speech;
        private int segments;
        private int nonSpeech;
        private long lastEnd = Word.UNKNOWN_TIME;
        private final Map<TimeSource, Integer> sources = new EnumMap<>(TimeSource.class);

        void add(Segment s) {
            segments++;
            if (s.kind() == SegmentKind.NON_SPEECH) {
                nonSpeech++;
            }
            for (Word w : s.words()) {
                words++;
                if (s.kind() == SegmentKind.SPEECH && !w.isSoundTag()) {
                    speech++;
                }
                sources.merge(w.source(), 1, Integer::sum);
            }
            long end = s.end();
            lastEnd = end >= 0 ? end : lastEnd;
        }

        /** A segment known only by its counts (see {@code CueTranscriptBuilder.SegmentTally}). */
        void add(SegmentKind kind, int segmentWords, int soundTags, int measured, long end) {
            segments++;
            if (kind == SegmentKind.NON_SPEECH) {
                nonSpeech++;
            } else {
                speech += segmentWords - soundTags;
            }
            words += segmentWords;
            if (measured > 0) {
                sources.merge(TimeSource.MEASURED, measured, Integer::sum);
            }
            if (segmentWords > measured) {
                sources.merge(TimeSource.INTERPOLATED, segmentWords - measured, Integer::sum);
            }
            lastEnd = end >= 0 ? end : lastEnd;
        }

        /** End of the last timed segment so far, as {@link Transcript#lastEnd()} would say. */
        long lastEnd() {
            return lastEnd;
        }

        DocumentInfo info(int speakers, long durationMs) {
            return new DocumentInfo(words, speech, segments, nonSpeech, speakers, durationMs, Map.copyOf(sources));
        }
    }

    /** The timing source most words have, e.g. "estimated" or "measured". */
    public String dominantTimingSource() {
        return timingSources.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey().name().toLowerCase()).orElse("none");
    }
}
