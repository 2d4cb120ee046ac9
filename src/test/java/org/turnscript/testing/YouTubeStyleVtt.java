package org.turnscript.testing;

import java.util.List;
import java.util.Locale;
import org.turnscript.model.Word;

/**
 * Writes words with their times as YouTube writes automatic captions: roll-up WebVTT, a line of about eight words
 * per cue with {@code <00:00:01.234><c> word</c>} before each word after the first, the previous line repeated
 * above it, and a 10 ms cue showing the finished line. Tests and benchmarks use it to build the word-timed
 * captions of a recording whose word times they know, and read them back through the WebVTT reader.
 */
public final class YouTubeStyleVtt {

    private static final int WORDS_PER_LINE = 8;

    private YouTubeStyleVtt() {
    }

    /** The VTT text for {@code words}, which must all be timed and in order. */
    public static String of(List<Word> words) {
        StringBuilder out = new StringBuilder("WEBVTT\nKind: captions\nLanguage: en\n\n");
        String previousLine = "";
        for (int from = 0; from < words.size(); from += WORDS_PER_LINE) {
            int to = Math.min(words.size(), from + WORDS_PER_LINE);
            long start = words.get(from).start();
            long lineEnd = to < words.size() ? words.get(to).start() : words.get(to - 1).end();
            long end = Math.max(start + 20, lineEnd) - 10;
            StringBuilder line = new StringBuilder(words.get(from).text());
            StringBuilder plain = new StringBuilder(words.get(from).text());
            for (int k = from + 1; k < to; k++) {
                line.append('<').append(clock(words.get(k).start())).append("><c> ").append(words.get(k).text())
                        .append("</c>");
                plain.append(' ').append(words.get(k).text());
            }
            out.append(clock(start)).append(" --> ").append(clock(end)).append(" align:start position:0%\n")
                    .append(previousLine).append('\n').append(line).append("\n\n");
            out.append(clock(end)).append(" --> ").append(clock(end + 10)).append(" align:start position:0%\n")
                    .append(plain).append("\n \n\n");
            previousLine = plain.toString();
        }
        return out.toString();
    }

    static String clock(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }
}
