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
 * onto the nuclei between its fixed neighbours, so every anchor bounds the drift. In a run its k-th syllable of
 * S goes to nucleus k·N/S of the N there; a word starts {@value #ONSET_MS} ms before the nucleus of its first
 * syllable (a nucleus is the vowel's loudest point) and ends after the nucleus of its last, or where the next word
 * starts. A run with fewer nuclei than half its words (music, noise, a wrong file) is spread as an estimate is.
 * The times stay {@link TimeSource#ESTIMATED}: they are much closer than a spread over the duration, but no word
 * was heard.
 */
public final class SyllableTimer {

    static final long ONSET_MS = 100;
    /** How long a word's last syllable lasts after its nucleus when a pause follows. */
    static final long TAIL_MS = 200;

    private SyllableTimer() {
    }

    /**
     * @param nucleiMs   the recording's syllable nuclei, in order
     * @param durationMs the recording's length
     * @param mediaName  for the timing note
     */
    public static Transcript retime(Transcript transcript, long[] nucleiMs, long durationMs, String mediaName) {
        FlatWords flat = FlatWords.of(transcript);
        Word[] words = flat.words;
        int i = 0;
        long gapStart = 0;
        while (i < words.length) {
            if (words[i].source().isFixed()) {
                gapStart = Math.max(gapStart, words[i].end());
                i++;
                continue;
            }
            int end = i;
            while (end < words.length && !words[end].source().isFixed()) {
                end++;
            }
            long gapEnd = Math.max(gapStart, end < words.length ? words[end].start() : durationMs);
            mapRun(flat, i, end, gapStart, gapEnd, nucleiMs);
            i = end;
        }
        return flat.rebuild(transcript).withMetadata(transcript.metadata()
                .withTimingNote("Times estimated from the syllables heard in " + mediaName + "."));
    }

    private static void mapRun(FlatWords flat, int from, int to, long gapStart, long gapEnd, long[] nuclei) {
        Word[] words = flat.words;
        int lo = lowerBound(nuclei, gapStart);
        int hi = lowerBound(nuclei, gapEnd);
        int count = hi - lo;
        int n = to - from;
        double[] position = new double[n + 1];
        for (int k = 0; k < n; k++) {
            double syllables = flat.sound[from + k] ? 0 : SpokenLength.of(words[from + k].text())
                    - SpokenLength.WORD_OVERHEAD;
            position[k + 1] = position[k] + syllables;
        }
        double total = position[n];
        if (count * 2 < n || total <= 0) {
            RunSpreader.spread(flat, from, to, gapStart, gapEnd);
            return;
        }
        double rate = count / total;
        long[] starts = new long[n + 1];
        long previous = gapStart;
        for (int k = 0; k < n; k++) {
            int nucleus = lo + Math.min(count - 1, (int) Math.floor(position[k] * rate));
            long start = Math.max(previous, Math.max(gapStart, nuclei[nucleus] - ONSET_MS));
            starts[k] = Math.min(start, gapEnd);
            previous = starts[k];
        }
        starts[n] = gapEnd;
        for (int k = 0; k < n; k++) {
            int last = lo + Math.min(count - 1, Math.max(0, (int) Math.ceil(position[k + 1] * rate) - 1));
            long end = Math.min(starts[k + 1], Math.max(starts[k], nuclei[last] + TAIL_MS));
            words[from + k] = words[from + k].withTime(starts[k], Math.max(starts[k], end), TimeSource.ESTIMATED);
        }
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
