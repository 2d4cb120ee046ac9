package org.turnscript.timing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.turnscript.model.Segment;
import org.turnscript.model.SoundTags;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * The words of a transcript in one array, with what spreading needs to know about each: the pause after it and
 * whether it is a sound rather than speech. Timing works on this and puts the words back into their segments.
 */
final class FlatWords {

    final Word[] words;
    final double[] pauseAfter;
    final boolean[] sound;

    private FlatWords(Word[] words, double[] pauseAfter, boolean[] sound) {
        this.words = words;
        this.pauseAfter = pauseAfter;
        this.sound = sound;
    }

    static FlatWords of(Transcript transcript) {
        int n = transcript.wordCount();
        Word[] words = new Word[n];
        double[] pauses = new double[n];
        boolean[] sound = new boolean[n];
        // Same segments and words, with continued turns spelled out so that pauses see who is speaking.
        List<Segment> segments = transcript.resolveContinuedSpeakers().segments();
        int i = 0;
        for (int si = 0; si < segments.size(); si++) {
            Segment s = segments.get(si);
            Segment next = si + 1 < segments.size() ? segments.get(si + 1) : null;
            for (int wi = 0; wi < s.words().size(); wi++) {
                Word w = s.words().get(wi);
                words[i] = w;
                pauses[i] = Pauses.after(s, wi, next);
                sound[i] = isSound(w);
                i++;
            }
        }
        return new FlatWords(words, pauses, sound);
    }

    /** What to do with one run of words whose times may be recomputed, and the gap the fixed times leave it. */
    @FunctionalInterface
    interface RunAction {
        void run(int from, int to, long gapStart, long gapEnd);
    }

    /**
     * Calls {@code action} for each run of words whose times are not fixed, with the gap between the fixed word
     * before it (or 0) and the fixed word after it (or {@code durationMs}). Measured times that overlap, or that
     * run past the duration, win: the run then gets a zero-length gap.
     */
    void forEachUnfixedRun(long durationMs, RunAction action) {
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
            action.run(i, end, gapStart, Math.max(gapStart, end < words.length ? words[end].start() : durationMs));
            i = end;
        }
    }

    /**
     * Per word of {@code [from, to)}, the start it was placed at between known times ({@link TimeSource#INTERPOLATED}:
     * mostly a caption cue's span spread over its words, also words typed or re-spread between timed neighbours), or
     * NaN; null when no word there has one. A group of stretches that opens on a word without one costs nothing for
     * it, so a few typed words among cued ones are placed by the sound alone.
     */
    double[] priors(int from, int to) {
        double[] out = new double[to - from];
        boolean any = false;
        for (int i = from; i < to; i++) {
            out[i - from] = spread(words[i]) ? words[i].start() : Double.NaN;
            any |= spread(words[i]);
        }
        return any ? out : null;
    }

    /** Per word of {@code [from, to)}, the end its cue's spread gave it, or NaN (as {@link #priors}). */
    double[] priorEnds(int from, int to) {
        double[] out = new double[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = spread(words[i]) ? words[i].end() : Double.NaN;
        }
        return out;
    }

    /** Whether the word's time was placed between known times, so that it can serve as a prior. */
    private static boolean spread(Word w) {
        return w.source() == TimeSource.INTERPOLATED && w.start() >= 0;
    }

    /** Index in {@link #words} of word {@code wordIndex} of segment {@code segmentIndex}. */
    static int indexOf(Transcript transcript, int segmentIndex, int wordIndex) {
        Segment target = transcript.segment(segmentIndex);
        if (wordIndex < 0 || wordIndex >= target.words().size()) {
            throw new IndexOutOfBoundsException("segment " + target.id() + " has no word " + wordIndex);
        }
        int i = 0;
        for (int si = 0; si < segmentIndex; si++) {
            i += transcript.segment(si).words().size();
        }
        return i + wordIndex;
    }

    Transcript rebuild(Transcript transcript) {
        List<Word> all = Arrays.asList(words);
        List<Segment> segments = new ArrayList<>(transcript.segments().size());
        int i = 0;
        for (Segment s : transcript.segments()) {
            int size = s.words().size();
            List<Word> part = all.subList(i, i + size);
            segments.add(part.equals(s.words()) ? s : s.withWords(part));
            i += size;
        }
        return transcript.withSegments(segments);
    }

    /**
     * A flagged sound tag, and captions' unflagged sound descriptions such as "(laughs)" or "♪", which some caption
     * files put inline where the importer does not flag them.
     */
    private static boolean isSound(Word w) {
        return w.isSoundTag() || SoundTags.isTag(w.text());
    }
}
