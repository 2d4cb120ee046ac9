package org.turnscript.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.RecordingDecoder;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.TimesFromRecording;
import org.turnscript.convert.ImportSettings;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.suggest.TurnSuggester;
import org.turnscript.suggest.TurnSuggestion;

/**
 * How good the speaker-turn suggestions are, per conversation, on unpunctuated captions with gold turns (see
 * {@link DevConversation}). Each conversation is read twice, as untimed caption text and as timed SRT cues, through
 * the same import as the editor, with the speakers in the order they first speak as the roster. Printed: boundary
 * precision, recall and F1 within ±3 words of the suggestions at the threshold, word attribution when they are
 * applied as they are (as {@code turnscript suggest} does), the attribution of putting every word on the first
 * speaker, and the keys per gold turn of a simulated editor who reviews the suggestions left to right
 * ({@link SuggestionSession}; placing every turn by hand costs 3). Asserts nothing.
 *
 * <p>Run: {@code bench/suggest-quality.sh [DIR] [--threshold X]}. Without DIR it reads the committed conversation
 * (a CC0 transcript); the other development conversations are podcast content that is not ours to redistribute,
 * so they are read from the folder given.
 */
public final class TurnSuggestionQuality {

    private static final String COMMITTED = "src/test/resources/org/turnscript/suggest/devset";

    private TurnSuggestionQuality() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(COMMITTED);
        double threshold = TurnSuggester.DEFAULT_THRESHOLD;
        boolean voices = "1".equals(System.getenv("BENCH_VOICES"));
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--voices")) {
                voices = true;
            } else if (args[i].equals("--threshold")) {
                threshold = Double.parseDouble(args[++i]);
            } else if (!args[i].isBlank()) {
                root = Path.of(args[i]);
            }
        }
        ConversionService service = ConversionService.standard();
        List<DevConversation> all = DevConversation.readAll(root);
        if (voices) {
            withVoices(service, all, threshold);
            return;
        }
        if (all.size() > 1) {
            leaveOneOut(service, all);
            chanceLeaveOneOut(service, all, threshold);
        }
        System.out.printf(Locale.ROOT, "threshold %.2f, tolerance ±%d words%n", threshold, TurnScores.TOLERANCE);
        String head = "%-28s %-5s %6s %6s %5s %5s %5s %6s %6s %7s %7s %6s %6s%n";
        System.out.printf(Locale.ROOT, head, "conversation", "input", "words", "turns", "P", "R", "F1", "attrib",
                "first", "shownP", "shownR", "keys/t", "ms");
        for (DevConversation c : all) {
            for (String input : List.of("flat_autocaption.txt", "flat_autocaption.srt")) {
                Path file = c.folder().resolve(input);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Transcript t = service.read(file, ImportSettings.DEFAULTS.withSpeakers(c.speakers())).transcript();
                int words = speechWords(t);
                if (words != c.wordSpeakers().length) {
                    System.out.printf(Locale.ROOT, "%-28s %-5s %d words read, %d in gold: skipped%n", c.name(),
                            kind(input), words, c.wordSpeakers().length);
                    continue;
                }
                long t0 = System.nanoTime();
                List<TurnSuggestion> applied = new TurnSuggester(threshold).toApply(t, threshold);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                TurnScores scores = TurnScores.of(c, applied, t.roster());
                TurnScores shown = TurnScores.of(c, new TurnSuggester(threshold).suggest(t, threshold), t.roster());
                SuggestionSession.Result session = SuggestionSession.run(c, t, threshold);
                System.out.printf(Locale.ROOT,
                        "%-28s %-5s %6d %6d %5.2f %5.2f %5.2f %6.2f %6.2f %7.2f %7.2f %6.2f %6d%n",
                        c.name(), kind(input), words, c.starts().size(), scores.precision(), scores.recall(),
                        scores.f1(), scores.attribution(), TurnScores.firstSpeakerOnly(c), shown.precision(),
                        shown.recall(), session.keysPerTurn(), ms);
                System.out.printf(Locale.ROOT, "%-28s session: %d turns from suggestions (%d a few words off), %d "
                        + "rejected, %d by hand%n", "", session.fromSuggestions(), session.offBy(), session.rejected(),
                        session.turns() - session.fromSuggestions());
                if ((System.getProperty("suggest.verbose") != null || System.getenv("BENCH_VERBOSE") != null)) {
                    verbose(c, applied, t);
                }
            }
        }
    }

    /**
     * BENCH_LONG=k: each conversation made k times as long ({@link LongConversation}), with voices only, scored
     * without the simulated session; the time to time the words from the recording is printed too.
     */
    private static final int ROUNDS = System.getenv("BENCH_LONG") == null ? 1
            : Integer.parseInt(System.getenv("BENCH_LONG"));

    /**
     * BENCH_QUICK=1: with voices, only the caption text and only with the voices (while trying a change);
     * BENCH_QUICK=srt: the same with the SRT, timed from the recording.
     */
    private static final boolean QUICK = System.getenv("BENCH_QUICK") != null;

    /** The conversations the voice cue's constants were chosen on; the other two are held out. */
    static final java.util.Set<String> VOICE_TUNED = java.util.Set.of("how_to_start_a_podcast",
            "podnews_weekly_2024-01-19");

    /**
     * Each conversation rendered with a different espeak-ng voice per speaker ({@link VoicedRender}), both inputs
     * timed from that recording and the suggestions asked with its voices, as {@code turnscript suggest --media}
     * does; beside it, the same input timed from the recording without the voices (pauses only).
     */
    private static void withVoices(ConversionService service, List<DevConversation> all, double threshold)
            throws Exception {
        System.out.printf(Locale.ROOT, "threshold %.2f, tolerance ±%d words; recording rendered with a voice per "
                + "speaker (%s)%s; * = tuned on%n", threshold, TurnScores.TOLERANCE, VoicedRender.VOICES,
                VoicedRender.ROUGH ? ", rough: pitch moving, loudness per turn, room echoes, noise 20 dB under" : "");
        String head = "%-28s %-5s %-7s %6s %5s %5s %5s %6s %7s %7s %6s %6s%n";
        System.out.printf(Locale.ROOT, head, "conversation", "input", "cues", "turns", "P", "R", "F1", "attrib",
                "shownP", "shownR", "keys/t", "ms");
        for (DevConversation dev : all) {
            if (System.getenv("BENCH_ONLY") != null && !dev.name().startsWith(System.getenv("BENCH_ONLY"))) {
                continue;
            }
            DevConversation c = ROUNDS > 1 ? LongConversation.of(dev, ROUNDS) : dev;
            Path wav = VoicedRender.of(c);
            PcmAudio audio = RecordingDecoder.standard().decode(wav, p -> { }, () -> false);
            long f0 = System.nanoTime();
            VoiceFrames frames = VoiceFrames.of(audio);
            long framesMs = (System.nanoTime() - f0) / 1_000_000;
            String name = (VOICE_TUNED.contains(c.name()) ? "* " : "  ") + c.name();
            // CUES: the caption file's own times, with the recording attached and not timed from (the words inside a
            // cue spread evenly over it), as the window hears a reopened project or captions beside their recording.
            for (String input : List.of("flat_autocaption.txt", "flat_autocaption.srt", CUES)) {
                boolean asCaptioned = input.equals(CUES);
                Path file = c.folder().resolve(asCaptioned ? "flat_autocaption.srt" : input);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Transcript read = service.read(file, ImportSettings.DEFAULTS.withSpeakers(c.speakers())).transcript();
                if (speechWords(read) != c.wordSpeakers().length) {
                    continue;
                }
                long r0 = System.nanoTime();
                Transcript t = asCaptioned ? read : TimesFromRecording.retime(read, audio, audio.durationMs(),
                        wav.getFileName().toString(), p -> { }, () -> false);
                long timingMs = (System.nanoTime() - r0) / 1_000_000;
                if (QUICK && !input.endsWith("srt".equals(System.getenv("BENCH_QUICK")) ? ".srt" : ".txt")) {
                    continue; // only the input asked for, timed from the recording; the cue times are the fuller run's
                }
                for (VoiceFrames v : QUICK ? java.util.List.of(frames) : java.util.Arrays.asList(null, frames)) {
                    long t0 = System.nanoTime();
                    TurnSuggester suggester = new TurnSuggester(threshold).withVoices(v);
                    List<TurnSuggestion> applied = suggester.toApply(t, threshold);
                    long ms = (System.nanoTime() - t0) / 1_000_000 + (v == null ? 0 : framesMs);
                    TurnScores scores = TurnScores.of(c, applied, t.roster());
                    TurnScores shown = TurnScores.of(c, suggester.suggest(t, threshold), t.roster());
                    if (ROUNDS > 1) {
                        // At length the simulated session (one suggestion call per decision) would take hours.
                        System.out.printf(Locale.ROOT,
                                "%-28s %-5s %-7s %6d %5.2f %5.2f %5.2f %6.2f  %.0f min, timed in %d ms%n",
                                name.length() > 28 ? name.substring(0, 28) : name, kind(input),
                                v == null ? "pauses" : "+voices", c.starts().size(), scores.precision(),
                                scores.recall(), scores.f1(), scores.attribution(), audio.durationMs() / 60000.0,
                                timingMs);
                        System.out.printf(Locale.ROOT, "%-28s suggesting once: %d ms%n", "", ms);
                        continue;
                    }
                    SuggestionSession.Result session = SuggestionSession.run(c, t, threshold, v);
                    System.out.printf(Locale.ROOT,
                            "%-28s %-5s %-7s %6d %5.2f %5.2f %5.2f %6.2f %7.2f %7.2f %6.2f %6d%n",
                            name.length() > 28 ? name.substring(0, 28) : name, kind(input),
                            v == null ? "pauses" : "+voices", c.starts().size(), scores.precision(), scores.recall(),
                            scores.f1(), scores.attribution(), shown.precision(), shown.recall(),
                            session.keysPerTurn(), ms);
                    System.out.printf(Locale.ROOT, "%-28s session: %d turns from suggestions (%d a few words off), "
                            + "%d rejected, %d by hand%n", "", session.fromSuggestions(), session.offBy(),
                            session.rejected(), session.turns() - session.fromSuggestions());
                    if (v != null) {
                        System.out.printf(Locale.ROOT, "%-28s %s%n", "", session.voiceOffsets());
                    }
                    if (System.getenv("BENCH_VERBOSE") != null && v != null) {
                        verbose(c, applied, t);
                    }
                }
            }
        }
        System.out.println("ms: suggesting once (with the voice features of the whole recording when used)");
    }

    private static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7};

    /**
     * The threshold chosen without each conversation (the best mean F1 over the others, untimed and timed input
     * alike), and that conversation's scores at it: what the default would give on a conversation it never saw.
     */
    private static void leaveOneOut(ConversionService service, List<DevConversation> all) throws Exception {
        double[][] f1 = new double[all.size()][THRESHOLDS.length];
        TurnScores[][][] scores = new TurnScores[all.size()][THRESHOLDS.length][2];
        for (int c = 0; c < all.size(); c++) {
            for (int k = 0; k < 2; k++) {
                Path file = all.get(c).folder().resolve(k == 0 ? "flat_autocaption.txt" : "flat_autocaption.srt");
                Transcript t = service.read(file, ImportSettings.DEFAULTS.withSpeakers(all.get(c).speakers()))
                        .transcript();
                for (int h = 0; h < THRESHOLDS.length; h++) {
                    double th = THRESHOLDS[h];
                    List<TurnSuggestion> applied = new TurnSuggester(th).toApply(t, th);
                    scores[c][h][k] = TurnScores.of(all.get(c), applied, t.roster());
                    f1[c][h] += scores[c][h][k].f1() / 2;
                }
            }
        }
        System.out.println("leave one conversation out: threshold chosen on the others, scores on the one left out");
        System.out.printf(Locale.ROOT, "%-28s %9s %-5s %5s %5s %5s %6s%n", "conversation", "threshold", "input", "P",
                "R", "F1", "attrib");
        for (int c = 0; c < all.size(); c++) {
            int best = 0;
            double bestMean = -1;
            for (int h = 0; h < THRESHOLDS.length; h++) {
                double mean = 0;
                for (int o = 0; o < all.size(); o++) {
                    mean += o == c ? 0 : f1[o][h];
                }
                if (mean > bestMean) {
                    bestMean = mean;
                    best = h;
                }
            }
            for (int k = 0; k < 2; k++) {
                TurnScores s = scores[c][best][k];
                System.out.printf(Locale.ROOT, "%-28s %9.2f %-5s %5.2f %5.2f %5.2f %6.2f%n", all.get(c).name(),
                        THRESHOLDS[best], k == 0 ? "text" : "srt", s.precision(), s.recall(), s.f1(), s.attribution());
            }
        }
        System.out.println();
    }

    private static final double[] CHANCES = {0, 0.15, 0.25, 0.35, 0.5};

    /**
     * {@link TurnSuggester#SCORE_TO_CHANCE} chosen without each conversation (the best mean word attribution over the
     * others, untimed and timed input alike), and that conversation's attribution at it.
     */
    private static void chanceLeaveOneOut(ConversionService service, List<DevConversation> all, double threshold)
            throws Exception {
        double[][] attribution = new double[all.size()][CHANCES.length];
        for (int c = 0; c < all.size(); c++) {
            for (String input : List.of("flat_autocaption.txt", "flat_autocaption.srt")) {
                Transcript t = service.read(all.get(c).folder().resolve(input),
                        ImportSettings.DEFAULTS.withSpeakers(all.get(c).speakers())).transcript();
                for (int h = 0; h < CHANCES.length; h++) {
                    List<TurnSuggestion> applied = new TurnSuggester(threshold, CHANCES[h]).toApply(t, threshold);
                    attribution[c][h] += TurnScores.of(all.get(c), applied, t.roster()).attribution() / 2;
                }
            }
        }
        System.out.println("leave one conversation out: score-to-chance chosen on the others, mean attribution "
                + "(text, srt) on the one left out");
        for (int c = 0; c < all.size(); c++) {
            int best = 0;
            double bestMean = -1;
            for (int h = 0; h < CHANCES.length; h++) {
                double mean = 0;
                for (int o = 0; o < all.size(); o++) {
                    mean += o == c ? 0 : attribution[o][h];
                }
                if (mean > bestMean + 1e-9) {
                    bestMean = mean;
                    best = h;
                }
            }
            System.out.printf(Locale.ROOT, "%-28s %9.2f %6.2f%n", all.get(c).name(), CHANCES[best],
                    attribution[c][best]);
        }
        System.out.println();
    }

    private static void verbose(DevConversation c, List<TurnSuggestion> applied, Transcript t) {
        List<Integer> gold = new ArrayList<>(c.boundaries());
        for (TurnSuggestion s : applied) {
            boolean hit = gold.stream().anyMatch(g -> Math.abs(g - s.word()) <= TurnScores.TOLERANCE);
            System.out.printf(Locale.ROOT, "   %s %6d %-10s %.2f %s (gold %s)%n", hit ? "+" : "-", s.word(),
                    t.roster().nameOf(s.speakerId()), s.score(), s.explanation(), c.wordSpeakers()[s.word()]);
        }
        for (int g : gold) {
            if (applied.stream().noneMatch(s -> Math.abs(g - s.word()) <= TurnScores.TOLERANCE)) {
                System.out.printf(Locale.ROOT, "   missed %6d %-10s [%s]%n", g, c.wordSpeakers()[g], WordsAround.text(t, g));
            }
        }
    }

    private static final String CUES = "cue times";

    private static String kind(String input) {
        return input.equals(CUES) ? "cues" : input.endsWith(".srt") ? "srt" : "text";
    }

    private static int speechWords(Transcript t) {
        return t.segments().stream().filter(s -> s.kind() == SegmentKind.SPEECH).mapToInt(s -> s.words().size()).sum();
    }
}
