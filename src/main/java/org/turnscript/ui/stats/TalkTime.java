package org.turnscript.ui.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Speaker;
import org.turnscript.model.Transcript;

/**
 * How long one speaker talks: the sum of their speech segments' durations.
 *
 * @param speakerId the speaker, or {@code null} for speech nobody has been assigned yet
 * @param name      display name ("Unassigned" for {@code null})
 * @param ms        talk time
 * @param share     fraction of all speech time, 0..1 (0 when there is no timed speech)
 */
public record TalkTime(String speakerId, String name, long ms, double share) {

    public static final String UNASSIGNED_NAME = "Unassigned";

    /**
     * Talk time of every roster speaker in roster order (zero for those who never speak), then unassigned speech
     * when there is any. Sounds and segments without times do not count.
     */
    public static List<TalkTime> of(Transcript t) {
        Map<String, Long> bySpeaker = new LinkedHashMap<>();
        for (Speaker s : t.roster().speakers()) {
            bySpeaker.put(s.id(), 0L);
        }
        long unassigned = 0;
        long total = 0;
        for (Segment s : t.segments()) {
            long start = s.start();
            long end = s.end();
            if (s.kind() != SegmentKind.SPEECH || start < 0 || end < start) {
                continue;
            }
            long ms = end - start;
            total += ms;
            if (s.speakerId() == null) {
                unassigned += ms;
            } else {
                bySpeaker.merge(s.speakerId(), ms, Long::sum);
            }
        }
        List<TalkTime> out = new ArrayList<>(bySpeaker.size() + 1);
        for (Map.Entry<String, Long> e : bySpeaker.entrySet()) {
            out.add(new TalkTime(e.getKey(), t.roster().nameOf(e.getKey()), e.getValue(), shareOf(e.getValue(), total)));
        }
        if (unassigned > 0) {
            out.add(new TalkTime(null, UNASSIGNED_NAME, unassigned, shareOf(unassigned, total)));
        }
        return out;
    }

    public boolean isUnassigned() {
        return speakerId == null;
    }

    private static double shareOf(long ms, long total) {
        return total == 0 ? 0 : (double) ms / total;
    }
}
