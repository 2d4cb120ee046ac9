package org.turnscript.timing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.turnscript.model.Metadata;
import org.turnscript.model.Segment;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Re-times a document from a timed caption file of the same recording (YouTube's word-timed captions, any SRT):
 * the document's words, as edited, tagged and cleaned, are aligned to the file's words ({@link CaptionAligner});
 * a matched word takes the file's start and end as {@link TimeSource#ALIGNED}, and the words between two matched
 * ones are spread over the time between them ({@link RunSpreader}, then marked
 * {@link TimeSource#INTERPOLATED}). Anchored words keep their times and bound the rest: a match that would put a
 * word on the wrong side of an anchor is not taken.
 *
 * <p>Only times change: every word keeps its text, original, flags and segment, every segment its id, speaker
 * and kind, so speaker tags, segment boundaries and cleanup come through untouched.
 */
public final class CaptionRetimer {

    /** Unmatched words in a row, on either side, that the report names with their position. */
    public static final int LONG_STRETCH_WORDS = 25;

    /** Below this share of its words with times of their own, a file is not a timed caption file. */
    private static final double MIN_TIMED_SHARE = 0.5;

    /** Room given to each word before the first or after the last matched one, when the file has no words there. */
    private static final long MS_PER_WORD = 350;

    /** Less room than this per word after a matched word, and the matched word shares its own. */
    private static final long MIN_WORD_MS = 120;

    private CaptionRetimer() {
    }

    /** The re-timed document and what the alignment found. */
    public record Retimed(Transcript transcript, RetimeReport report) {
    }

    /**
     * @param document  the open document
     * @param timed     the timed caption file, as read
     * @param timedName the file's name, for the timing note and messages
     * @throws IllegalArgumentException when the file has no times of its own, or none of its words is found in
     *                                  the document
     */
    public static Retimed retime(Transcript document, Transcript timed, String timedName) {
        List<Word> reference = timedWords(timed, timedName);
        FlatWords flat = FlatWords.of(document);
        Word[] words = flat.words;
        int n = words.length;
        String[] docKeys = new String[n];
        int comparable = 0;
        for (int k = 0; k < n; k++) {
            docKeys[k] = comparable(words[k]) ? keyOrNull(words[k].text()) : null;
            if (comparable(words[k])) {
                comparable++;
            }
        }
        String[] refKeys = new String[reference.size()];
        for (int k = 0; k < refKeys.length; k++) {
            refKeys[k] = keyOrNull(reference.get(k).text());
        }
        int[] match = CaptionAligner.align(docKeys, refKeys);
        dropMatchesAcrossAnchors(words, match, reference);
        int matched = 0;
        boolean[] fixed = new boolean[n];
        for (int k = 0; k < n; k++) {
            if (match[k] >= 0) {
                Word r = reference.get(match[k]);
                words[k] = words[k].withTime(r.start(), r.end(), TimeSource.ALIGNED);
                fixed[k] = true;
                matched++;
            } else {
                fixed[k] = words[k].source() == TimeSource.ANCHORED;
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException("none of the document's words were found in " + timedName);
        }
        long duration = document.metadata().hasDuration() ? document.metadata().durationMs()
                : timed.durationMs();
        interpolateBetween(flat, fixed, match, reference, duration);
        List<RetimeReport.Stretch> timedLacks = documentStretches(words, match);
        List<RetimeReport.Stretch> documentLacks = referenceStretches(reference, match);
        RetimeReport report = new RetimeReport(comparable, matched, timedLacks, documentLacks);
        Metadata metadata = document.metadata().withTimingNote(note(timedName, report));
        if (!metadata.hasDuration() && timed.durationMs() >= 0) {
            metadata = metadata.withDurationMs(timed.durationMs());
        }
        return new Retimed(flat.rebuild(document).withMetadata(metadata), report);
    }

    /** The sentence recorded in {@code Metadata.timingNote} after re-timing. */
    public static String note(String timedName, RetimeReport report) {
        return String.format(Locale.ROOT, "Times taken from %s by aligning its words (%.1f %% matched); the rest "
                + "interpolated between them.", timedName, report.share() * 100);
    }

    // ---- The timed file's words --------------------------------------------------------------------

    private static List<Word> timedWords(Transcript timed, String timedName) {
        List<Word> out = new ArrayList<>();
        int all = 0;
        for (Segment s : timed.segments()) {
            for (Word w : s.words()) {
                if (w.isSoundTag()) {
                    continue;
                }
                all++;
                if (w.isTimed() && w.source() != TimeSource.ESTIMATED) {
                    out.add(w);
                }
            }
        }
        if (out.isEmpty() || out.size() < all * MIN_TIMED_SHARE) {
            throw new IllegalArgumentException(timedName + " has no times of its own; choose a caption file with "
                    + "times (SRT, WebVTT, SBV, YouTube json3 or srv3, a project)");
        }
        return out;
    }

    // ---- Matching ---------------------------------------------------------------------------------

    /** Anchored words keep their time and sound tags are not words: neither is looked for in the file. */
    private static boolean comparable(Word w) {
        return !w.isSoundTag() && w.source() != TimeSource.ANCHORED;
    }

    /** A word with no letter or digit ("-", "…") cannot be told from another one, so it is not matched. */
    private static String keyOrNull(String text) {
        String key = Realigner.key(text);
        for (int i = 0; i < key.length(); i++) {
            if (Character.isLetterOrDigit(key.charAt(i))) {
                return key;
            }
        }
        return null;
    }

    /** A match must lie between the anchors around its word, or the anchors would be out of order. */
    private static void dropMatchesAcrossAnchors(Word[] words, int[] match, List<Word> reference) {
        int n = words.length;
        long[] nextAnchorStart = new long[n + 1];
        nextAnchorStart[n] = Long.MAX_VALUE;
        for (int k = n - 1; k >= 0; k--) {
            nextAnchorStart[k] = words[k].source() == TimeSource.ANCHORED ? words[k].start() : nextAnchorStart[k + 1];
        }
        long previousAnchorEnd = 0;
        for (int k = 0; k < n; k++) {
            if (words[k].source() == TimeSource.ANCHORED) {
                previousAnchorEnd = words[k].end();
            } else if (match[k] >= 0) {
                Word r = reference.get(match[k]);
                if (r.start() < previousAnchorEnd || r.end() > nextAnchorStart[k + 1]) {
                    match[k] = -1;
                }
            }
        }
    }

    // ---- Interpolation ----------------------------------------------------------------------------

    private static void interpolateBetween(FlatWords flat, boolean[] fixed, int[] match, List<Word> reference,
                                           long durationMs) {
        Word[] words = flat.words;
        int n = words.length;
        int first = 0;
        while (!fixed[first]) {
            first++;
        }
        int last = n - 1;
        while (!fixed[last]) {
            last--;
        }
        int k = 0;
        while (k < n) {
            if (fixed[k]) {
                k++;
                continue;
            }
            int end = k;
            while (end < n && !fixed[end]) {
                end++;
            }
            if (k > 0 && end < n && words[k - 1].source() == TimeSource.ALIGNED) {
                makeRoomAfter(flat, k - 1, end, words[end].start());
            }
            long gapStart = k > 0 ? words[k - 1].end() : leadStart(words, match, reference, first);
            long gapEnd = end < n ? words[end].start() : tailEnd(words, match, reference, last, durationMs);
            RunSpreader.spread(flat, k, end, gapStart, Math.max(gapStart, gapEnd));
            for (int i = k; i < end; i++) {
                words[i] = words[i].withTime(words[i].start(), words[i].end(), TimeSource.INTERPOLATED);
            }
            k = end;
        }
    }

    /**
     * A caption file often ends a word where its next word starts (YouTube's word times do), so a matched word
     * whose next words in the file are missing from the document spans their time too, and the document's own
     * words there would get none. When the gap after it leaves less than {@value #MIN_WORD_MS} ms a word, the
     * matched word and the run share the time from its start to the next fixed word by their spoken lengths.
     */
    private static void makeRoomAfter(FlatWords flat, int matched, int runEnd, long nextStart) {
        Word[] words = flat.words;
        Word w = words[matched];
        if (nextStart - w.end() >= (runEnd - matched - 1) * MIN_WORD_MS || nextStart <= w.start()) {
            return;
        }
        double own = SpokenLength.of(w.text());
        double rest = 0;
        for (int k = matched + 1; k < runEnd; k++) {
            rest += flat.sound[k] ? 0 : SpokenLength.of(words[k].text());
        }
        long end = w.start() + Math.round((nextStart - w.start()) * own / (own + rest));
        if (end < w.end()) {
            words[matched] = w.withTime(w.start(), Math.max(w.start() + 1, end), TimeSource.ALIGNED);
        }
    }

    /**
     * Where the words before the first fixed one begin: as many words earlier in the file, when it has them
     * (they are most likely the same words, differently written); otherwise a plausible length before it.
     */
    private static long leadStart(Word[] words, int[] match, List<Word> reference, int first) {
        int r = match[first];
        if (r >= first) {
            return reference.get(r - first).start();
        }
        return Math.max(0, words[first].start() - first * MS_PER_WORD);
    }

    private static long tailEnd(Word[] words, int[] match, List<Word> reference, int last, long durationMs) {
        int trailing = words.length - 1 - last;
        int r = match[last];
        if (r >= 0 && reference.size() - 1 - r >= trailing) {
            return reference.get(r + trailing).end();
        }
        long end = words[last].end() + trailing * MS_PER_WORD;
        return durationMs > words[last].end() ? Math.min(end, durationMs) : end;
    }

    // ---- Report -----------------------------------------------------------------------------------

    /** Long runs of the document's words that matched nothing; sound tags neither break nor lengthen a run. */
    private static List<RetimeReport.Stretch> documentStretches(Word[] words, int[] match) {
        List<RetimeReport.Stretch> out = new ArrayList<>();
        int count = 0;
        long start = 0;
        long end = 0;
        for (int k = 0; k <= words.length; k++) {
            boolean unmatched = k < words.length && match[k] < 0 && words[k].source() != TimeSource.ANCHORED;
            if (k < words.length && words[k].isSoundTag()) {
                continue;
            }
            if (unmatched) {
                if (count == 0) {
                    start = words[k].start();
                }
                count++;
                end = words[k].end();
            } else {
                if (count >= LONG_STRETCH_WORDS) {
                    out.add(new RetimeReport.Stretch(start, end, count));
                }
                count = 0;
            }
        }
        return out;
    }

    /** Long runs of the file's words that no word of the document matched. */
    private static List<RetimeReport.Stretch> referenceStretches(List<Word> reference, int[] match) {
        boolean[] used = new boolean[reference.size()];
        for (int r : match) {
            if (r >= 0) {
                used[r] = true;
            }
        }
        List<RetimeReport.Stretch> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= used.length; k++) {
            if (k == used.length || used[k]) {
                if (k - from >= LONG_STRETCH_WORDS) {
                    out.add(new RetimeReport.Stretch(reference.get(from).start(), reference.get(k - 1).end(),
                            k - from));
                }
                from = k + 1;
            }
        }
        return out;
    }
}
