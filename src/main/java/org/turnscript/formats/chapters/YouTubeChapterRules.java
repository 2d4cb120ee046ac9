package org.turnscript.formats.chapters;

import java.util.ArrayList;
import java.util.List;

/**
 * YouTube shows chapters from a description only when the list keeps its rules: the first at 0:00, at least three,
 * each at least ten seconds long. These are checked on whole seconds, as the list writes them, because that is
 * what YouTube reads.
 */
public final class YouTubeChapterRules {

    public static final int MIN_CHAPTERS = 3;
    public static final long MIN_LENGTH_S = 10;

    private YouTubeChapterRules() {
    }

    /** Each broken rule, in words; empty when YouTube will show the chapters. */
    public static List<String> problems(List<ChapterTimes.Span> chapters) {
        List<String> problems = new ArrayList<>();
        if (chapters.size() < MIN_CHAPTERS) {
            problems.add("YouTube needs at least " + MIN_CHAPTERS + " chapters; there "
                    + (chapters.size() == 1 ? "is 1" : "are " + chapters.size()));
        }
        if (!chapters.isEmpty() && chapters.get(0).startMs() / 1000 != 0) {
            problems.add("the first chapter (\"" + chapters.get(0).title() + "\") must start at 0:00, not at "
                    + YouTubeChaptersFormat.clock(chapters.get(0).startMs(), false));
        }
        for (int i = 0; i < chapters.size(); i++) {
            ChapterTimes.Span c = chapters.get(i);
            long length = c.endMs() / 1000 - c.startMs() / 1000;
            if (length < MIN_LENGTH_S) {
                problems.add("chapter \"" + c.title() + "\" at " + YouTubeChaptersFormat.clock(c.startMs(), false)
                        + " lasts " + length + " s; YouTube needs at least " + MIN_LENGTH_S + " s");
            }
        }
        for (ChapterTimes.Span c : chapters) {
            if (c.title().isBlank()) {
                problems.add("the chapter at " + YouTubeChaptersFormat.clock(c.startMs(), false) + " has no title");
            }
        }
        return problems;
    }
}
