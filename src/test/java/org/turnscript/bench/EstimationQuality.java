package org.turnscript.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.model.Segment;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.timing.Anchors;
import org.turnscript.timing.DurationEstimator;

/**
 * How far estimated word times land from real ones. Each transcript with measured word times is read, every time
 * is dropped, the words are spread over the transcript's length with {@link DurationEstimator#estimate}, and the
 * absolute error of each measured word's start is taken. Prints the median and the 90th percentile in seconds per
 * file and over all words; asserts nothing.
 *
 * <p>Committed fixtures come from the test resources. A larger corpus of podcast and interview transcripts whose
 * content may not be redistributed is read from the directory given as the first argument (a folder holding the
 * public transcriptator and slate-transcript-editor test files) when it is given, and the table says when it is not.
 * Run: {@code ./mvnw -q test-compile exec:exec@estimate-bench [-Dbench.corpus=DIR]}.
 */
public final class EstimationQuality {

    private static final List<String> RESOURCES = List.of(
            "/org/turnscript/formats/vtt/youtube/DoesFastChargingHurttheBatteryRaw.vtt",
            "/org/turnscript/formats/json/battery-phrases.json3");

    /** Corpus files and their format; DPE files are pretty-printed, so "paragraphs" is beyond the sniffed head. */
    private static final List<String[]> CORPUS_FILES = List.of(
            new String[] {"transcriptator/test_files/how_to_start_a_podcast.json", null},
            new String[] {"slate-transcript-editor/KateDarling-dpe.json", "dpe-json"},
            new String[] {"slate-transcript-editor/soleio-dpe.json", "dpe-json"},
            new String[] {"slate-transcript-editor/Facebook-CEO-Mark-Zuckerberg-FULL-testimony-before-U.S.senate-"
                    + "pXq-5L2ghhg.mp4.dpe-2hours.json", "dpe-json"});

    /** Longer than any pause within a conversation: a break, a recess, a musical interlude. */
    private static final long LONG_SILENCE_MS = 10_000;

    private static final long ANCHOR_EVERY_MS = 60_000;

    private static final String ROW = "%-44s %7d %8.1f %7.1f %9.2f %9.2f %9.2f %9.2f%n";

    private EstimationQuality() {
    }

    public static void main(String[] args) throws Exception {
        ConversionService service = ConversionService.standard();
        List<double[][]> all = new ArrayList<>();
        double[] minutes = new double[2];
        System.out.printf(Locale.ROOT, "%-44s %7s %8s %7s %9s %9s %9s %9s%n", "", "", "", "silent", "estimated",
                "", "+ anchor/min", "");
        System.out.printf(Locale.ROOT, "%-44s %7s %8s %7s %9s %9s %9s %9s%n", "file", "words", "minutes", "minutes",
                "median s", "p90 s", "median s", "p90 s");
        for (String resource : RESOURCES) {
            byte[] bytes;
            try (InputStream in = EstimationQuality.class.getResourceAsStream(resource)) {
                bytes = in.readAllBytes();
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            all.add(report(name, service.read(bytes, name, ImportSettings.DEFAULTS).transcript(), minutes));
        }
        Path corpus = args.length > 0 && !args[0].isBlank() ? Path.of(args[0]) : null;
        if (corpus != null && Files.isDirectory(corpus)) {
            for (String[] entry : CORPUS_FILES) {
                String file = entry[0];
                Path path = corpus.resolve(file);
                if (Files.isRegularFile(path)) {
                    ImportSettings settings = new ImportSettings(entry[1], null, List.of(), Word.UNKNOWN_TIME);
                    all.add(report(path.getFileName().toString(), service.read(path, settings).transcript(),
                            minutes));
                } else {
                    System.out.printf(Locale.ROOT, "%-44s missing%n", file);
                }
            }
        } else {
            System.out.println("(no corpus folder given with -Dbench.corpus=DIR, or it is absent: only the committed "
                    + "fixtures were measured)");
        }
        double[] pooled = all.stream().flatMapToDouble(r -> Arrays.stream(r[0])).sorted().toArray();
        double[] pooledAnchored = all.stream().flatMapToDouble(r -> Arrays.stream(r[1])).sorted().toArray();
        System.out.printf(Locale.ROOT, ROW, "ALL", pooled.length, minutes[0], minutes[1], percentile(pooled, 0.5),
                percentile(pooled, 0.9), percentile(pooledAnchored, 0.5), percentile(pooledAnchored, 0.9));
    }

    private static double[][] report(String name, Transcript truth, double[] minutes) {
        minutes[0] += truth.durationMs() / 60_000.0;
        minutes[1] += longSilencesMs(truth) / 60_000.0;
        double[] errors = startErrors(truth);
        double[] anchored = anchoredStartErrors(truth);
        System.out.printf(Locale.ROOT, ROW, shorten(name), errors.length, truth.durationMs() / 60_000.0,
                longSilencesMs(truth) / 60_000.0, percentile(errors, 0.5), percentile(errors, 0.9),
                percentile(anchored, 0.5), percentile(anchored, 0.9));
        return new double[][] {errors, anchored};
    }

    /** Seconds between each measured word's real start and its estimated start, in word order. */
    static double[] startErrors(Transcript truth) {
        return errors(truth, estimate(truth), false);
    }

    /**
     * The same after anchoring, at its real start, the first word of every minute of the recording, as an editor
     * tapping along would: what is left is the estimator's error between anchors. Anchored words are not counted.
     */
    static double[] anchoredStartErrors(Transcript truth) {
        Transcript estimated = estimate(truth);
        long nextMinute = ANCHOR_EVERY_MS;
        for (int si = 0; si < truth.segments().size(); si++) {
            List<Word> real = truth.segment(si).words();
            for (int wi = 0; wi < real.size(); wi++) {
                Word w = real.get(wi);
                if (w.source() == TimeSource.MEASURED && w.start() >= nextMinute) {
                    estimated = Anchors.setAnchor(estimated, si, wi, w.start());
                    nextMinute = (w.start() / ANCHOR_EVERY_MS + 1) * ANCHOR_EVERY_MS;
                }
            }
        }
        return errors(truth, estimated, true);
    }

    private static Transcript estimate(Transcript truth) {
        List<Segment> untimed = new ArrayList<>();
        for (Segment s : truth.segments()) {
            untimed.add(s.withWords(s.words().stream().map(Word::withoutTime).toList()));
        }
        return DurationEstimator.estimate(truth.withSegments(untimed), truth.durationMs());
    }

    private static double[] errors(Transcript truth, Transcript estimated, boolean skipAnchored) {
        List<Double> errors = new ArrayList<>();
        for (int si = 0; si < truth.segments().size(); si++) {
            List<Word> real = truth.segment(si).words();
            List<Word> guess = estimated.segment(si).words();
            for (int wi = 0; wi < real.size(); wi++) {
                Word w = real.get(wi);
                Word g = guess.get(wi);
                if (w.source() == TimeSource.MEASURED && !w.isSoundTag()
                        && !(skipAnchored && g.source() == TimeSource.ANCHORED)) {
                    errors.add(Math.abs(w.start() - g.start()) / 1000.0);
                }
            }
        }
        return errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /**
     * Time no text can account for: every stretch of more than {@value #LONG_SILENCE_MS} ms from one word's start
     * to the next (or from 0 to the first), beyond that allowance. Recordings that open with twenty silent minutes
     * are estimated badly by any text-only method; this column says so.
     */
    static long longSilencesMs(Transcript truth) {
        long silent = 0;
        long previousStart = 0;
        for (Segment s : truth.segments()) {
            for (Word w : s.words()) {
                if (w.isTimed()) {
                    silent += Math.max(0, w.start() - previousStart - LONG_SILENCE_MS);
                    previousStart = w.start();
                }
            }
        }
        return silent;
    }

    /** Nearest-rank percentile of sorted values; 0 for none. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String shorten(String name) {
        return name.length() <= 44 ? name : name.substring(0, 41) + "...";
    }
}
