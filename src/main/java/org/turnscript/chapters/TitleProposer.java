package org.turnscript.chapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A title for a chapter from the words that open it: the host's lead-in ("first we're going to start by", "let's
 * talk about", "and then finally") and fillers are skipped, the next few words are kept, and words that cannot end
 * a title ("the", "of", "and") are trimmed from the end; a phrase that names the topic ("start with", "talk about",
 * "moving on to") among the first words moves the title past it. "first we're going to start by following up on a
 * previous segment" becomes "Following up on a previous segment"; "so thanks y'all for being here we will start with
 * AI overviews so" becomes "AI overviews".
 */
public final class TitleProposer {

    /** Longest title proposed, in words. */
    public static final int MAX_WORDS = 7;

    /** Words a lead-in is made of; a title starts at the first word that is not one. */
    private static final Set<String> LEAD_IN = Set.copyOf(List.of("so", "and", "but", "then", "now", "okay", "ok", "alright",
            "right", "well", "first", "firstly", "second", "secondly", "third", "thirdly", "next", "finally",
            "lastly", "last", "yes", "yeah", "we're", "we", "are", "i'm", "i", "am", "going", "gonna", "to", "start", "starting",
            "by", "be", "talking", "talk", "about", "let's", "lets", "us", "moving", "move", "on", "onto", "want",
            "wanna", "like", "get", "into", "up", "with", "of", "all", "is", "was", "it's", "um", "uh", "uh-huh",
            "hmm", "you", "know", "kick", "off", "jump", "dive", "turn", "our", "segment", "topic", "story",
            "today", "this", "week", "episode", "welcome", "back", "also", "will", "the", "a", "an"));
    /** Words a title should not end on. */
    private static final Set<String> WEAK_END = Set.copyOf(List.of("the", "a", "an", "of", "and", "or", "to", "in", "on", "for",
            "with", "by", "at", "from", "that", "is", "was", "it", "we", "i", "you", "so", "but", "about", "as",
            "um", "uh", "like", "this", "these", "those", "are", "be", "has", "have", "my", "our", "your", "their",
            "its", "his", "her", "will", "can", "would", "going", "just", "very", "some", "any"));
    /** Phrases after which the host names the topic: "we will start with AI overviews". */
    private static final List<List<String>> TOPIC_INTROS = List.of(List.of("start", "with"), List.of("start", "by"),
            List.of("talk", "about"), List.of("talking", "about"), List.of("moving", "on", "to"),
            List.of("move", "on", "to"), List.of("turn", "to"), List.of("kick", "off", "with"),
            List.of("begin", "with"), List.of("onto"));
    /** Words that end a title once it has two words: the sentence has moved on. */
    private static final Set<String> BREAKS = Set.copyOf(List.of("so", "uh", "um", "and", "but", "because", "which"));
    /** Words a title does not start with. */
    private static final Set<String> ARTICLES = Set.copyOf(List.of("the", "a", "an", "this", "that", "some"));

    private TitleProposer() {
    }

    /**
     * @param words the words from the chapter's start on (a dozen or so is plenty)
     * @return a title of at most {@link #MAX_WORDS} words, capitalised; "Chapter" when nothing is left
     */
    public static String propose(List<String> words) {
        List<String> clean = new ArrayList<>(words.size());
        for (String w : words) {
            String c = w.replaceAll("^[^\\p{L}\\p{N}']+|[^\\p{L}\\p{N}']+$", "");
            if (!c.isEmpty() && !w.startsWith("[") && !w.startsWith("(")) {
                clean.add(c);
            }
        }
        int start = afterTopicIntro(clean);
        if (start < 0) {
            start = 0;
            // A lead-in is a few words at most; past that, the words are the topic even if they are common ones.
            while (start < clean.size() && start < 8 && LEAD_IN.contains(lower(clean.get(start)))) {
                start++;
            }
            if (start >= clean.size()) {
                return "Chapter";
            }
            if (start == 8) {
                start = 0;
            }
        }
        while (start < clean.size() - 1 && ARTICLES.contains(lower(clean.get(start)))) {
            start++;
        }
        List<String> title = new ArrayList<>();
        for (int i = start; i < clean.size() && title.size() < MAX_WORDS; i++) {
            if (title.size() >= 2 && BREAKS.contains(lower(clean.get(i)))) {
                break;
            }
            title.add(clean.get(i));
        }
        while (!title.isEmpty() && WEAK_END.contains(lower(title.get(title.size() - 1)))) {
            title.remove(title.size() - 1);
        }
        if (title.isEmpty()) {
            return "Chapter";
        }
        String joined = String.join(" ", title);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** Where the topic starts after a phrase such as "start with" among the first words, or -1. */
    private static int afterTopicIntro(List<String> words) {
        int limit = Math.min(words.size(), 15);
        for (int i = 0; i < limit; i++) {
            for (List<String> phrase : TOPIC_INTROS) {
                int end = i + phrase.size();
                if (end < words.size() && matches(words, i, phrase)) {
                    return end;
                }
            }
        }
        return -1;
    }

    private static boolean matches(List<String> words, int at, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!lower(words.get(at + k)).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
