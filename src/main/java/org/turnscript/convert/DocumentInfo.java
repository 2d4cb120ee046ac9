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
        int words = 0;
        int speech = 0;
        int nonSpeech = 0;
        Map<TimeSource, Integer> sources = new EnumMap<>(TimeSource.class);
        for (Segment s : t.segments()) {
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
        }
        return new DocumentInfo(words, speech, t.segments().size(), nonSpeech, t.roster().size(), t.durationMs(),
                Map.copyOf(sources));
    }

    /** The timing source most words have, e.g. "estimated" or "measured". */
    public String dominantTimingSource() {
        return timingSources.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey().name().toLowerCase()).orElse("none");
    }
}
