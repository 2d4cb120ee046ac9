package org.turnscript.timing;

import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Times words from the recording itself: the text's syllables are mapped in order onto the syllable nuclei found
 * in the audio, so silences, which have no nuclei, no longer push every later word off, and the density of nuclei
 * follows the speaking rate.
 *
 * <p>Words with a fixed time (measured, aligned, anchored) stay and split the others into runs; each run is mapped
 * onto the nuclei between its fixed neighbours, so every anchor bounds the drift. Within a run, {@link NucleusPath}
 * pairs syllables with nuclei where the text expects a pause (a turn, a sentence end) and the recording has one;
 * the turn starts it finds at a clear pause are kept as landmarks and the syllables between two landmarks are
 * spread evenly over the nuclei between them. A word starts {@value #ONSET_MS} ms before the nucleus of its first
 * syllable (a nucleus is the vowel's loudest point) and ends after the nucleus of its last, or where the next word
 * starts. A run with fewer nuclei than half its words (music, noise, a wrong file) is spread as an estimate is.
 * The times stay {@link TimeSource#ESTIMATED}: they are much closer than a spread over the duration, but no word
 * was heard.
 */
public final class SyllableTimer {

    static final long ONSET_MS = 100;
    /** How long a word's last syllable lasts after its nucleus when a pause follows. */
    static final long TAIL_MS = 200;
    /** A gap between nuclei longer than a syllable's: from here on it is heard as a pause, fully at + span. */
    static final long PAUSE_FROM_MS = 350;
    static final long PAUSE_SPAN_MS = 700;
    /** A turn start is a landmark only where the path found it at a heard pause this strong. */
    static final double LANDMARK_PAUSE = 0.7;

    private SyllableTimer() {
    }

    /**
     * @param nucleiMs   the recording's syllable nuclei, in order
     * @param durationMs the recording's length
     * @param mediaName  for the timing note
     */
    public static Transcript retime(Transcript transcript, long[] nucleiMs, long durationMs, String mediaName) {
        FlatWords flat = FlatWords.of(transcript);
        flat.forEachUnfixedRun(durationMs, (from, to, gapStart, gapEnd) -> mapRun(flat, from, to, gapStart, gapEnd,
                nucleiMs));
        return flat.rebuild(transcript).withMetadata(transcript.metadata()
                .withTimingNote("Times estimated from the syllables heard in " + mediaName + "."));
    }

    private static void mapRun(FlatWords flat, int from, int to, long gapStart, long gapEnd, long[] nuclei) {
        Word[] words = flat.words;
        int lo = lowerBound(nuclei, gapStart);
        int hi = lowerBound(nuclei, gapEnd);
        int count = hi - lo;
        int n = to - from;
        // The run's syllables, each knowing its word and the pause the text expects before it.
        int[] firstSyllable = new int[n + 1];
        for (int k = 0; k < n; k++) {
            int syllables = flat.sound[from + k] ? 0
                    : Math.max(1, (int) Math.round(SpokenLength.of(words[from + k].text()) - SpokenLength.WORD_OVERHEAD));
            firstSyllable[k + 1] = firstSyllable[k] + syllables;
        }
        int total = firstSyllable[n];
        if (count * 2 < n || total == 0) {
            RunSpreader.spread(flat, from, to, gapStart, gapEnd);
            return;
        }
        double[] textPause = new double[total];
        for (int k = 0; k < n; k++) {
            if (firstSyllable[k] < total && firstSyllable[k + 1] > firstSyllable[k]) {
                double before = from + k > 0 ? flat.pauseAfter[from + k - 1] : 0;
                textPause[firstSyllable[k]] = Math.max(textPause[firstSyllable[k]], Math.min(1, before / Pauses.TURN));
            }
        }
        double[] heardPause = new double[count];
        for (int j = 0; j < count; j++) {
            long gap = nuclei[lo + j] - (j > 0 ? nuclei[lo + j - 1] : gapStart);
            heardPause[j] = Math.max(0, Math.min(1, (gap - PAUSE_FROM_MS) / (double) PAUSE_SPAN_MS));
        }
        int[] nucleusOf = evenBetweenTurns(NucleusPath.align(textPause, heardPause), textPause, heardPause);
        long[] starts = new long[n + 1];
        long previous = gapStart;
        for (int k = 0; k < n; k++) {
            int syllable = Math.min(total - 1, firstSyllable[k]);
            long start = Math.max(previous, Math.max(gapStart, nuclei[lo + nucleusOf[syllable]] - ONSET_MS));
            starts[k] = Math.min(start, gapEnd);
            previous = starts[k];
        }
        starts[n] = gapEnd;
        for (int k = 0; k < n; k++) {
            int last = nucleusOf[Math.max(0, Math.min(total - 1, firstSyllable[k + 1] - 1))];
            long end = Math.min(starts[k + 1], Math.max(starts[k], nuclei[lo + last] + TAIL_MS));
            words[from + k] = words[from + k].withTime(starts[k], Math.max(starts[k], end), TimeSource.ESTIMATED);
        }
    }

    /**
     * Keeps of the path only where turns start (the text's surest pauses) at a pause heard, and spreads the syllables evenly over the
     * nuclei between them: between landmarks the path has nothing to go by, and an even spread shares the miscount
     * out instead of piling it up in one place.
     */
    static int[] evenBetweenTurns(int[] path, double[] textPause, double[] heardPause) {
        int nuclei = heardPause.length;
        int s = path.length;
        int[] out = new int[s];
        int fromJ = 0;
        int fromK = 0;
        for (int j = 1; j <= s; j++) {
            boolean landmark = j == s || (textPause[j] >= 1 && path[j] > fromK && heardPause[path[j]] >= LANDMARK_PAUSE);
            if (!landmark) {
                continue;
            }
            int toK = j == s ? nuclei : path[j];
            for (int q = fromJ; q < j; q++) {
                out[q] = fromK + (int) ((long) (q - fromJ) * (toK - fromK) / (j - fromJ));
            }
            fromJ = j;
            fromK = toK;
        }
        return out;
    }

    /** The first index whose value is at least {@code value}. */
    private static int lowerBound(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
