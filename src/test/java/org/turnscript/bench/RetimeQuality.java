package org.turnscript.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.testing.YouTubeStyleVtt;
import org.turnscript.timing.CaptionRetimer;
import org.turnscript.timing.DurationEstimator;

/**
 * How far word start times land from the real ones before and after re-timing from a caption file.
 *
 * <p>For each conversation with known word times, the document is its words as an editor leaves them: 3 % of the
 * words dropped and 3 % replaced by another word of the same conversation (seeded, so every run is the same),
 * untimed, in the speaker turns of the conversation. "before" spreads them over the recording's length, as an
 * untimed import does today. "cue SRT" re-times them from an SRT whose cues have only their two ends (about
 * eight words each); "YouTube VTT" from word-timed captions written as YouTube writes them. The error of a word
 * is the distance of its start from the real start of the word at its place (a replaced word counts too).
 * Prints median and 90th percentile in seconds per conversation and over all words; asserts nothing.
 *
 * <p>The committed YouTube fixture is always measured (its own word times as the truth). A folder of derived
 * conversations (one folder per conversation holding {@code gold_words.json}, {@code gold_turns.json} and
 * {@code flat_autocaption.srt}), whose content may not be redistributed, is read when given.
 * Run: {@code ./mvnw -q test-compile exec:exec@retime-bench -Dbench.corpus=DIR}.
 */
public final class RetimeQuality {

    private static final String FIXTURE = "/org/turnscript/formats/vtt/youtube/DoesFastChargingHurttheBatteryRaw.vtt";
    private static final double DROP = 0.03;
    private static final double REPLACE = 0.03;

    private RetimeQuality() {
    }

    /** Real word times, speaker turns (word index ranges) and, when there is one, a cue-timed SRT. */
    private record Conversation(String name, List<Word> gold, List<int[]> turns, List<String> speakers,
                                byte[] cueSrt) {
    }

    public static void main(String[] args) throws Exception {
        ConversionService service = ConversionService.standard();
        List<Conversation> conversations = new ArrayList<>();
        conversations.add(fixture(service));
        Path corpus = args.length > 0 && !args[0].isBlank() ? Path.of(args[0]) : null;
        if (corpus != null && Files.isDirectory(corpus)) {
            try (Stream<Path> dirs = Files.list(corpus)) {
                for (Path dir : dirs.sorted().toList()) {
                    if (Files.isRegularFile(dir.resolve("gold_words.json"))) {
                        conversations.add(derived(dir));
                    }
                }
            }
        } else {
            System.out.println("(no corpus folder given with -Dbench.corpus=DIR, or it is absent: only the committed "
                    + "fixture was measured)");
        }
        System.out.printf(Locale.ROOT, "%-30s %6s %15s   %24s   %24s %6s%n", "", "", "before", "from cue SRT",
                "from YouTube VTT", "align");
        System.out.printf(Locale.ROOT, "%-30s %6s %7s %7s   %7s %7s %7s   %7s %7s %7s %6s%n", "conversation", "words",
                "median", "p90", "median", "p90", "matched", "median", "p90", "matched", "ms");
        List<double[]> pooled = new ArrayList<>(List.of(new double[0], new double[0], new double[0]));
        for (Conversation c : conversations) {
            double[][] errors = measure(service, c);
            for (int k = 0; k < 3; k++) {
                pooled.set(k, concat(pooled.get(k), errors[k]));
            }
        }
        double[] before = sorted(pooled.get(0));
        double[] srt = sorted(pooled.get(1));
        double[] vtt = sorted(pooled.get(2));
        System.out.printf(Locale.ROOT, "%-30s %6d %7.2f %7.2f   %7.3f %7.3f %7s   %7.3f %7.3f%n", "ALL", before.length,
                percentile(before, 0.5), percentile(before, 0.9), percentile(srt, 0.5), percentile(srt, 0.9), "",
                percentile(vtt, 0.5), percentile(vtt, 0.9));
        System.out.println("goal: from cue SRT median <= 0.3 s, p90 <= 1.0 s; from YouTube VTT <= 0.05 s");
    }

    private static double[][] measure(ConversionService service, Conversation c) throws Exception {
        Random random = new Random(c.name().hashCode());
        List<String> vocabulary = c.gold().stream().map(Word::text).distinct().toList();
        List<Word> docWords = new ArrayList<>();
        List<Integer> goldIndex = new ArrayList<>();
        int[] turnOf = new int[c.gold().size()];
        for (int t = 0; t < c.turns().size(); t++) {
            Arrays.fill(turnOf, c.turns().get(t)[0], Math.min(turnOf.length, c.turns().get(t)[1]), t);
        }
        List<Integer> docTurn = new ArrayList<>();
        for (int i = 0; i < c.gold().size(); i++) {
            double roll = random.nextDouble();
            if (roll < DROP) {
                continue;
            }
            String text = c.gold().get(i).text();
            if (roll < DROP + REPLACE) {
                String other = vocabulary.get(random.nextInt(vocabulary.size()));
                text = other.equals(text) ? text + "s" : other;
            }
            docWords.add(Word.of(text));
            goldIndex.add(i);
            docTurn.add(turnOf[i]);
        }
        Roster roster = Roster.of(c.speakers().stream().distinct().toList());
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= docWords.size(); k++) {
            if (k == docWords.size() || !docTurn.get(k).equals(docTurn.get(from))) {
                String speaker = c.speakers().isEmpty() ? null
                        : roster.byName(c.speakers().get(docTurn.get(from))).orElseThrow().id();
                segments.add(new Segment(Transcript.sequentialId(segments.size() + 1), speaker, SegmentKind.SPEECH,
                        docWords.subList(from, k)));
                from = k;
            }
        }
        long duration = c.gold().get(c.gold().size() - 1).end();
        Transcript doc = DurationEstimator.estimate(new Transcript(Metadata.EMPTY.withDurationMs(duration), roster,
                segments), duration);

        double[] before = errors(doc, c.gold(), goldIndex);
        double[] fromSrt = new double[0];
        String srtShare = "-";
        if (c.cueSrt() != null) {
            Transcript srt = service.read(c.cueSrt(), "flat_autocaption.srt", ImportSettings.DEFAULTS).transcript();
            CaptionRetimer.Retimed r = CaptionRetimer.retime(doc, srt, "flat_autocaption.srt");
            fromSrt = errors(r.transcript(), c.gold(), goldIndex);
            srtShare = String.format(Locale.ROOT, "%.1f", r.report().share() * 100);
        }
        byte[] vttBytes = YouTubeStyleVtt.of(c.gold()).getBytes(StandardCharsets.UTF_8);
        Transcript vtt = service.read(vttBytes, "captions.en.vtt", ImportSettings.DEFAULTS).transcript();
        CaptionRetimer.Retimed r = CaptionRetimer.retime(doc, vtt, "captions.en.vtt");
        // The time the user waits for the alignment itself, measured once the code is warm.
        long t1 = System.nanoTime();
        CaptionRetimer.retime(doc, vtt, "captions.en.vtt");
        long alignMs = (System.nanoTime() - t1) / 1_000_000;
        double[] fromVtt = errors(r.transcript(), c.gold(), goldIndex);
        double[] b = sorted(before);
        double[] s = sorted(fromSrt);
        double[] v = sorted(fromVtt);
        System.out.printf(Locale.ROOT, "%-30s %6d %7.2f %7.2f   %7s %7s %7s   %7.3f %7.3f %6.1f%% %6d%n",
                shorten(c.name()), docWords.size(), percentile(b, 0.5), percentile(b, 0.9),
                figure(s, 0.5), figure(s, 0.9), srtShare.equals("-") ? "-" : srtShare + "%",
                percentile(v, 0.5), percentile(v, 0.9), r.report().share() * 100, alignMs);
        r.report().lines().stream().skip(1).forEach(l -> System.out.println("    " + l));
        return new double[][] {before, fromSrt, fromVtt};
    }

    private static double[] errors(Transcript t, List<Word> gold, List<Integer> goldIndex) {
        List<Word> words = t.segments().stream().flatMap(s -> s.words().stream()).toList();
        double[] out = new double[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.abs(words.get(i).start() - gold.get(goldIndex.get(i)).start()) / 1000.0;
        }
        return out;
    }

    // ---- Inputs -----------------------------------------------------------------------------------

    /** The committed YouTube captions: their own word times are the truth; no SRT, no speakers. */
    private static Conversation fixture(ConversionService service) throws Exception {
        byte[] bytes;
        try (InputStream in = RetimeQuality.class.getResourceAsStream(FIXTURE)) {
            bytes = in.readAllBytes();
        }
        Transcript t = service.read(bytes, "battery.vtt", ImportSettings.DEFAULTS).transcript();
        List<Word> gold = t.segments().stream().flatMap(s -> s.words().stream())
                .filter(w -> !w.isSoundTag() && w.isTimed()).toList();
        return new Conversation("youtube battery (fixture)", gold, List.<int[]>of(new int[] {0, gold.size()}),
                List.of(), null);
    }

    private static Conversation derived(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Word> gold = new ArrayList<>();
        for (JsonNode w : json.readTree(dir.resolve("gold_words.json").toFile())) {
            long start = Math.round(w.get("start").asDouble() * 1000);
            long end = Math.max(start, Math.round(w.get("end").asDouble() * 1000));
            gold.add(Word.timed(w.get("w").asText(), start, end, TimeSource.MEASURED));
        }
        List<int[]> turns = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        Path turnsFile = dir.resolve("gold_turns.json");
        if (Files.isRegularFile(turnsFile)) {
            for (JsonNode t : json.readTree(turnsFile.toFile()).get("turns")) {
                turns.add(new int[] {t.get("word_start").asInt(), t.get("word_end").asInt()});
                speakers.add(t.get("speaker").asText());
            }
        } else {
            turns.add(new int[] {0, gold.size()});
        }
        Path srt = dir.resolve("flat_autocaption.srt");
        return new Conversation(dir.getFileName().toString(), gold, turns, speakers,
                Files.isRegularFile(srt) ? Files.readAllBytes(srt) : null);
    }

    // ---- Figures ----------------------------------------------------------------------------------

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static double percentile(double[] sorted, double p) {
        return EstimationQuality.percentile(sorted, p);
    }

    private static String figure(double[] sorted, double p) {
        return sorted.length == 0 ? "-" : String.format(Locale.ROOT, "%.3f", percentile(sorted, p));
    }

    private static String shorten(String name) {
        return name.length() <= 30 ? name : name.substring(0, 27) + "...";
    }
}
