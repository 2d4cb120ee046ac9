package org.turnscript.timing;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Times words from the recording itself, with no speech model: the words are shared out over the stretches of
 * sound between the recording's pauses ({@link SoundPath}), whole words to a stretch, so that every pause puts the
 * text back in step, and spread within a stretch by their expected length.
 *
 * <p>How long a word takes is learnt from the recording: a first path uses syllables; the stretches it gives one
 * group of words each then fit seconds per word, per syllable and per letter by least squares, and the speaking
 * rate around each word; a second path uses those. Words with a fixed time (measured, aligned, anchored) stay and
 * split the others into runs, each timed within the gap its fixed neighbours leave, so every anchor bounds the
 * error. A run with less than a stretch of sound per twenty words (music, noise, a wrong file) is spread as an
 * estimate is and stays {@link TimeSource#ESTIMATED}; the words placed on the sound are
 * {@link TimeSource#RECORDING}: much closer than a spread over the duration, though no word was recognised.
 *
 * <p>Words a caption file's cues gave times ({@link TimeSource#INTERPOLATED}: spread inside their cue) are found once
 * more with those times as a prior, which keeps them from drifting where the sound cannot tell one word count from
 * another; that path is kept when it costs the sound little more than the one found without them ({@link CuePrior}),
 * so cues of another cut of the recording are left out (ADR 29).
 */
public final class SpeechTimer {

    /** The first path's seconds per syllable-like unit are the recording's; each word also costs this many units. */
    static final double WORD_UNITS = 0.3;
    /** The speaking rate is taken over this many words either side. */
    static final int RATE_WORDS = 150;
    static final int PASSES = 2;

    private SpeechTimer() {
    }

    /** As {@link #retime(Transcript, HeardSpeech, long, String, DoubleConsumer, BooleanSupplier)}, uncancellable. */
    public static Transcript retime(Transcript transcript, HeardSpeech speech, long durationMs, String mediaName) {
        return retime(transcript, speech, durationMs, mediaName, p -> { }, () -> false);
    }

    /**
     * @param speech     the recording's stretches of sound and nuclei
     * @param durationMs the recording's length
     * @param mediaName  for the timing note
     * @param progress   told the share done, 0 to 1, now and then
     * @param cancelled  asked often; when it says yes, the transcript comes back unchanged
     */
    public static Transcript retime(Transcript transcript, HeardSpeech speech, long durationMs, String mediaName,
            DoubleConsumer progress, BooleanSupplier cancelled) {
        FlatWords flat = FlatWords.of(transcript);
        boolean[] stopped = {false};
        int total = Math.max(1, flat.words.length);
        flat.forEachUnfixedRun(durationMs, (from, to, gapStart, gapEnd) -> {
            if (!stopped[0] && !timeRun(flat, from, to, gapStart, gapEnd, speech, cancelled)) {
                stopped[0] = true;
            }
            progress.accept((double) to / total);
        });
        if (stopped[0]) {
            return transcript;
        }
        return flat.rebuild(transcript).withMetadata(transcript.metadata()
                .withTimingNote("Times from the pauses and syllables heard in " + mediaName
                        + " (no word recognised: a word can be off by a second or so)."));
    }

    /** @return false when cancelled */
    private static boolean timeRun(FlatWords flat, int from, int to, long gapStart, long gapEnd, HeardSpeech speech,
            BooleanSupplier cancelled) {
        int n = to - from;
        long[][] sounds = soundsWithin(speech, gapStart, gapEnd);
        long[] starts = sounds[0];
        long[] ends = sounds[1];
        if (starts.length == 0 || starts.length * 20 < n) {
            RunSpreader.spread(flat, from, to, gapStart, gapEnd);
            return true;
        }
        double[][] features = new double[n][];
        double[] units = new double[n];
        double[] turnBefore = new double[n];
        double[] opens = new double[n];
        double[] prior = flat.priors(from, to);
        double unitTotal = 0;
        for (int k = 0; k < n; k++) {
            Word w = flat.words[from + k];
            features[k] = flat.sound[from + k] ? new double[] {1, 0, 0} : features(w.text());
            units[k] = flat.sound[from + k] ? 1 : features[k][1] + WORD_UNITS;
            unitTotal += units[k];
            int before = from + k - 1;
            opens[k] = flat.sound[from + k] ? 0 : PhraseEdges.opensPhrase(w.text());
            turnBefore[k] = k == 0 || before < 0 ? 0 : Math.min(1, flat.pauseAfter[before] / Pauses.TURN);
        }
        double soundTotal = 0;
        for (int i = 0; i < starts.length; i++) {
            soundTotal += (ends[i] - starts[i]) / 1000.0;
        }
        double[] syllables = new double[n];
        for (int k = 0; k < n; k++) {
            syllables[k] = features[k][1];
        }
        int[] nuclei = nucleiPerSound(speech.nucleiMs(), starts, ends);
        double[] expected = new double[n];
        for (int k = 0; k < n; k++) {
            expected[k] = units[k] * soundTotal / unitTotal;
        }
        SoundPath.Path path = null;
        double[] pathExpected = expected;
        for (int pass = 0; pass < PASSES; pass++) {
            SoundPath.Path next = SoundPath.align(expected, turnBefore, opens, syllables, starts, ends, nuclei,
                    gapStart, cancelled);
            if (next == null) {
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                break;
            }
            path = next;
            pathExpected = expected;
            if (pass + 1 < PASSES) {
                expected = DurationFit.refit(path, features, starts, ends, expected);
            }
        }
        if (path != null && prior != null) {
            // The cues' times, when the words have them, lined up with the recording by the pauses both keep, keep
            // the words near their cues, unless that costs the sound too much (cues of another cut or talk) (ADR 29).
            // The lengths are those the heard path was found with, so that the two paths' costs compare.
            SoundPath.Path cued = SoundPath.alignNear(pathExpected, turnBefore, opens, syllables, starts, ends, nuclei,
                    gapStart, CuePrior.linedUp(prior, flat.priorEnds(from, to), starts, ends, gapStart), cancelled);
            if (cued == null && cancelled.getAsBoolean()) {
                return false;
            }
            if (cued != null && CuePrior.follows(cued, path)) {
                path = cued;
                expected = pathExpected;
            }
        }
        if (path == null) {
            RunSpreader.spread(flat, from, to, gapStart, gapEnd);
            return true;
        }
        place(flat, from, expected, path, starts, ends);
        return true;
    }

    /** Per word: 1, syllables, letters. */
    static double[] features(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                letters++;
            }
        }
        return new double[] {1, SpokenLength.of(text) - SpokenLength.WORD_OVERHEAD, letters};
    }

    /** How many nuclei fall inside each stretch of sound. */
    static int[] nucleiPerSound(long[] nuclei, long[] starts, long[] ends) {
        int[] out = new int[starts.length];
        int at = 0;
        for (int i = 0; i < starts.length; i++) {
            while (at < nuclei.length && nuclei[at] < starts[i]) {
                at++;
            }
            while (at < nuclei.length && nuclei[at] < ends[i]) {
                out[i]++;
                at++;
            }
        }
        return out;
    }

    /** The stretches of sound inside the gap, cut to it. */
    private static long[][] soundsWithin(HeardSpeech speech, long gapStart, long gapEnd) {
        int m = speech.soundCount();
        long[] starts = new long[m];
        long[] ends = new long[m];
        int count = 0;
        for (int i = 0; i < m; i++) {
            long s = Math.max(gapStart, speech.start(i));
            long e = Math.min(gapEnd, speech.end(i));
            if (e > s) {
                starts[count] = s;
                ends[count] = e;
                count++;
            }
        }
        return new long[][] {Arrays.copyOf(starts, count), Arrays.copyOf(ends, count)};
    }

    /**
     * Each group's words are laid along its sound by their expected length, skipping the pauses inside it; a word
     * ends where the next starts, or where its stretch of sound ends.
     */
    private static void place(FlatWords flat, int from, double[] expected, SoundPath.Path path, long[] starts,
            long[] ends) {
        path.forEachGroup((i, last, j0, j1) -> {
            double sound = 0;
            for (int q = i; q < last; q++) {
                sound += ends[q] - starts[q];
            }
            double weight = 0;
            for (int j = j0; j < j1; j++) {
                weight += expected[j];
            }
            double offset = 0;
            long[] wordStart = new long[j1 - j0];
            int[] stretchOf = new int[j1 - j0];
            for (int j = j0; j < j1; j++) {
                double into = weight > 0 ? offset / weight * sound : 0;
                int q = i;
                while (q < last - 1 && into >= ends[q] - starts[q]) {
                    into -= ends[q] - starts[q];
                    q++;
                }
                wordStart[j - j0] = Math.min(ends[q], starts[q] + Math.round(into));
                stretchOf[j - j0] = q;
                offset += expected[j];
            }
            for (int j = j0; j < j1; j++) {
                long start = wordStart[j - j0];
                int q = stretchOf[j - j0];
                long end = j + 1 < j1 && stretchOf[j + 1 - j0] == q ? wordStart[j + 1 - j0] : ends[q];
                Word w = flat.words[from + j];
                flat.words[from + j] = w.withTime(start, Math.max(start, end), TimeSource.RECORDING);
            }
        });
    }
}
