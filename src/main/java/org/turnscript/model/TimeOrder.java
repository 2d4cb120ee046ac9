package org.turnscript.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the times of segments read back from the editor in order. The editor keeps each word's time in the style
 * of its characters, and text typed or pasted takes the style of the character before it, so a time can turn up
 * twice: lines pasted inside a word all carry that word's time, and the segments they become would overlap or
 * run backwards. A word that starts before an earlier word loses its time (the gap filler then places it between
 * its neighbours), and a segment that runs into the next is cut back as an import cuts crosstalk
 * ({@link SegmentOverlaps#clip}).
 */
public final class TimeOrder {

    private TimeOrder() {
    }

    /** @return {@code segments} itself when every time is already in order */
    public static List<Segment> restore(List<Segment> segments) {
        return SegmentOverlaps.clip(dropBackwardTimes(segments));
    }

    private static List<Segment> dropBackwardTimes(List<Segment> segments) {
        long latestStart = Long.MIN_VALUE;
        List<Segment> out = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            List<Word> words = null;
            for (int k = 0; k < s.words().size(); k++) {
                Word w = s.words().get(k);
                if (!w.isTimed()) {
                    continue;
                }
                if (w.start() < latestStart) {
                    if (words == null) {
                        words = new ArrayList<>(s.words());
                    }
                    words.set(k, w.withoutTime());
                } else {
                    latestStart = w.start();
                }
            }
            if (words != null && out == null) {
                out = new ArrayList<>(segments.subList(0, i));
            }
            if (out != null) {
                out.add(words == null ? s : s.withWords(words));
            }
        }
        return out == null ? segments : out;
    }
}
