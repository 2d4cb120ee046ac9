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
import java.util.Map;
import org.turnscript.audio.SyntheticVoices;
import org.turnscript.audio.PcmAudio;

/**
 * A development conversation spoken by espeak-ng with a different voice for each speaker, each word placed at its
 * gold start and cut at the next word's (as {@link SpeechTimingQuality} renders, one voice for all), cached under
 * {@code target/suggest-bench}. Distinct synthetic voices are a stand-in for distinct people, and a flattering one:
 * each keeps its pitch and timbre exactly, nobody talks over anyone, and there is no room, music or noise.
 */
final class VoicedRender {

    /** The voices given to the speakers in the order they first speak: male, female, male, female. */
    static final List<String> VOICES = List.of("en-us+m3", "en+f3", "en+m7", "en+f4", "en-us+m1", "en+f2");

    private static final Path CACHE = Path.of("target", "suggest-bench");
    private static final float RATE = 22_050f;

    private VoicedRender() {
    }

    /**
     * BENCH_ROUGH=1: a less flattering render. Each speaker's words come in three pitches (espeak-ng's -p 30, 50,
     * 70), the pitch moving on about every sixth word, as a person's does over a sentence; each turn has its own
     * loudness (half to full, as people lean in and away); the room adds two echoes (23 and 61 ms, at 0.35 and 0.2);
     * and white noise is added 20 dB under the speech.
     */
    static final boolean ROUGH = System.getenv("BENCH_ROUGH") != null;
    private static final int[] PITCHES = {30, 50, 70};

    /**
     * BENCH_PHRASES=1: a render closer to people talking. Each phrase (a speaker's words between two pauses of the
     * gold of at least {@value #PHRASE_GAP_MS} ms, or a change of speaker) is spoken by espeak-ng in one go, so its
     * words run into each other at espeak-ng's own pace instead of being cut at interpolated times; the phrases
     * follow each other with the gold's pause between them (none where the gold has none). The words then no longer
     * sit at their gold times, so only the word-indexed scores (boundaries, attribution, keys) mean anything on it.
     */
    static final boolean PHRASES = System.getenv("BENCH_PHRASES") != null;
    static final long PHRASE_GAP_MS = 250;

    /** The render of {@code c}, made once. */
    static Path of(DevConversation c) throws Exception {
        Files.createDirectories(CACHE.resolve("words"));
        Path wav = CACHE.resolve(c.name() + (PHRASES ? "-voices-phrases.wav"
                : ROUGH ? "-voices-rough.wav" : "-voices.wav"));
        if (Files.isRegularFile(wav)) {
            return wav;
        }
        if (PHRASES) {
            SyntheticVoices.write(new PcmAudio(phrases(c), RATE), wav);
            return wav;
        }
        JsonNode gold = new ObjectMapper().readTree(c.folder().resolve("gold_words.json").toFile());
        String[] words = new String[gold.size()];
        long[] starts = new long[gold.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = gold.get(i).get("w").asText();
            starts[i] = Math.round(gold.get(i).get("start").asDouble() * 1000);
        }
        int variants = ROUGH ? PITCHES.length : 1;
        List<Map<String, Map<String, float[]>>> byVoice = new ArrayList<>();
        for (int v = 0; v < variants; v++) {
            Map<String, Map<String, float[]>> voices = new HashMap<>();
            for (int s = 0; s < c.speakers().size(); s++) {
                String voice = VOICES.get(s % VOICES.size());
                String speaker = c.speakers().get(s);
                List<String> own = new ArrayList<>();
                for (int i = 0; i < words.length; i++) {
                    if (c.wordSpeakers()[i].equals(speaker)) {
                        own.add(words[i]);
                    }
                }
                voices.put(speaker, speakAll(own.stream().distinct().toList(), voice, ROUGH ? PITCHES[v] : 50));
            }
            byVoice.add(voices);
        }
        long endMs = starts[starts.length - 1] + 2000;
        int length = (int) (endMs * RATE / 1000);
        float[] out = new float[length];
        java.util.Random random = new java.util.Random(c.name().hashCode());
        int variant = variants / 2;
        float gain = 1;
        for (int i = 0; i < words.length; i++) {
            if (ROUGH && random.nextInt(6) == 0) {
                variant = random.nextInt(variants);
            }
            if (ROUGH && (i == 0 || !c.wordSpeakers()[i].equals(c.wordSpeakers()[i - 1]))) {
                gain = 0.5f + 0.5f * random.nextFloat();
            }
            float[] s = byVoice.get(variant).get(c.wordSpeakers()[i]).get(words[i]);
            int at = (int) (starts[i] * RATE / 1000);
            int limit = i + 1 < words.length ? (int) (starts[i + 1] * RATE / 1000) : length;
            for (int k = 0; k < s.length && at + k < Math.min(limit, length); k++) {
                out[at + k] = gain * s[k];
            }
        }
        if (ROUGH) {
            out = roomAndNoise(out, random);
        }
        SyntheticVoices.write(new PcmAudio(out, RATE), wav);
        return wav;
    }

    /** The conversation spoken a phrase at a time, each in its speaker's voice, the gold's pauses between. */
    private static float[] phrases(DevConversation c) throws Exception {
        JsonNode gold = new ObjectMapper().readTree(c.folder().resolve("gold_words.json").toFile());
        List<float[]> pieces = new ArrayList<>();
        java.util.Random random = new java.util.Random(c.name().hashCode());
        int from = 0;
        int n = gold.size();
        int breath = 4 + random.nextInt(9);
        for (int i = 1; i <= n; i++) {
            boolean ends = i == n || !c.wordSpeakers()[i].equals(c.wordSpeakers()[i - 1])
                    || gap(gold, i) >= PHRASE_GAP_MS;
            boolean breathes = !ends && i - from >= breath;
            if (!ends && !breathes) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int k = from; k < i; k++) {
                text.append(k > from ? " " : "").append(sayable(gold.get(k).get("w").asText()));
            }
            String voice = VOICES.get(c.speakers().indexOf(c.wordSpeakers()[from]) % VOICES.size());
            pieces.add(phrase(text.toString(), voice));
            long pause = breathes ? 120 + random.nextInt(230) : i == n ? 2000 : Math.max(0, gap(gold, i));
            pieces.add(new float[(int) (pause * RATE / 1000)]);
            from = i;
            breath = 4 + random.nextInt(9);
        }
        int length = pieces.stream().mapToInt(p -> p.length).sum();
        float[] out = new float[length];
        int at = 0;
        for (float[] p : pieces) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** The gold's pause before word {@code i}, in ms. */
    private static long gap(JsonNode gold, int i) {
        return Math.round((gold.get(i).get("start").asDouble() - gold.get(i - 1).get("end").asDouble()) * 1000);
    }

    private static float[] phrase(String text, String voice) throws Exception {
        Path file = CACHE.resolve("words").resolve("phrase-" + voice.replace('+', '_') + "-"
                + Integer.toHexString(text.hashCode()) + "-" + text.length() + ".wav");
        if (!Files.isRegularFile(file)) {
            run("espeak-ng", "-v", voice, "-s", "190", "-w", file.toString(), text);
        }
        return withoutSilentEnds(PcmAudio.read(file).samples());
    }

    /** Two echoes of the room, then white noise 20 dB under the speech's loudness. */
    private static float[] roomAndNoise(float[] dry, java.util.Random random) {
        int first = (int) (RATE * 0.023);
        int second = (int) (RATE * 0.061);
        float[] out = new float[dry.length];
        double sum = 0;
        int loud = 0;
        for (int i = 0; i < dry.length; i++) {
            out[i] = dry[i] + (i >= first ? 0.35f * dry[i - first] : 0) + (i >= second ? 0.2f * dry[i - second] : 0);
            if (Math.abs(dry[i]) >= 0.01f) {
                sum += dry[i] * (double) dry[i];
                loud++;
            }
        }
        double noise = Math.sqrt(sum / Math.max(1, loud)) * 0.1;
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Math.max(-1, Math.min(1, out[i] + noise * random.nextGaussian()));
        }
        return out;
    }

    /**
     * Every word in one voice at one pitch (espeak-ng's default is 50), a hundred per call of espeak-ng, cut apart at
     * the breaks between them.
     */
    private static Map<String, float[]> speakAll(List<String> texts, String voice, int pitch) throws Exception {
        Map<String, float[]> out = new HashMap<>();
        for (int from = 0; from < texts.size(); from += 100) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + 100));
            String pitched = pitch == 50 ? "" : "-p" + pitch;
            Path file = CACHE.resolve("words").resolve(voice.replace('+', '_') + pitched + "-"
                    + Integer.toHexString(batch.hashCode()) + ".wav");
            if (!Files.isRegularFile(file)) {
                StringBuilder ssml = new StringBuilder("<speak>");
                batch.forEach(t -> ssml.append(sayable(t)).append(" <break time=\"400ms\"/> "));
                run("espeak-ng", "-v", voice, "-s", "190", "-p", String.valueOf(pitch), "-m", "-w", file.toString(),
                        ssml.append("</speak>").toString());
            }
            List<float[]> pieces = splitAtSilences(PcmAudio.read(file).samples());
            for (int k = 0; k < batch.size(); k++) {
                out.put(batch.get(k), pieces.size() == batch.size() ? pieces.get(k)
                        : speak(batch.get(k), voice, pitch));
            }
        }
        return out;
    }

    private static float[] speak(String text, String voice, int pitch) throws Exception {
        String safe = sayable(text);
        String pitched = pitch == 50 ? "" : "-p" + pitch;
        Path file = CACHE.resolve("words").resolve(voice.replace('+', '_') + pitched + "-" + safe + ".wav");
        if (!Files.isRegularFile(file)) {
            run("espeak-ng", "-v", voice, "-s", "190", "-p", String.valueOf(pitch), "-w", file.toString(), safe);
        }
        return withoutSilentEnds(PcmAudio.read(file).samples());
    }

    /** A rendered word without the near-silence espeak-ng puts before and after it. */
    static float[] withoutSilentEnds(float[] s) {
        int from = 0;
        while (from < s.length && Math.abs(s[from]) < 0.01f) {
            from++;
        }
        int to = s.length;
        while (to > from && Math.abs(s[to - 1]) < 0.01f) {
            to--;
        }
        return Arrays.copyOfRange(s, from, to);
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException("espeak-ng failed: " + String.join(" ", command));
        }
    }

    /** What espeak-ng is given for a word: its letters, digits and apostrophes ("uh" when none are left). */
    static String sayable(String text) {
        String safe = text.replaceAll("[^\\p{L}\\p{N}']", "");
        return safe.isEmpty() ? "uh" : safe;
    }

    /** The sounding stretches between silences of at least 250 ms (samples at 22,050 Hz). */
    static List<float[]> splitAtSilences(float[] s) {
        int minSilence = (int) (RATE * 0.25);
        List<float[]> pieces = new ArrayList<>();
        int i = 0;
        while (i < s.length) {
            while (i < s.length && Math.abs(s[i]) < 0.01f) {
                i++;
            }
            if (i >= s.length) {
                break;
            }
            int start = i;
            int lastLoud = i;
            while (i < s.length && i - lastLoud < minSilence) {
                if (Math.abs(s[i]) >= 0.01f) {
                    lastLoud = i;
                }
                i++;
            }
            pieces.add(Arrays.copyOfRange(s, start, lastLoud + 1));
        }
        return pieces;
    }
}
