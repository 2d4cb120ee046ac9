package org.turnscript.subtitles;

import java.util.List;

/**
 * A cue before its times are settled against its neighbours: the words' own interval, its lines and its speaker.
 *
 * @param start   first word's start, ms
 * @param end     latest word end, ms (may equal start)
 * @param lines   the broken lines, label included
 * @param speaker display name, or {@code null}
 */
record CueDraft(long start, long end, List<String> lines, String speaker) {
}
