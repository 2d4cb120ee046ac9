package org.turnscript.bench;

import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;

/** Tagging at a speech-word index, the way gold turns are given, in a transcript whose segments split as it is tagged. */
final class WordIndex {

    private WordIndex() {
    }

    /** Tags from speech word {@code g} on with {@code speakerId}. */
    static Transcript tag(Transcript t, int g, String speakerId) {
        int n = 0;
        for (int s = 0; s < t.segments().size(); s++) {
            Segment seg = t.segment(s);
            if (seg.kind() != SegmentKind.SPEECH) {
                continue;
            }
            if (g < n + seg.words().size()) {
                return t.speakerFrom(s, g - n, speakerId);
            }
            n += seg.words().size();
        }
        throw new IllegalArgumentException("no word " + g);
    }
}
