package org.turnscript.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.RecordingDecoder;
import org.turnscript.audio.SpeechActivity;
import org.turnscript.audio.SyllableNuclei;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.TimesFromRecording;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Whether the words timed from a recording land on the right side of its long pauses, where turns change: for every
 * pause the recording has of at least {@value #LONG_PAUSE_MS} ms, the words said before it by the gold times against
 * those the timing puts before it. Read on the voiced renders of the development conversations
 * ({@link VoicedRender}) from their unpunctuated caption text, as the turn suggestions see it. Printed per
 * conversation: long pauses, the share with every word on its right side, and those off by one word early, one
 * late, or further, at turn changes and in all; {@code BENCH_VERBOSE=1} lists the ones off. Asserts nothing.
 *
 * <p>Printed at the end of {@link SpeechTimingQuality}: {@code ./mvnw -q test-compile exec:exec@speech-bench
 * -Dbench.corpus=DIR}.
 */
public final class PauseSideQuality {

    static final long LONG_PAUSE_MS = 700;
    /**
     * BENCH_INPUT=srt: the caption file with its cue times (ADR 29) instead of the caption text alone. The figures
     * compare with the gold times, so they mean nothing on the phrase render (BENCH_PHRASES), whose words are not at
     * them.
     */
    static final boolean SRT = "srt".equals(System.getenv("BENCH_INPUT"));

    private PauseSideQuality() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        ConversionService service = ConversionService.standard();
        System.out.printf(Locale.ROOT, "%-28s %6s %6s %7s %6s %6s %6s   %s%n", "conversation", "pauses", "turns",
                "right", "early", "late", "far", "at turn changes: right early late far");
        int[] all = new int[8];
        for (DevConversation c : DevConversation.readAll(corpus)) {
            if (System.getenv("BENCH_ONLY") != null && !c.name().startsWith(System.getenv("BENCH_ONLY"))) {
                continue;
            }
            Path wav = VoicedRender.of(c);
            PcmAudio audio = RecordingDecoder.standard().decode(wav, p -> { }, () -> false);
            Transcript read = service.read(c.folder().resolve(SRT ? "flat_autocaption.srt" : "flat_autocaption.txt"),
                    ImportSettings.DEFAULTS.withSpeakers(c.speakers())).transcript();
            Transcript timed = TimesFromRecording.retime(read, audio, audio.durationMs(), wav.getFileName()
                    .toString(), p -> { }, () -> false);
            List<Word> words = timed.segments().stream().flatMap(s -> s.words().stream()).toList();
            long[] gold = goldStarts(c);
            if (gold.length != words.size()) {
                System.out.printf(Locale.ROOT, "%-28s %d words timed, %d in gold: skipped%n", c.name(), words.size(),
                        gold.length);
                continue;
            }
            long[] sounds = SpeechActivity.detect(audio);
            long[] nuclei = SyllableNuclei.detect(audio);
            int[] counts = new int[8];
            StringBuilder off = new StringBuilder();
            for (int i = 1; i < sounds.length / 2; i++) {
                long from = sounds[2 * i - 1];
                long to = sounds[2 * i];
                if (to - from < LONG_PAUSE_MS) {
                    continue;
                }
                long mid = (from + to) / 2;
                int goldBefore = countBefore(gold, mid);
                int timedBefore = 0;
                while (timedBefore < words.size() && words.get(timedBefore).start() < mid) {
                    timedBefore++;
                }
                boolean turn = goldBefore > 0 && goldBefore < gold.length
                        && !c.wordSpeakers()[goldBefore].equals(c.wordSpeakers()[goldBefore - 1]);
                int d = timedBefore - goldBefore;
                int kind = d == 0 ? 0 : d == 1 ? 2 : d == -1 ? 1 : 3;
                counts[kind]++;
                if (turn) {
                    counts[4 + kind]++;
                }
                if (d != 0) {
                    off.append(String.format(Locale.ROOT, "   %s %+d at %.1f s (pause %.2f s): %s%n",
                            turn ? "TURN" : "    ", d, from / 1000.0, (to - from) / 1000.0,
                            around(words, gold, goldBefore, sounds, nuclei, i)));
                }
            }
            int pauses = counts[0] + counts[1] + counts[2] + counts[3];
            int turns = counts[4] + counts[5] + counts[6] + counts[7];
            double[] errors = new double[gold.length];
            for (int k = 0; k < gold.length; k++) {
                errors[k] = Math.abs(words.get(k).start() - gold[k]) / 1000.0;
            }
            java.util.Arrays.sort(errors);
            System.out.printf(Locale.ROOT, "%-28s %6d %6d %6.0f%% %6d %6d %6d   %5.0f%% %5d %4d %4d   word starts "
                    + "off median %.2f s, p90 %.2f s%n", c.name(),
                    pauses, turns, 100.0 * counts[0] / Math.max(1, pauses), counts[1], counts[2], counts[3],
                    100.0 * counts[4] / Math.max(1, turns), counts[5], counts[6], counts[7],
                    errors[errors.length / 2], errors[errors.length * 9 / 10]);
            if (System.getenv("BENCH_VERBOSE") != null) {
                System.out.print(off);
            }
            for (int k = 0; k < 8; k++) {
                all[k] += counts[k];
            }
        }
        int pauses = all[0] + all[1] + all[2] + all[3];
        int turns = all[4] + all[5] + all[6] + all[7];
        System.out.printf(Locale.ROOT, "%-28s %6d %6d %6.0f%% %6d %6d %6d   %5.0f%% %5d %4d %4d%n", "ALL", pauses,
                turns, 100.0 * all[0] / Math.max(1, pauses), all[1], all[2], all[3],
                100.0 * all[4] / Math.max(1, turns), all[5], all[6], all[7]);
        System.out.println("early: the timing puts a word too few before the pause (the turn's last word after it); "
                + "late: one too many");
    }

    private static long[] goldStarts(DevConversation c) throws Exception {
        JsonNode gold = new ObjectMapper().readTree(c.folder().resolve("gold_words.json").toFile());
        long[] starts = new long[gold.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = Math.round(gold.get(i).get("start").asDouble() * 1000);
        }
        return starts;
    }

    private static int countBefore(long[] starts, long t) {
        int k = 0;
        while (k < starts.length && starts[k] < t) {
            k++;
        }
        return k;
    }

    /** The words either side of the gold boundary with their gold and timed starts, and the stretches around. */
    private static String around(List<Word> words, long[] gold, int g, long[] sounds, long[] nuclei, int pause) {
        StringBuilder b = new StringBuilder();
        for (int k = Math.max(0, g - 4); k < Math.min(words.size(), g + 4); k++) {
            b.append(k == g ? "| " : "").append(words.get(k).text()).append(String.format(Locale.ROOT,
                    "[%.1f/%.1f] ", gold[k] / 1000.0, words.get(k).start() / 1000.0));
        }
        b.append("\n        stretches:");
        for (int i = Math.max(0, pause - 3); i < Math.min(sounds.length / 2, pause + 3); i++) {
            long s = sounds[2 * i];
            long e = sounds[2 * i + 1];
            int n = 0;
            for (long x : nuclei) {
                n += x >= s && x < e ? 1 : 0;
            }
            b.append(String.format(Locale.ROOT, " %s%.1f-%.1f(%d)", i == pause ? "|| " : "", s / 1000.0, e / 1000.0,
                    n));
        }
        return b.toString();
    }
}
