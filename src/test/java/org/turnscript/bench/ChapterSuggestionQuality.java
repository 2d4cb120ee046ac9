package org.turnscript.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.turnscript.chapters.ChapterSuggester;
import org.turnscript.chapters.ChapterSuggestion;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * How close the chapter suggestions come to the topic starts a person marks. For each conversation the suggestions
 * at the default threshold (the start of the recording left out: it is always right) are matched one to one with
 * the gold topic starts within a tolerance in words, and precision, recall and the distance of each match (words and
 * seconds) are printed. Asserts nothing.
 *
 * <p>Gold: on the bundled sample, the three topics after the intro, each where the host starts it right after a
 * music sting ("so thanks y'all for being here we will start with AI overviews", "last week Anthropic released",
 * "so also last week … another big week"); on the Podnews Weekly Review of 2024-01-19 from the development set, the
 * four news items as the hosts open them ("let's kick this off", "talking of funnier things", "let's move on with
 * some good news", "talking of advertising"; word indexes of the set's word stream). The other development
 * conversations have no topic structure to mark (an interview, a how-to, a long free-form show); for them the
 * number of suggestions per hour is printed, each one a false alarm. The development set is third-party speech and
 * is read from the directory given as the first argument (the folder holding {@code derived/}) when present.
 * Run: {@code ./mvnw -q test-compile exec:exec@chapter-bench [-Dbench.corpus=DIR]}.
 */
public final class ChapterSuggestionQuality {

    private static final String SAMPLE = "/org/turnscript/samples/mixture-of-experts-2024-05-31.txt";
    private static final int[] TOLERANCES = {20, 50};

    private ChapterSuggestionQuality() {
    }

    public static void main(String[] args) throws Exception {
        ConversionService service = ConversionService.standard();
        byte[] sample;
        try (InputStream in = ChapterSuggestionQuality.class.getResourceAsStream(SAMPLE)) {
            sample = in.readAllBytes();
        }
        Transcript t = service.read(sample, "sample.txt", ImportSettings.DEFAULTS).transcript();
        List<String> flat = flat(t);
        int[] gold = {indexOf(flat, "so thanks yall for being here"), indexOf(flat, "last week anthropic released"),
            indexOf(flat, "so also last week last week")};
        report("mixture-of-experts (sample)", t, gold);
        Path corpus = args.length > 0 && !args[0].isBlank() ? Path.of(args[0], "derived") : null;
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.out.println("(development set not given: pass the folder holding derived/ as -Dbench.corpus)");
            return;
        }
        report("podnews_weekly_2024-01-19", read(service, corpus, "podnews_weekly_2024-01-19"),
                new int[] {149, 731, 1215, 2040});
        for (String name : List.of("how_to_start_a_podcast", "podcastindex_example_srt", "podcasting20_ep124")) {
            report(name, read(service, corpus, name), null);
        }
    }

    private static Transcript read(ConversionService service, Path corpus, String name) throws Exception {
        Path file = corpus.resolve(name).resolve("flat_autocaption.txt");
        return service.read(Files.readAllBytes(file), file.toString(), ImportSettings.DEFAULTS).transcript();
    }

    private static void report(String name, Transcript t, int[] gold) {
        long started = System.nanoTime();
        List<ChapterSuggestion> all = ChapterSuggester.suggest(t);
        long ms = (System.nanoTime() - started) / 1_000_000;
        List<ChapterSuggestion> shown = all.stream()
                .filter(s -> s.score() >= ChapterSuggester.DEFAULT_THRESHOLD && s.flatIndex() > 0).toList();
        double hours = t.durationMs() / 3_600_000.0;
        System.out.printf(Locale.ROOT, "%s: %d words, %.1f min, %d suggestions after the start (%d ms)%n", name,
                t.wordCount(), t.durationMs() / 60_000.0, shown.size(), ms);
        for (ChapterSuggestion s : shown) {
            System.out.printf(Locale.ROOT, "  word %5d  %s  %.2f  %-40s %s%n", s.flatIndex(), clock(s.startMs()),
                    s.score(), s.title(), s.cue());
        }
        if (gold == null) {
            System.out.printf(Locale.ROOT, "  no gold: %.1f suggestions per hour%n", shown.size() / hours);
            return;
        }
        List<Word> words = words(t);
        for (int tol : TOLERANCES) {
            boolean[] used = new boolean[shown.size()];
            int hits = 0;
            StringBuilder gaps = new StringBuilder();
            for (int g : gold) {
                int best = -1;
                for (int k = 0; k < shown.size(); k++) {
                    int d = Math.abs(shown.get(k).flatIndex() - g);
                    if (!used[k] && d <= tol && (best < 0 || d < Math.abs(shown.get(best).flatIndex() - g))) {
                        best = k;
                    }
                }
                if (best >= 0) {
                    used[best] = true;
                    hits++;
                    int dw = shown.get(best).flatIndex() - g;
                    double ds = (shown.get(best).startMs() - words.get(g).start()) / 1000.0;
                    gaps.append(String.format(Locale.ROOT, " %+d words (%+.1f s)", dw, ds));
                } else {
                    gaps.append(" missed");
                }
            }
            double p = shown.isEmpty() ? 0 : hits / (double) shown.size();
            double r = hits / (double) gold.length;
            System.out.printf(Locale.ROOT, "  ±%d words: precision %.2f, recall %.2f;%s%n", tol, p, r, gaps);
        }
    }

    private static List<Word> words(Transcript t) {
        List<Word> out = new ArrayList<>();
        for (Segment s : t.segments()) {
            out.addAll(s.words());
        }
        return out;
    }

    private static List<String> flat(Transcript t) {
        return words(t).stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList();
    }

    private static int indexOf(List<String> flat, String phrase) {
        String[] p = phrase.split(" ");
        for (int i = 0; i + p.length <= flat.size(); i++) {
            boolean all = true;
            for (int k = 0; k < p.length && all; k++) {
                all = flat.get(i + k).equals(p[k]);
            }
            if (all) {
                return i;
            }
        }
        throw new IllegalStateException("'" + phrase + "' is not in the transcript");
    }

    private static String clock(long ms) {
        long s = Math.max(0, ms) / 1000;
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
