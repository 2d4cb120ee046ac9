package org.turnscript.timing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * 0, to the start of the fixed word after it, or the duration). Inside a run every word first gets 1 ms, so times
 * strictly increase; the rest of the gap is shared out: each sound tag ({@code [Music]}) gets
 * {@value #SOUND_TAG_MS} ms, but all tags of a run together never more than a quarter of it, and the speech words
 * share what is left in proportion to {@link #spokenWeight(String)}, a rough syllable count. Words are contiguous,
 * and the last word of the last run ends exactly at the duration.
 *
 * <p>One pass over the words, no search: 100,000 words take a few milliseconds.
 */
public final class DurationEstimator {

    /** The speaking rate assumed when nothing tells the length of the recording. */
    public static final int DEFAULT_WORDS_PER_MINUTE = 160;

    /** Time given to one sound tag when the gap is long enough. */
    public static final long SOUND_TAG_MS = 3000;

    /** Sound tags are guesses too: they must not swallow a short recording. */
    private static final double MAX_SOUND_SHARE = 0.25;

    /** Per-word overhead in syllables: the pause and the onset a word costs however short it is. */
    private static final double WORD_OVERHEAD = 0.5;

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
        int syllables = 0;
        boolean inVowels = false;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (Character.isDigit(c)) {
                syllables++;
                inVowels = false;
            } else if (isVowel(c)) {
                if (!inVowels) {
                    syllables++;
                }
                inVowels = true;
                letters++;
            } else {
                inVowels = false;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        if (syllables > 1 && letters > 2 && endsWithSilentE(text)) {
            syllables--;
        }
        return Math.max(1, syllables) + WORD_OVERHEAD;
    }

    // ---- Spreading -------------------------------------------------------------------------------

    private static Transcript spread(Transcript transcript, long durationMs) {
        Word[] words = flatten(transcript);
        int i = 0;
        long gapStart = 0;
        while (i < words.length) {
            if (words[i].source().isFixed()) {
                gapStart = Math.max(gapStart, words[i].end());
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < words.length && !words[runEnd].source().isFixed()) {
                runEnd++;
            }
            long gapEnd = runEnd < words.length ? words[runEnd].start() : durationMs;
            // Measured times that overlap, or that run past the duration, win: the run gets a zero-length gap.
            spreadRun(words, i, runEnd, gapStart, Math.max(gapStart, gapEnd));
            i = runEnd;
        }
        return rebuild(transcript, words);
    }

    private static void spreadRun(Word[] words, int from, int to, long gapStart, long gapEnd) {
        int n = to - from;
        long length = gapEnd - gapStart;
        if (length < n) {
            for (int k = 0; k < n; k++) {
                long start = gapStart + k * length / n;
                long end = gapStart + (k + 1) * length / n;
                words[from + k] = words[from + k].withTime(start, end, TimeSource.ESTIMATED);
            }
            return;
        }
        int tags = 0;
        double speechWeight = 0;
        double[] weights = new double[n];
        for (int k = 0; k < n; k++) {
            if (words[from + k].isSoundTag()) {
                tags++;
            } else {
                weights[k] = spokenWeight(words[from + k].text());
                speechWeight += weights[k];
            }
        }
        double spare = length - n;
        double tagShare;
        if (tags == n) {
            tagShare = spare / n;
        } else {
            tagShare = Math.min(SOUND_TAG_MS - 1, tags == 0 ? 0 : spare * MAX_SOUND_SHARE / tags);
        }
        double perWeight = speechWeight == 0 ? 0 : (spare - tags * tagShare) / speechWeight;

        double cumulative = 0;
        long previous = gapStart;
        for (int k = 0; k < n; k++) {
            Word w = words[from + k];
            cumulative += 1 + (w.isSoundTag() ? tagShare : weights[k] * perWeight);
            long end;
            if (k == n - 1) {
                end = gapEnd;
            } else {
                // Rounding the running total keeps the sum exact; the clamps only guard against float drift.
                end = gapStart + Math.round(cumulative);
                end = Math.max(previous + 1, Math.min(end, gapEnd - (n - 1 - k)));
            }
            words[from + k] = w.withTime(previous, end, TimeSource.ESTIMATED);
            previous = end;
        }
    }

    // ---- Helpers ---------------------------------------------------------------------------------

    private static long durationAtRate(Transcript transcript, int wordsPerMinute) {
        Word[] words = flatten(transcript);
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

    private static Word[] flatten(Transcript transcript) {
        Word[] words = new Word[transcript.wordCount()];
        int i = 0;
        for (Segment s : transcript.segments()) {
            for (Word w : s.words()) {
                words[i++] = w;
            }
        }
        return words;
    }

    private static Transcript rebuild(Transcript transcript, Word[] words) {
        List<Word> all = Arrays.asList(words);
        List<Segment> segments = new ArrayList<>(transcript.segments().size());
        int i = 0;
        for (Segment s : transcript.segments()) {
            int size = s.words().size();
            segments.add(s.withWords(all.subList(i, i + size)));
            i += size;
        }
        return transcript.withSegments(segments);
    }

    private static boolean isVowel(char c) {
        return "aeiouyàáâãäåæèéêëìíîïòóôõöøœùúûüý".indexOf(c) >= 0;
    }

    private static boolean endsWithSilentE(String text) {
        String lower = text.toLowerCase();
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        // "make", "time": silent; "table", "people": the "le" is its own syllable.
        return end >= 2 && lower.charAt(end - 1) == 'e' && lower.charAt(end - 2) != 'l'
                && !isVowel(lower.charAt(end - 2));
    }
}
