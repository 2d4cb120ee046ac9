package org.turnscript.timing;

import java.util.Locale;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Anchors: word start times the editor sets (typed, or tapped while the audio plays). An anchored word is fixed
 * like a measured one, and the words between it and its fixed neighbours are re-spread between them the way
 * {@link DurationEstimator} spreads a run, so one anchor corrects the drift of a whole stretch.
 *
 * <p>Only the two runs next to the anchor change; measured and other anchored words never move. Words timed by
 * interpolation keep that source when re-spread, the others become {@link TimeSource#ESTIMATED}; a run timed from
 * the recording is moved and stretched with the anchor instead, so its heard pauses and pace stay.
 */
public final class Anchors {

    /** Length given to an anchored word that had no time yet, per syllable of {@link SpokenLength}. */
    private static final long MS_PER_SYLLABLE = 200;

    private Anchors() {
    }

    /**
     * Anchors word {@code wordIndex} of segment {@code segmentIndex} at {@code startMs}. Its end is its old length
     * later (or a spoken length when it had no time), but never past the next fixed word; the non-fixed words
     * from the previous fixed word (or 0) to the next one (or the end of the recording) are re-spread.
     *
     * @throws IllegalArgumentException when {@code startMs} is before the end of the previous fixed word, after
     *                                  the start of the next one, or after the known end of the recording
     * @throws IndexOutOfBoundsException when there is no such word
     */
    public static Transcript setAnchor(Transcript transcript, int segmentIndex, int wordIndex, long startMs) {
        FlatWords flat = FlatWords.of(transcript);
        Word[] words = flat.words;
        int at = FlatWords.indexOf(transcript, segmentIndex, wordIndex);
        int previous = previousFixed(words, at);
        int next = nextFixed(words, at);
        long lower = previous >= 0 ? words[previous].end() : 0;
        if (previous >= 0 && startMs < lower && words[previous].source() == TimeSource.ANCHORED
                && startMs > words[previous].start()) {
            // Tapping along with the speech anchors word after word: the end of the anchored word before was
            // only its old length, so a later anchor inside it shortens it rather than being refused.
            words[previous] = words[previous].withTime(words[previous].start(), startMs, TimeSource.ANCHORED);
            lower = startMs;
        }
        if (startMs < lower) {
            throw new IllegalArgumentException(previous >= 0
                    ? clock(startMs) + " is before the end of the previous fixed word at " + clock(lower)
                    : clock(startMs) + " is before the start of the recording");
        }
        long upper;
        if (next >= 0) {
            upper = words[next].start();
            if (startMs > upper) {
                throw new IllegalArgumentException(clock(startMs) + " is after the next fixed word at " + clock(upper));
            }
        } else if (transcript.metadata().hasDuration()) {
            upper = transcript.metadata().durationMs();
            if (startMs > upper) {
                throw new IllegalArgumentException(clock(startMs) + " is after the end of the recording at "
                        + clock(upper));
            }
        } else {
            upper = Long.MAX_VALUE;
        }
        Word word = words[at];
        long length = word.isTimed() ? word.end() - word.start()
                : Math.round(SpokenLength.of(word.text()) * MS_PER_SYLLABLE);
        long end = Math.min(upper, startMs + length);
        long tailEnd = next >= 0 ? upper : Math.max(end, transcript.durationMs());
        words[at] = word.withTime(startMs, end, TimeSource.ANCHORED);
        int after = next >= 0 ? next : words.length;
        // Times from the recording carry its pauses and pace: they are moved with the anchor, not spread anew.
        if (!word.isTimed() || !stretch(flat, previous + 1, at, lower, word.start(), lower, startMs)) {
            respread(flat, previous + 1, at, lower, startMs);
        }
        if (!word.isTimed() || !stretch(flat, at + 1, after, word.end(), tailEnd, end, tailEnd)) {
            respread(flat, at + 1, after, end, tailEnd);
        }
        return flat.rebuild(transcript);
    }

    /**
     * Lets go of the anchor on a word: it becomes {@link TimeSource#ESTIMATED} and is re-spread with the words
     * around it between the fixed words on either side. A word that is not anchored is left as it is.
     */
    public static Transcript clearAnchor(Transcript transcript, int segmentIndex, int wordIndex) {
        FlatWords flat = FlatWords.of(transcript);
        Word[] words = flat.words;
        int at = FlatWords.indexOf(transcript, segmentIndex, wordIndex);
        if (words[at].source() != TimeSource.ANCHORED) {
            return transcript;
        }
        int previous = previousFixed(words, at);
        int next = nextFixed(words, at);
        long lower = previous >= 0 ? words[previous].end() : 0;
        // The anchor itself stood up to here; without it the stretch runs to the next fixed word or the end.
        long upper = next >= 0 ? words[next].start() : Math.max(lower, transcript.durationMs());
        words[at] = words[at].withTime(words[at].start(), words[at].end(), TimeSource.ESTIMATED);
        respread(flat, previous + 1, next >= 0 ? next : words.length, lower, Math.max(lower, upper));
        return flat.rebuild(transcript);
    }

    /** "12:03.000", or "1:02:03.000" past the hour: how the editor shows a time. */
    static String clock(long ms) {
        long h = ms / 3_600_000;
        long m = ms / 60_000 % 60;
        long s = ms / 1000 % 60;
        long milli = ms % 1000;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d.%03d", h, m, s, milli)
                : String.format(Locale.ROOT, "%d:%02d.%03d", m, s, milli);
    }

    private static void respread(FlatWords flat, int from, int to, long gapStart, long gapEnd) {
        if (from >= to) {
            return;
        }
        TimeSource[] before = new TimeSource[to - from];
        for (int k = from; k < to; k++) {
            before[k - from] = flat.words[k].source();
        }
        RunSpreader.spread(flat, from, to, gapStart, Math.max(gapStart, gapEnd));
        for (int k = from; k < to; k++) {
            if (before[k - from] == TimeSource.INTERPOLATED) {
                Word w = flat.words[k];
                flat.words[k] = w.withTime(w.start(), w.end(), TimeSource.INTERPOLATED);
            }
        }
    }

    /**
     * Maps a run timed from the recording linearly from the span it had, {@code [oldFrom, oldTo]}, onto the span
     * the anchor leaves it, keeping its source. Declines (returns false) when a word of the run has another source
     * or no time, or the old span is empty: the run is then spread as an estimate is.
     */
    private static boolean stretch(FlatWords flat, int from, int to, long oldFrom, long oldTo, long newFrom,
                                   long newTo) {
        if (from >= to) {
            return true;
        }
        if (oldTo <= oldFrom || newTo < newFrom) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Word w = flat.words[k];
            if (!w.isTimed() || w.source() != TimeSource.RECORDING) {
                return false;
            }
        }
        double scale = (double) (newTo - newFrom) / (oldTo - oldFrom);
        for (int k = from; k < to; k++) {
            Word w = flat.words[k];
            long start = map(w.start(), oldFrom, oldTo, newFrom, newTo, scale);
            long end = Math.max(start, map(w.end(), oldFrom, oldTo, newFrom, newTo, scale));
            flat.words[k] = w.withTime(start, end, TimeSource.RECORDING);
        }
        return true;
    }

    private static long map(long t, long oldFrom, long oldTo, long newFrom, long newTo, double scale) {
        long clamped = Math.max(oldFrom, Math.min(oldTo, t));
        return Math.max(newFrom, Math.min(newTo, newFrom + Math.round((clamped - oldFrom) * scale)));
    }

    private static int previousFixed(Word[] words, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (words[i].source().isFixed()) {
                return i;
            }
        }
        return -1;
    }

    private static int nextFixed(Word[] words, int at) {
        for (int i = at + 1; i < words.length; i++) {
            if (words[i].source().isFixed()) {
                return i;
            }
        }
        return -1;
    }
}
