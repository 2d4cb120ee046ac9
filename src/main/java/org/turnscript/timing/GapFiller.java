package org.turnscript.timing;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Segment;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Gives untimed words (typed in the editor, or left without a time by an import) interpolated times between
 * their timed neighbours, in proportion to their length. Timed words are never moved.
 */
public final class GapFiller {

    private GapFiller() {
    }

    /** Returns the transcript with every untimed word interpolated; the same instance when nothing is untimed. */
    public static Transcript fill(Transcript t, long fallbackEndMs) {
        List<Word> flat = new ArrayList<>(t.wordCount());
        for (Segment s : t.segments()) {
            flat.addAll(s.words());
        }
        if (flat.stream().allMatch(Word::isTimed)) {
            return t;
        }
        List<Word> filled = fill(flat, fallbackEndMs);
        List<Segment> segments = new ArrayList<>(t.segments().size());
        int i = 0;
        for (Segment s : t.segments()) {
            int n = s.words().size();
            segments.add(s.withWords(filled.subList(i, i + n)));
            i += n;
        }
        return t.withSegments(segments);
    }

    /**
     * Interpolates each run of untimed words between the end of the timed word before it (or 0) and the start of
     * the timed word after it (or {@code fallbackEndMs}, or a second per word when that is unknown or too early).
     */
    public static List<Word> fill(List<Word> words, long fallbackEndMs) {
        List<Word> out = new ArrayList<>(words);
        int i = 0;
        while (i < out.size()) {
            if (out.get(i).isTimed()) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < out.size() && !out.get(i).isTimed()) {
                i++;
            }
            long from = runStart == 0 ? 0 : out.get(runStart - 1).end();
            long to = i < out.size() ? out.get(i).start() : fallbackEndMs;
            int count = i - runStart;
            if (to < from && i < out.size()) {
                // The word before runs past the start of the word after (overlapping words): the run goes at that
                // start, so that no word starts before the one above it.
                from = to;
            } else if (to < from) {
                to = from;
            }
            if (i >= out.size() && to - from < count) {
                to = from + 1000L * count; // nothing after the run: assume about a second per word
            }
            spread(out, runStart, i, from, to);
        }
        return out;
    }

    /**
     * Interpolates each run of untimed words between its timed neighbours, with {@code startMs} and {@code endMs}
     * standing in at the edges; a run without a usable bound on either side stays untimed, for the estimator.
     */
    public static List<Word> fillWithin(List<Word> words, long startMs, long endMs) {
        List<Word> out = new ArrayList<>(words);
        int i = 0;
        while (i < out.size()) {
            if (out.get(i).isTimed()) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < out.size() && !out.get(i).isTimed()) {
                i++;
            }
            long from = runStart > 0 ? out.get(runStart - 1).end() : startMs;
            long to = i < out.size() ? out.get(i).start() : endMs;
            if (from >= 0 && to >= from) {
                spread(out, runStart, i, from, to);
            }
        }
        return out;
    }

    /** Interpolates words {@code [from, to)} over {@code [startMs, endMs]} in proportion to their length. */
    static void spread(List<Word> out, int from, int to, long startMs, long endMs) {
        long total = 0;
        for (int k = from; k < to; k++) {
            total += weight(out.get(k));
        }
        long span = endMs - startMs;
        long acc = 0;
        for (int k = from; k < to; k++) {
            long s = startMs + span * acc / total;
            acc += weight(out.get(k));
            long e = startMs + span * acc / total;
            out.set(k, out.get(k).withTime(s, e, TimeSource.INTERPOLATED));
        }
    }

    private static long weight(Word w) {
        return w.text().length() + 2L;
    }
}
