package org.turnscript.formats.chapters;

import java.util.List;
import java.util.Locale;
import org.turnscript.formats.AbstractFormat;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.Transcript;

/**
 * A chapter list for a YouTube video description: one {@code 0:00 Intro} line per chapter, in time order, times in
 * whole seconds ({@code m:ss}, or {@code h:mm:ss} once the video reaches an hour). The rules YouTube applies are
 * reported by {@link #problems}. Written only.
 */
public final class YouTubeChaptersFormat extends AbstractFormat {

    public static final String ID = "youtube-chapters";

    public YouTubeChaptersFormat() {
        super(ID, "YouTube chapter list", Direction.WRITE_ONLY, "chapters.txt");
    }

    @Override
    public int sniff(String head) {
        return 0;
    }

    @Override
    public String write(Transcript transcript, ExportOptions options) {
        List<ChapterTimes.Span> chapters = ChapterTimes.of(transcript);
        boolean hours = !chapters.isEmpty() && chapters.get(chapters.size() - 1).startMs() >= 3_600_000;
        StringBuilder out = new StringBuilder();
        for (ChapterTimes.Span c : chapters) {
            out.append(clock(c.startMs(), hours)).append(' ').append(oneLine(c.title())).append('\n');
        }
        return out.toString();
    }

    @Override
    public List<String> problems(Transcript transcript, ExportOptions options) {
        return YouTubeChapterRules.problems(ChapterTimes.of(transcript));
    }

    /** {@code m:ss}, or {@code h:mm:ss} when {@code hours}; whole seconds, rounded down as a player shows them. */
    static String clock(long ms, boolean hours) {
        long s = ms / 1000;
        return hours || s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static String oneLine(String title) {
        return title.replaceAll("\\s+", " ").strip();
    }
}
