package org.turnscript.formats.chapters;

import java.util.ArrayList;
import java.util.List;
import org.turnscript.model.Chapters;
import org.turnscript.model.Transcript;

/** The chapters of a transcript with the times every chapter file needs: where each starts and ends. */
public final class ChapterTimes {

    /**
     * @param title   the chapter's title
     * @param startMs where it starts
     * @param endMs   where the next one starts, or the end of the recording for the last one
     * @param image   chapter art URL, or null
     * @param url     page URL, or null
     */
    public record Span(String title, long startMs, long endMs, String image, String url) {
        public long lengthMs() {
            return endMs - startMs;
        }
    }

    private ChapterTimes() {
    }

    /**
     * The chapters in time order (equal starts keep document order).
     *
     * @throws IllegalArgumentException when a chapter has no time: chapter files are all about times, so the
     *                                  export pipeline times the words first
     */
    public static List<Span> of(Transcript t) {
        List<Chapters.Timed> timed = new ArrayList<>(Chapters.timed(t));
        for (Chapters.Timed c : timed) {
            if (c.startMs() < 0) {
                throw new IllegalArgumentException("chapter \"" + c.title() + "\" has no time; time the transcript "
                        + "before exporting chapters");
            }
        }
        timed.sort(java.util.Comparator.comparingLong(Chapters.Timed::startMs));
        long end = Math.max(t.durationMs(), t.lastEnd());
        List<Span> spans = new ArrayList<>(timed.size());
        for (int i = 0; i < timed.size(); i++) {
            Chapters.Timed c = timed.get(i);
            long next = i + 1 < timed.size() ? timed.get(i + 1).startMs() : Math.max(end, c.startMs());
            spans.add(new Span(c.title(), c.startMs(), next, c.mark().image(), c.mark().url()));
        }
        return spans;
    }
}
