package org.turnscript.timing;

import java.util.EnumMap;
import java.util.Map;
import org.turnscript.model.Segment;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * How far a transcript's times can be trusted, from the source of each word's time: subtitles whose times are
 * mostly estimated drift by many seconds and cannot be published, so exporting them warns.
 */
public final class TimingQuality {

    /** The warning an export of mostly estimated subtitles gives, in the window and on standard error. */
    public static final String MOSTLY_ESTIMATED_WARNING =
            "most times are estimated; re-time from captions or the recording first";

    private TimingQuality() {
    }

    /** How many words have each source. */
    public static Map<TimeSource, Integer> counts(Transcript transcript) {
        Map<TimeSource, Integer> counts = new EnumMap<>(TimeSource.class);
        for (Segment s : transcript.segments()) {
            for (Word w : s.words()) {
                counts.merge(w.source(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Whether more than half of the words have a time that is only estimated (or none). */
    public static boolean mostlyEstimated(Transcript transcript) {
        return mostlyEstimated(counts(transcript));
    }

    /** As {@link #mostlyEstimated(Transcript)}, from counts such as {@code DocumentInfo.timingSources()}. */
    public static boolean mostlyEstimated(Map<TimeSource, Integer> counts) {
        int all = 0;
        int guessed = 0;
        for (Map.Entry<TimeSource, Integer> e : counts.entrySet()) {
            all += e.getValue();
            if (e.getKey() == TimeSource.ESTIMATED || e.getKey() == TimeSource.UNKNOWN) {
                guessed += e.getValue();
            }
        }
        return all > 0 && guessed * 2 > all;
    }

    /**
     * Whether more than half of the words have a time spread inside their caption cue
     * ({@link TimeSource#INTERPOLATED}): timing them from the recording keeps them near their cues and places them
     * more exactly (ADR 29).
     */
    public static boolean mostlySpreadInCues(Map<TimeSource, Integer> counts) {
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        return all > 0 && counts.getOrDefault(TimeSource.INTERPOLATED, 0) * 2 > all;
    }
}
