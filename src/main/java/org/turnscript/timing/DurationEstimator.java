package org.turnscript.timing;

import java.math.BigDecimal;
import org.turnscript.model.Segment;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Gives untimed words {@link TimeSource#ESTIMATED} times, either spread over a known media duration or at an
 * assumed speaking rate.
 *
 * <p>Words with a fixed time ({@link TimeSource#isFixed()}: measured or anchored) are never moved; they split the
 * others into runs, and each run is spread over the gap it sits in (from the end of the fixed word before it, or
 * 0, to the start of the fixed word after it, or the duration) by {@link RunSpreader}: every word first gets 1 ms,
 * so times strictly increase; each sound tag ({@code [Music]}) gets {@value #SOUND_TAG_MS} ms, but all tags of a
 * run together never more than a quarter of it; the speech words share what is left in proportion to
 * {@link #spokenWeight(String)}, a rough syllable count, together with the pauses {@link Pauses} expects after
 * sentences, clauses and, longest, turns. A pause is a gap between two words; elsewhere words are
 * contiguous, and the last word of the last run ends exactly at the duration.
 *
 * <p>One pass over the words, no search: 100,000 words take a few milliseconds.
 */
public final class DurationEstimator {

    /** The speaking rate assumed when nothing tells the length of the recording. */
    public static final int DEFAULT_WORDS_PER_MINUTE = 160;

    /** Time given to one sound tag when the gap is long enough. */
    public static final long SOUND_TAG_MS = 3000;

    private DurationEstimator() {
    }

    /**
     * Spreads the words that have no fixed time over {@code [0, durationMs]}. When a gap is shorter than 1 ms per
     * word (a duration far too short for the text) the words there get zero-length times, still in order.
     */
    public static Transcript estimate(Transcript transcript, long durationMs) {
        if (durationMs < 0) {
            throw new IllegalArgumentException("negative duration " + durationMs);
        }
        return spread(transcript, durationMs).withMetadata(
                transcript.metadata().withTimingNote(durationNote(durationMs)));
    }

    /** Times the words as if spoken at {@code wordsPerMinute}, sound tags {@value #SOUND_TAG_MS} ms each. */
    public static Transcript estimateAtRate(Transcript transcript, int wordsPerMinute) {
        if (wordsPerMinute <= 0) {
            throw new IllegalArgumentException("words per minute must be positive: " + wordsPerMinute);
        }
        long duration = durationAtRate(transcript, wordsPerMinute);
        return spread(transcript, duration).withMetadata(
                transcript.metadata().withTimingNote(rateNote(wordsPerMinute)));
    }

    /** Whether {@code durationMs} leaves at least 1 ms for every word that would be estimated. */
    public static boolean fits(Transcript transcript, long durationMs) {
        return durationMs >= unfixedWordCount(transcript);
    }

    /** The sentence recorded in {@code Metadata.timingNote} after {@link #estimate}. */
    public static String durationNote(long durationMs) {
        String seconds = BigDecimal.valueOf(durationMs, 3).stripTrailingZeros().toPlainString();
        return "Times estimated by spreading words over the " + seconds + " s duration.";
    }

    /** The sentence recorded in {@code Metadata.timingNote} after {@link #estimateAtRate}. */
    public static String rateNote(int wordsPerMinute) {
        return "Times estimated at an assumed " + wordsPerMinute + " words per minute; no duration was given.";
    }

    /**
     * How long a word takes to say, in syllable-like units: groups of vowels (a silent final "e" not counted),
     * each digit as one, at least 1, plus a small overhead per word.
     */
    static double spokenWeight(String text) {
        return SpokenLength.of(text);
    }

    // ---- Spreading -------------------------------------------------------------------------------

    private static Transcript spread(Transcript transcript, long durationMs) {
        FlatWords flat = FlatWords.of(transcript);
        flat.forEachUnfixedRun(durationMs, (from, to, gapStart, gapEnd) ->
                RunSpreader.spread(flat, from, to, gapStart, gapEnd));
        return flat.rebuild(transcript);
    }

    // ---- Helpers ---------------------------------------------------------------------------------

    private static long durationAtRate(Transcript transcript, int wordsPerMinute) {
        Word[] words = FlatWords.of(transcript).words;
        long tailStart = 0;
        int tailSpeech = 0;
        int tailTags = 0;
        for (Word w : words) {
            if (w.source().isFixed()) {
                tailStart = Math.max(tailStart, w.end());
                tailSpeech = 0;
                tailTags = 0;
            } else if (w.isSoundTag()) {
                tailTags++;
            } else {
                tailSpeech++;
            }
        }
        return tailStart + Math.round(tailSpeech * 60_000.0 / wordsPerMinute) + tailTags * SOUND_TAG_MS;
    }

    private static int unfixedWordCount(Transcript transcript) {
        int n = 0;
        for (Segment s : transcript.segments()) {
            for (Word w : s.words()) {
                if (!w.source().isFixed()) {
                    n++;
                }
            }
        }
        return n;
    }
}
