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

    /** The render of {@code c}, made once. */
    static Path of(DevConversation c) throws Exception {
        Files.createDirectories(CACHE.resolve("words"));
        Path wav = CACHE.resolve(c.name() + "-voices.wav");
        if (Files.isRegularFile(wav)) {
            return wav;
        }
        JsonNode gold = new ObjectMapper().readTree(c.folder().resolve("gold_words.json").toFile());
        String[] words = new String[gold.size()];
        long[] starts = new long[gold.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = gold.get(i).get("w").asText();
            starts[i] = Math.round(gold.get(i).get("start").asDouble() * 1000);
        }
        Map<String, Map<String, float[]>> byVoice = new HashMap<>();
        for (int s = 0; s < c.speakers().size(); s++) {
            String voice = VOICES.get(s % VOICES.size());
            String speaker = c.speakers().get(s);
            List<String> own = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                if (c.wordSpeakers()[i].equals(speaker)) {
                    own.add(words[i]);
                }
            }
            byVoice.put(speaker, speakAll(own.stream().distinct().toList(), voice));
        }
        long endMs = starts[starts.length - 1] + 2000;
        int length = (int) (endMs * RATE / 1000);
        float[] out = new float[length];
        for (int i = 0; i < words.length; i++) {
            float[] s = byVoice.get(c.wordSpeakers()[i]).get(words[i]);
            int at = (int) (starts[i] * RATE / 1000);
            int limit = i + 1 < words.length ? (int) (starts[i + 1] * RATE / 1000) : length;
            for (int k = 0; k < s.length && at + k < Math.min(limit, length); k++) {
                out[at + k] = s[k];
            }
        }
        SyntheticVoices.write(new PcmAudio(out, RATE), wav);
        return wav;
    }

    /** Every word in one voice, a hundred per call of espeak-ng, cut apart at the breaks between them. */
    private static Map<String, float[]> speakAll(List<String> texts, String voice) throws Exception {
        Map<String, float[]> out = new HashMap<>();
        for (int from = 0; from < texts.size(); from += 100) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + 100));
            Path file = CACHE.resolve("words").resolve(voice.replace('+', '_') + "-"
                    + Integer.toHexString(batch.hashCode()) + ".wav");
            if (!Files.isRegularFile(file)) {
                StringBuilder ssml = new StringBuilder("<speak>");
                batch.forEach(t -> ssml.append(sayable(t)).append(" <break time=\"400ms\"/> "));
                run("espeak-ng", "-v", voice, "-s", "190", "-m", "-w", file.toString(),
                        ssml.append("</speak>").toString());
            }
            List<float[]> pieces = splitAtSilences(PcmAudio.read(file).samples());
            for (int k = 0; k < batch.size(); k++) {
                out.put(batch.get(k), pieces.size() == batch.size() ? pieces.get(k) : speak(batch.get(k), voice));
            }
        }
        return out;
    }

    private static float[] speak(String text, String voice) throws Exception {
        String safe = sayable(text);
        Path file = CACHE.resolve("words").resolve(voice.replace('+', '_') + "-" + safe + ".wav");
        if (!Files.isRegularFile(file)) {
            run("espeak-ng", "-v", voice, "-s", "190", "-w", file.toString(), safe);
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
