package org.turnscript.subtitles;

import java.util.List;

/**
 * A cue before its times are settled against its neighbours: the words' own interval, its lines and speakers.
 *
 * @param start        first word's start, ms
 * @param end          latest word end, ms (may equal start)
 * @param lines        the broken lines, label included
 * @param speakerNames one display name for the cue, one per line of a two-speaker cue, or empty for a sound
 * @param readingChars the characters reading speed counts (the label left out when the display says so)
 * @param plainText    the words without label, for joining two short turns into one cue
 */
record CueDraft(long start, long end, List<String> lines, List<String> speakerNames, int readingChars,
                String plainText) {

    CueDraft {
        lines = List.copyOf(lines);
        speakerNames = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(speakerNames));
    }
}
