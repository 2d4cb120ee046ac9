package org.turnscript.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.turnscript.audio.SyntheticVoices;
import org.turnscript.audio.PcmAudio;
import org.turnscript.convert.TimesFromRecording;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.timing.DurationEstimator;

/**
 * How far word start times land from the real ones when they are taken from the recording, and how fast.
 *
 * <p>For each conversation with known word times (a folder holding {@code gold_words.json} and, for speakers,
 * {@code gold_turns.json}), a recording is rendered with espeak-ng: each word spoken alone and placed at its real
 * start, cut at the next word's start, so the pauses are the real speakers'. The renders are cached under
 * {@code target/speech-bench} (they are large and stay out of git). The text, untimed, in its speaker turns and
 * without punctuation (as a caption dump has it), is then timed by spreading over the duration ("before") and
 * from the recording ("after": {@code TimesFromRecording}, its stretches of sound and syllable nuclei); the table
 * gives median and p90 of the start errors in seconds, and how many times faster than real time the decode,
 * detection and alignment ran. The constants of the alignment were chosen on the conversations named in
 * {@link #TUNED}; the others are held out, and their pooled figures are printed apart. Then, from
 * {@link PauseSideQuality}, how many of the long pauses have every word on their right side when unpunctuated
 * caption text is timed, as the turn suggestions see it. Asserts nothing.
 * Run: {@code ./mvnw -q test-compile exec:exec@speech-bench -Dbench.corpus=DIR} (needs espeak-ng on the PATH).
 */
public final class SpeechTimingQuality {

    private static final Path CACHE = Path.of("target", "speech-bench");
    private static final float RATE = 22_050f;
    /** The conversations the alignment's constants were chosen on; the rest are held out. */
    static final java.util.Set<String> TUNED = java.util.Set.of("how_to_start_a_podcast", "podcastindex_example_srt");

    private SpeechTimingQuality() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = args.length > 0 && !args[0].isBlank() ? Path.of(args[0]) : null;
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.out.println("give the folder of conversations with -Dbench.corpus=DIR");
            return;
        }
        Files.createDirectories(CACHE.resolve("words"));
        System.out.printf(Locale.ROOT, "%-28s %6s %7s %15s %15s %9s%n", "", "", "", "before", "from recording", "");
        System.out.printf(Locale.ROOT, "%-28s %6s %7s %7s %7s %7s %7s %9s%n", "conversation", "words", "minutes",
                "median", "p90", "median", "p90", "x realtime");
        List<double[]> pooled = new ArrayList<>();
        List<double[]> heldOut = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(corpus)) {
            for (Path dir : dirs.sorted().toList()) {
                if (Files.isRegularFile(dir.resolve("gold_words.json"))) {
                    double[] errors = measure(dir);
                    pooled.add(errors);
                    if (!TUNED.contains(dir.getFileName().toString())) {
                        heldOut.add(errors);
                    }
                }
            }
        }
        printPooled("HELD OUT (not tuned on)", heldOut);
        printPooled("ALL", pooled);
        System.out.println("* tuned on; goal: median <= 1.0 s, p90 <= 3.0 s, at least 50x real time");
        System.out.println();
        System.out.println("words on the right side of the long pauses, caption text timed from a render with a voice "
                + "per speaker:");
        PauseSideQuality.main(new String[] {corpus.toString()});
    }

    private static void printPooled(String label, List<double[]> pooled) {
        double[] before = sorted(pooled.stream().flatMapToDouble(p -> Arrays.stream(p, 0, p.length / 2)).toArray());
        double[] after = sorted(pooled.stream().flatMapToDouble(p -> Arrays.stream(p, p.length / 2, p.length))
                .toArray());
        if (before.length > 0) {
            System.out.printf(Locale.ROOT, "%-28s %6d %7s %7.2f %7.2f %7.2f %7.2f%n", label, before.length, "",
                    percentile(before, 0.5), percentile(before, 0.9), percentile(after, 0.5), percentile(after, 0.9));
        }
    }

    /** The errors before, then after, in one array. */
    private static double[] measure(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Word> gold = new ArrayList<>();
        for (JsonNode w : json.readTree(dir.resolve("gold_words.json").toFile())) {
            long start = Math.round(w.get("start").asDouble() * 1000);
            gold.add(Word.timed(w.get("w").asText(), start, Math.max(start, Math.round(w.get("end").asDouble()
                    * 1000)), org.turnscript.model.TimeSource.MEASURED));
        }
        Path wav = CACHE.resolve(dir.getFileName() + ".wav");
        if (!Files.isRegularFile(wav)) {
            render(gold, wav);
        }
        Transcript doc = untimed(dir, gold, json);
        long duration = gold.get(gold.size() - 1).end() + 1000;
        double[] before = errors(DurationEstimator.estimate(doc, duration), gold);
        long t0 = System.nanoTime();
        PcmAudio audio = PcmAudio.read(wav);
        Transcript timed = TimesFromRecording.retime(doc, audio, audio.durationMs(), "render", p -> { }, () -> false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] after = errors(timed, gold);
        double[] b = sorted(before);
        double[] a = sorted(after);
        String name = (TUNED.contains(dir.getFileName().toString()) ? "* " : "  ") + dir.getFileName();
        System.out.printf(Locale.ROOT, "%-28s %6d %7.1f %7.2f %7.2f %7.2f %7.2f %9.0f%n",
                name.length() > 28 ? name.substring(0, 28) : name, gold.size(), audio.durationMs() / 60_000.0, percentile(b, 0.5),
                percentile(b, 0.9), percentile(a, 0.5), percentile(a, 0.9), audio.durationMs() / 1000.0 / seconds);
        double[] both = Arrays.copyOf(before, before.length * 2);
        System.arraycopy(after, 0, both, before.length, after.length);
        return both;
    }

    private static Transcript untimed(Path dir, List<Word> gold, ObjectMapper json) throws IOException {
        List<Segment> segments = new ArrayList<>();
        Roster roster = Roster.EMPTY;
        Path turns = dir.resolve("gold_turns.json");
        if (Files.isRegularFile(turns)) {
            for (JsonNode t : json.readTree(turns.toFile()).get("turns")) {
                String name = t.get("speaker").asText();
                if (roster.byName(name).isEmpty()) {
                    roster = roster.withNewSpeaker(name);
                }
                int from = t.get("word_start").asInt();
                int to = Math.min(gold.size(), t.get("word_end").asInt());
                if (to > from) {
                    segments.add(new Segment(Transcript.sequentialId(segments.size() + 1),
                            roster.byName(name).orElseThrow().id(), SegmentKind.SPEECH,
                            gold.subList(from, to).stream().map(w -> Word.of(w.text())).toList()));
                }
            }
        } else {
            segments.add(new Segment("s1", null, SegmentKind.SPEECH, gold.stream().map(w -> Word.of(w.text()))
                    .toList()));
        }
        return new Transcript(Metadata.EMPTY, roster, segments);
    }

    private static double[] errors(Transcript t, List<Word> gold) {
        List<Word> words = t.segments().stream().flatMap(s -> s.words().stream()).toList();
        double[] out = new double[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.abs(words.get(i).start() - gold.get(i).start()) / 1000.0;
        }
        return out;
    }

    // ---- Rendering --------------------------------------------------------------------------------

    private static void render(List<Word> gold, Path wav) throws Exception {
        Map<String, float[]> spoken = speakAll(gold.stream().map(Word::text).distinct().toList());
        int length = (int) ((gold.get(gold.size() - 1).end() + 1000) * RATE / 1000);
        float[] out = new float[length];
        for (int i = 0; i < gold.size(); i++) {
            float[] s = spoken.get(gold.get(i).text());
            int at = (int) (gold.get(i).start() * RATE / 1000);
            int limit = i + 1 < gold.size() ? (int) (gold.get(i + 1).start() * RATE / 1000) : length;
            for (int k = 0; k < s.length && at + k < Math.min(limit, length); k++) {
                out[at + k] = s[k];
            }
        }
        SyntheticVoices.write(new PcmAudio(out, RATE), wav);
    }

    /**
     * Every word from espeak-ng, a hundred per call with 400 ms breaks between them (a call per word costs a start
     * of espeak each), cut apart at the silences; a batch that does not cut into as many pieces as it has words is
     * spoken a word at a time instead.
     */
    private static Map<String, float[]> speakAll(List<String> texts) throws Exception {
        Map<String, float[]> out = new HashMap<>();
        for (int from = 0; from < texts.size(); from += 100) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + 100));
            Path file = CACHE.resolve("words").resolve("batch-" + Integer.toHexString(batch.hashCode()) + ".wav");
            if (!Files.isRegularFile(file)) {
                StringBuilder ssml = new StringBuilder("<speak>");
                batch.forEach(t -> ssml.append(VoicedRender.sayable(t)).append(" <break time=\"400ms\"/> "));
                Process p = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "200", "-m", "-w", file.toString(),
                        ssml.append("</speak>").toString()).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                p.waitFor();
            }
            List<float[]> pieces = VoicedRender.splitAtSilences(PcmAudio.read(file).samples());
            for (int k = 0; k < batch.size(); k++) {
                out.put(batch.get(k), pieces.size() == batch.size() ? pieces.get(k) : speak(batch.get(k)));
            }
        }
        return out;
    }

    /** One word from espeak-ng, cached, with the silence espeak puts around it cut off. */
    private static float[] speak(String text) {
        try {
            String safe = VoicedRender.sayable(text);
            Path file = CACHE.resolve("words").resolve(safe + ".wav");
            if (!Files.isRegularFile(file)) {
                Process p = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "200", "-w", file.toString(),
                        safe).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() != 0) {
                    throw new IOException("espeak-ng failed on '" + text + "'");
                }
            }
            return VoicedRender.withoutSilentEnds(PcmAudio.read(file).samples());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- Figures ----------------------------------------------------------------------------------

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static double percentile(double[] sorted, double p) {
        return EstimationQuality.percentile(sorted, p);
    }
}
