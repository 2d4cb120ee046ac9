package org.turnscript.chapters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.turnscript.model.Chapter;
import org.turnscript.model.ChapterMark;
import org.turnscript.model.Transcript;

/**
 * Suggests where a show's chapters start, precision first: the start of the recording; a sound tag between speech
 * in mid-recording (a music sting); a long pause where times are measured; a host's sign-post ("let's move on",
 * "moving on to", "let's talk about", "last week X released"); each raised when the vocabulary shifts there
 * (TextTiling). An agenda ("first we're going to…, second…, and then finally…") previews the topics rather than
 * starting them, so ordinal sign-posts close together are not taken. Suggestions closer than
 * {@link #MIN_SPACING_WORDS} keep the strongest. Each carries a title from the words that follow.
 */
public final class ChapterSuggester {

    /** Suggestions from this score on are shown and applied by default. */
    public static final double DEFAULT_THRESHOLD = 0.6;
    /** Two chapter starts are at least this many words apart (about a minute of speech). */
    public static final int MIN_SPACING_WORDS = 150;

    private static final double SOUND_BREAK = 0.7;
    private static final double EXPLICIT_SIGN_POST = 0.65;
    private static final double ORDINAL_SIGN_POST = 0.5;
    private static final double PAUSE = 0.55;
    private static final long LONG_PAUSE_MS = 2500;
    /** How much a deep vocabulary dip near a cue adds. */
    private static final double SHIFT_BONUS = 0.15;
    private static final double SHIFT_DEPTH = 0.25;
    /** Words that open a sentence, where a chapter after a sting most likely starts. */
    private static final Set<String> OPENERS = Set.copyOf(List.of("so", "and", "now", "okay", "ok", "alright",
            "all", "well", "last", "this", "next", "let's", "we", "today", "first", "moving", "speaking", "turning"));
    private static final List<List<String>> EXPLICIT = List.of(List.of("let's", "move", "on"),
            List.of("moving", "on", "to"), List.of("move", "on", "to"), List.of("let's", "talk", "about"),
            List.of("next", "up"), List.of("our", "next", "topic"), List.of("turning", "to"),
            List.of("let's", "turn", "to"), List.of("on", "to", "our", "next"), List.of("first", "up"),
            List.of("kick", "this", "off"), List.of("let's", "kick", "off"), List.of("talking", "of"),
            List.of("speaking", "of"), List.of("let's", "get", "started"));
    private static final List<List<String>> ORDINALS = List.of(List.of("first", "we're"), List.of("second", "we're"),
            List.of("third", "we're"), List.of("and", "then", "finally"), List.of("and", "finally"),
            List.of("secondly"), List.of("thirdly"), List.of("lastly"));
    /** An agenda: ordinal sign-posts this close together preview the topics. */
    private static final int AGENDA_WORDS = 400;

    private ChapterSuggester() {
    }

    /** Every suggestion with its score, in document order (the start of the recording first). */
    public static List<ChapterSuggestion> suggest(Transcript t) {
        FlatWords w = new FlatWords(t);
        if (w.size() == 0) {
            return List.of();
        }
        double[] depth = LexicalShift.depths(w);
        List<ChapterSuggestion> found = new ArrayList<>();
        found.add(suggestion(w, 0, 1.0, "start of the recording", "Intro"));
        soundBreaks(w, depth, found);
        pauses(w, depth, found);
        signPosts(w, depth, found);
        return spaced(found);
    }

    /** The suggestions at or above {@code threshold}. */
    public static List<ChapterSuggestion> suggest(Transcript t, double threshold) {
        return suggest(t).stream().filter(s -> s.score() >= threshold).toList();
    }

    /**
     * The transcript with the suggestions at or above {@code threshold} as chapters, where it has none of its own
     * at that word (chapters already marked stay as they are).
     */
    public static Transcript apply(Transcript t, double threshold) {
        List<Chapter> chapters = new ArrayList<>(t.chapters());
        for (ChapterSuggestion s : suggest(t, threshold)) {
            String id = t.segment(s.segmentIndex()).id();
            boolean taken = chapters.stream().anyMatch(c -> c.segmentId().equals(id) && c.wordIndex() == s.wordIndex());
            if (!taken) {
                chapters.add(new Chapter(id, s.wordIndex(), ChapterMark.titled(s.title())));
            }
        }
        return t.withChapters(chapters);
    }

    private static void soundBreaks(FlatWords w, double[] depth, List<ChapterSuggestion> out) {
        int n = w.size();
        int margin = Math.max(20, n / 50); // a sting at the very start or end opens or closes the show
        for (int i = margin; i < n - margin; i++) {
            if (!w.sound.get(i) || w.sound.get(i - 1)) {
                continue;
            }
            int after = i + 1;
            while (after < n && w.sound.get(after)) {
                after++;
            }
            if (after >= n - margin) {
                continue;
            }
            // Auto-captions place a sting a word or two early ("looking forward to [Music] it so thanks"): the
            // chapter starts at the first sentence opener within three words after it.
            int start = after;
            for (int k = after; k < Math.min(n, after + 4); k++) {
                if (OPENERS.contains(w.text.get(k)) || k > 0 && w.endsSentence(k - 1)) {
                    start = k;
                    break;
                }
            }
            String tag = w.original.get(i);
            out.add(suggestion(w, start, SOUND_BREAK + bonus(depth, start), tag + " between speech", null));
        }
    }

    private static void pauses(FlatWords w, double[] depth, List<ChapterSuggestion> out) {
        for (int i = 1; i < w.size(); i++) {
            if (w.measured(i - 1) && w.measured(i) && !w.sound.get(i)) {
                long gap = w.start(i) - w.words.get(i - 1).end();
                if (gap >= LONG_PAUSE_MS) {
                    double score = PAUSE + Math.min(0.1, (gap - LONG_PAUSE_MS) / 50_000.0) + bonus(depth, i);
                    out.add(suggestion(w, i, score, "pause of " + Math.round(gap / 100.0) / 10.0 + " s", null));
                }
            }
        }
    }

    private static void signPosts(FlatWords w, double[] depth, List<ChapterSuggestion> out) {
        List<Integer> ordinals = new ArrayList<>();
        for (int i = 1; i < w.size(); i++) {
            List<String> explicit = matchAt(w, i, EXPLICIT);
            if (explicit != null) {
                out.add(suggestion(w, i, EXPLICIT_SIGN_POST + bonus(depth, i),
                        "sign-post \"" + String.join(" ", explicit) + "\"", null));
            } else if (matchAt(w, i, ORDINALS) != null) {
                ordinals.add(i);
            } else if (lastWeekReleased(w, i)) {
                out.add(suggestion(w, i, EXPLICIT_SIGN_POST + bonus(depth, i), "sign-post \"last week … released\"",
                        null));
            }
        }
        for (int k = 0; k < ordinals.size(); k++) {
            int i = ordinals.get(k);
            boolean agenda = k > 0 && i - ordinals.get(k - 1) < AGENDA_WORDS
                    || k + 1 < ordinals.size() && ordinals.get(k + 1) - i < AGENDA_WORDS;
            if (!agenda) {
                List<String> m = matchAt(w, i, ORDINALS);
                out.add(suggestion(w, i, ORDINAL_SIGN_POST + bonus(depth, i),
                        "sign-post \"" + String.join(" ", m) + "\"", null));
            }
        }
    }

    /** "last week anthropic released": a news item opening, within four words. */
    private static boolean lastWeekReleased(FlatWords w, int i) {
        if (i + 2 >= w.size() || !w.text.get(i).equals("last") || !w.text.get(i + 1).equals("week")) {
            return false;
        }
        for (int k = i + 2; k < Math.min(w.size(), i + 6); k++) {
            String t = w.text.get(k);
            if (t.equals("released") || t.equals("announced") || t.equals("launched") || t.equals("published")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> matchAt(FlatWords w, int i, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            if (i + p.size() <= w.size()) {
                boolean all = true;
                for (int k = 0; k < p.size() && all; k++) {
                    all = w.text.get(i + k).equals(p.get(k));
                }
                if (all) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The vocabulary dip nearest to {@code i} (within a step either side), as a bonus. */
    private static double bonus(double[] depth, int i) {
        double best = 0;
        for (int k = Math.max(0, i - LexicalShift.STEP); k < Math.min(depth.length, i + LexicalShift.STEP); k++) {
            best = Math.max(best, depth[k]);
        }
        return best >= SHIFT_DEPTH ? SHIFT_BONUS : 0;
    }

    private static ChapterSuggestion suggestion(FlatWords w, int i, double score, String cue, String title) {
        int[] pos = w.position.get(i);
        long start = w.words.get(i).isTimed() ? w.start(i) : -1;
        return new ChapterSuggestion(pos[0], pos[1], i, start, Math.min(1, score), cue,
                title != null ? title : TitleProposer.propose(w.following(i, 20)));
    }

    /** Of suggestions closer than {@link #MIN_SPACING_WORDS}, the strongest (the earlier on a tie) stays. */
    private static List<ChapterSuggestion> spaced(List<ChapterSuggestion> found) {
        List<ChapterSuggestion> byScore = new ArrayList<>(found);
        byScore.sort(Comparator.comparingDouble(ChapterSuggestion::score).reversed()
                .thenComparingInt(ChapterSuggestion::flatIndex));
        List<ChapterSuggestion> kept = new ArrayList<>();
        for (ChapterSuggestion s : byScore) {
            if (kept.stream().noneMatch(k -> Math.abs(k.flatIndex() - s.flatIndex()) < MIN_SPACING_WORDS)) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(ChapterSuggestion::flatIndex));
        return kept;
    }
}
