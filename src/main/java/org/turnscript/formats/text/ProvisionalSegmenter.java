package org.turnscript.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Cuts an unpunctuated stream of caption words into provisional segments of at most {@value #MAX_WORDS} words,
 * so that imported text opens as short paragraphs the editor merges and splits, not as one huge paragraph.
 *
 * <p>The heuristic, in order:
 * <ol>
 *   <li><b>Hard cuts.</b> A segment always ends at a paragraph end (a blank line in the input) and before a
 *       speaker-change mark ({@code >>}, or a word flagged {@link WordFlag#SPEAKER_CHANGE_HINT}). Runs of sound
 *       tags ({@code [Music]}) become {@link SegmentKind#NON_SPEECH} segments of their own.</li>
 *   <li><b>Short runs stay whole.</b> A run of speech of at most {@value #MAX_WORDS} words is one segment.</li>
 *   <li><b>Long runs are cut at the best boundary.</b> From the start of what is left, every cut that makes a
 *       segment of {@value #PREFERRED_MIN_WORDS} to {@value #MAX_WORDS} words (and leaves at least
 *       {@value #PREFERRED_MIN_WORDS} behind it) is scored, and the highest score wins:
 *       <ul>
 *         <li>a pause in real (measured or anchored) word times: the strongest clue, longer pauses first;</li>
 *         <li>the word before the cut ends in sentence punctuation (punctuated input): a strong bonus; a
 *             comma: a small one;</li>
 *         <li>the word after the cut is a discourse marker that tends to open a sentence or a turn: "so",
 *             "okay", "yeah", "well", "thanks" score highest; "and", "but", "now", "thank", "you know",
 *             "because" less; but only after a complete clause: when the word before the cut cannot end one
 *             ("the", "to", "and", "my", …) or is the same word (a stutter, "so so"), the cut is penalised
 *             instead;</li>
 *         <li>a hesitation ("um", "uh") stays with the words before it: a cut before one is penalised, a cut
 *             right after one is judged by the word before the hesitation and gets a small bonus ("taken verb
 *             um | and placed", not "taken verb | um and placed");</li>
 *         <li>"I think", "I mean", "I guess" are asides more often than openings in speech ("like chill I think
 *             calls for"): a cut before them is penalised;</li>
 *         <li>a tiny bonus per word of length breaks ties towards longer segments, so without any clue the cut
 *             falls at {@value #MAX_WORDS} words, and between equal clues the later one wins.</li>
 *       </ul></li>
 * </ol>
 * <b>Glossary phrases stay whole.</b> When a glossary is in effect, its wrong phrases are given to the segmenter
 * ({@link UnbrokenPhrases}) and no cut falls inside one ("like chill I think calls for", "taken verb um"), unless
 * every cut in reach does (a phrase near {@value #MAX_WORDS} words long). A phrase that a cut still splits, and one
 * the editor splits later, is matched across the cut by the glossary rule, which moves the corrected phrase into
 * the first segment.
 * Every word lands in exactly one segment, in order; segments get ids {@code s1, s2, …} and no speaker.
 */
public final class ProvisionalSegmenter {

    public static final int MAX_WORDS = 40;
    public static final int PREFERRED_MIN_WORDS = 20;

    private static final Map<String, Double> OPENERS = Map.ofEntries(
            Map.entry("so", 3.0), Map.entry("okay", 3.0), Map.entry("ok", 3.0), Map.entry("yeah", 3.0),
            Map.entry("well", 3.0), Map.entry("thanks", 3.0),
            Map.entry("alright", 3.0), Map.entry("anyway", 3.0), Map.entry("hello", 3.0), Map.entry("hey", 3.0),
            Map.entry("and", 2.0), Map.entry("but", 2.0), Map.entry("now", 2.0), Map.entry("thank", 2.5),
            Map.entry("actually", 2.0), Map.entry("yes", 2.0), Map.entry("because", 1.5), Map.entry("i", 1.0),
            Map.entry("we", 1.0), Map.entry("you", 1.0), Map.entry("they", 1.0), Map.entry("if", 1.0),
            Map.entry("then", 1.0), Map.entry("which", 1.0), Map.entry("who", 1.0), Map.entry("when", 1.0),
            Map.entry("what", 1.0), Map.entry("where", 1.0), Map.entry("there's", 1.0), Map.entry("that's", 1.0),
            Map.entry("it's", 1.0), Map.entry("i'm", 1.0), Map.entry("we're", 1.0));
    private static final double YOU_KNOW = 2.0;

    /** Hesitations: they end the words before them, they do not open the next. */
    private static final Set<String> HESITATIONS = Set.of("um", "umm", "uhm", "uh", "uhh", "er", "erm", "ah", "hmm",
            "hm", "mm", "mmm");
    private static final double BEFORE_HESITATION_PENALTY = 4.0;
    private static final double AFTER_HESITATION_BONUS = 1.0;

    /** "I think", "I mean", "I guess": asides, mostly in the middle of what is being said. */
    private static final Set<String> ASIDE_VERBS = Set.of("think", "mean", "guess");
    private static final double ASIDE_PENALTY = 2.0;

    /** A gap between real word times this long is a pause worth cutting at, whatever the words. */
    private static final long PAUSE_MS = 250;
    private static final double PAUSE_BONUS = 8.0;

    /** Words after which a sentence hardly ever ends, so cutting right after them splits a phrase. */
    private static final Set<String> NO_END = Set.of(
            "the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "from", "by", "about", "into",
            "and", "or", "but", "so", "because", "if", "that's", "than", "as",
            "i", "you", "we", "they", "he", "she", "it's", "i'm", "we're", "you're", "they're",
            "my", "your", "our", "their", "his", "her", "its", "this", "these", "those",
            "is", "are", "was", "were", "be", "been", "very", "really", "just", "kind", "sort");
    private static final double NO_END_PENALTY = 2.5;
    private static final double SENTENCE_END_BONUS = 5.0;
    private static final double COMMA_BONUS = 1.0;
    private static final double LENGTH_TIE_BREAK = 0.01;

    private ProvisionalSegmenter() {
    }

    /** Segments one stream of words. */
    public static List<Segment> segment(List<Word> words) {
        return segmentParagraphs(List.of(words));
    }

    /** Segments several paragraphs; no segment spans two of them. */
    public static List<Segment> segmentParagraphs(List<List<Word>> paragraphs) {
        return segmentParagraphs(paragraphs, List.of());
    }

    /**
     * Segments several paragraphs, never cutting inside one of {@code unbrokenPhrases} (the glossary's wrong
     * phrases) where another cut is in reach.
     */
    public static List<Segment> segmentParagraphs(List<List<Word>> paragraphs, List<String> unbrokenPhrases) {
        UnbrokenPhrases phrases = unbrokenPhrases.isEmpty() ? UnbrokenPhrases.NONE
                : new UnbrokenPhrases(unbrokenPhrases);
        Output out = new Output();
        for (List<Word> paragraph : paragraphs) {
            int runStart = 0;
            for (int i = 1; i <= paragraph.size(); i++) {
                if (i == paragraph.size() || isHardBoundary(paragraph, i)) {
                    emitRun(paragraph.subList(runStart, i), out, phrases);
                    runStart = i;
                }
            }
        }
        return out.segments;
    }

    /** Whether the word is YouTube's speaker-change mark, or starts with it. */
    static boolean isSpeakerChangeMark(Word word) {
        return word.text().startsWith(CaptionTokenizer.SPEAKER_CHANGE_MARK);
    }

    // ---- Hard boundaries -------------------------------------------------------------------------

    private static boolean isHardBoundary(List<Word> words, int i) {
        Word previous = words.get(i - 1);
        Word word = words.get(i);
        if (word.isSoundTag() != previous.isSoundTag()) {
            return true;
        }
        if (isSpeakerChangeMark(word)) {
            return true;
        }
        // the word after a bare ">>" carries the hint too; the cut already fell before the mark
        return word.has(WordFlag.SPEAKER_CHANGE_HINT)
                && !previous.text().equals(CaptionTokenizer.SPEAKER_CHANGE_MARK);
    }

    private static void emitRun(List<Word> run, Output out, UnbrokenPhrases phrases) {
        if (run.isEmpty()) {
            return;
        }
        if (run.get(0).isSoundTag()) {
            for (int from = 0; from < run.size(); from += MAX_WORDS) {
                out.add(SegmentKind.NON_SPEECH, run.subList(from, Math.min(run.size(), from + MAX_WORDS)));
            }
            return;
        }
        boolean[] inside = run.size() > MAX_WORDS && !phrases.isEmpty() ? phrases.insideCuts(run) : null;
        int from = 0;
        while (run.size() - from > MAX_WORDS) {
            int cut = bestCut(run, from, inside);
            out.add(SegmentKind.SPEECH, run.subList(from, cut));
            from = cut;
        }
        out.add(SegmentKind.SPEECH, run.subList(from, run.size()));
    }

    // ---- Soft boundaries -------------------------------------------------------------------------

    /**
     * The index of the first word of the next segment; only called when more than MAX_WORDS words remain. A cut
     * inside a glossary phrase ({@code inside}, or null without phrases) is never taken while another is in reach:
     * first among the preferred lengths, then among shorter segments, and only then anywhere.
     */
    private static int bestCut(List<Word> run, int from, boolean[] inside) {
        int lowest = from + PREFERRED_MIN_WORDS;
        int highest = Math.min(from + MAX_WORDS, run.size() - PREFERRED_MIN_WORDS);
        int best = bestCut(run, from, lowest, highest, inside);
        if (best < 0 && inside != null) {
            best = bestCut(run, from, from + 1, highest, inside);
        }
        if (best < 0) {
            best = bestCut(run, from, lowest, highest, null);
        }
        return best < 0 ? from + MAX_WORDS : best;
    }

    /** The best cut in [lowest, highest] that is not {@code inside} a phrase, or -1. */
    private static int bestCut(List<Word> run, int from, int lowest, int highest, boolean[] inside) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int cut = lowest; cut <= highest; cut++) {
            if (inside != null && inside[cut]) {
                continue;
            }
            double score = boundaryScore(run, cut) + LENGTH_TIE_BREAK * (cut - from);
            if (score >= bestScore) {
                bestScore = score;
                best = cut;
            }
        }
        return best;
    }

    /** How good a place it is to start a new segment at word {@code i} (never the first word). */
    static double boundaryScore(List<Word> words, int i) {
        String word = normalise(words.get(i).text());
        String next = i + 1 < words.size() ? normalise(words.get(i + 1).text()) : "";
        double score = pauseScore(words.get(i - 1), words.get(i));
        if (HESITATIONS.contains(word)) {
            return score - BEFORE_HESITATION_PENALTY;
        }
        // a hesitation just before the cut stays with the words before it; the clause is judged without it
        int last = i - 1;
        while (last > 0 && HESITATIONS.contains(normalise(words.get(last).text()))) {
            last--;
        }
        if (last < i - 1) {
            score += AFTER_HESITATION_BONUS;
        }
        String before = words.get(last).text();
        String previous = normalise(before);
        if (endsWith(before, ".!?")) {
            score += SENTENCE_END_BONUS;
        } else if (endsWith(before, ",;:")) {
            score += COMMA_BONUS;
        }
        if (word.equals("i") && ASIDE_VERBS.contains(next)) {
            return score - ASIDE_PENALTY;
        }
        if (NO_END.contains(previous) || previous.equals(word)) {
            return score - NO_END_PENALTY; // the clause before is not complete: no opener makes this a boundary
        }
        return score + (word.equals("you") && next.equals("know") ? YOU_KNOW : OPENERS.getOrDefault(word, 0.0));
    }

    /** A bonus for a pause between two words whose times were measured or set by hand; 0 for estimated times. */
    private static double pauseScore(Word before, Word after) {
        if (!isReal(before) || !isReal(after)) {
            return 0;
        }
        long gap = after.start() - before.end();
        return gap >= PAUSE_MS ? PAUSE_BONUS + Math.min(gap, 10_000) / 1000.0 : 0;
    }

    private static boolean isReal(Word w) {
        return w.isTimed() && (w.source() == TimeSource.MEASURED || w.source() == TimeSource.ANCHORED);
    }

    private static boolean endsWith(String text, String marks) {
        return !text.isEmpty() && marks.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** Whether the word is a hesitation ("um", "uh"). */
    static boolean isHesitation(String text) {
        return HESITATIONS.contains(normalise(text));
    }

    /** Lower case without the punctuation around it: "So," and "so" are the same marker. */
    static String normalise(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static final class Output {
        final List<Segment> segments = new ArrayList<>();

        void add(SegmentKind kind, List<Word> words) {
            segments.add(new Segment(Transcript.sequentialId(segments.size() + 1), null, kind, words));
        }
    }
}
