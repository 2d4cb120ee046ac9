package org.turnscript.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Writes the ten-hour SRT that {@code bench/budgets.sh} opens: {@link SyntheticTranscripts#of} 100,000 words (four
 * speakers, ten hours and a half) cut into cues of 5 to 13 words, about 12,000 cues, with a {@code Name: } label
 * where the speaker changes, as caption files do. The same bytes every time.
 *
 * <p>{@code java -cp turnscript.jar:CLASSES org.turnscript.bench.TenHoursSrt ten-hours.srt [words]}
 */
public final class TenHoursSrt {

    private TenHoursSrt() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TenHoursSrt OUTPUT.srt [words]");
            System.exit(2);
        }
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        String srt = srt(SyntheticTranscripts.of(words));
        Files.writeString(Path.of(args[0]), srt, StandardCharsets.UTF_8);
    }

    /** The transcript as SRT cues of 5 to 13 words, labelled with the speaker's name where the speaker changes. */
    public static String srt(Transcript t) {
        Random random = new Random(7);
        StringBuilder out = new StringBuilder(8 * 1024 * 1024);
        int cue = 0;
        String lastSpeaker = null;
        for (Segment s : t.segments()) {
            List<Word> words = s.words();
            int i = 0;
            while (i < words.size()) {
                int n = Math.min(words.size() - i, 5 + random.nextInt(9));
                if (words.size() - i - n < 3) {
                    n = words.size() - i; // no cue of one or two words at the end of a turn
                }
                List<Word> part = words.subList(i, i + n);
                out.append(++cue).append('\n')
                        .append(time(part.get(0).start())).append(" --> ").append(time(part.get(n - 1).end()))
                        .append('\n');
                if (!s.speakerId().equals(lastSpeaker)) {
                    out.append(t.roster().nameOf(s.speakerId())).append(": ");
                    lastSpeaker = s.speakerId();
                }
                for (int w = 0; w < n; w++) {
                    out.append(w == 0 ? "" : w == n / 2 && n > 7 ? "\n" : " ").append(part.get(w).text());
                }
                out.append("\n\n");
                i += n;
            }
        }
        return out.toString();
    }

    private static String time(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }
}
