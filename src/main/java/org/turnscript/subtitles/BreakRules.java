package org.turnscript.subtitles;

import java.util.Locale;
import java.util.Set;

/**
 * Where a reader expects a line or a cue to break (Netflix and BBC line-breaking rules): after punctuation, before
 * a conjunction or preposition; never between an article and its noun, nor inside a name (a run of capitalised
 * words). English only: other languages get the punctuation rules, which hold for them too.
 */
final class BreakRules {

    /** A break after a full stop may leave a line this many characters longer than the balanced break. */
    static final int SENTENCE_BONUS = 8;
    static final int CLAUSE_BONUS = 4;
    /** Before "and", "because", "with", …: a natural phrase boundary, worth a little imbalance. */
    static final int PHRASE_BONUS = 2;
    /** After such a word the line ends on a dangling "and". */
    static final int DANGLING_PENALTY = 3;

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "nor", "so", "yet", "because",
            "although", "though", "while", "if", "when", "whether", "that", "which", "who", "where", "than",
            "unless", "whereas");
    private static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against",
            "along", "among", "around", "at", "before", "behind", "below", "beside", "between", "beyond", "by",
            "despite", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off",
            "on", "onto", "over", "past", "since", "through", "throughout", "to", "toward", "towards", "under",
            "until", "upon", "with", "within", "without");

    private BreakRules() {
    }

    /**
     * What a break between {@code before} and {@code after} costs, in characters of imbalance: negative where a
     * reader expects a break, {@code forbidden} where they never do.
     *
     * @param before    the token ending the line (may hold a label and spaces)
     * @param after     the token starting the next line
     * @param forbidden the cost of a break that must not happen unless nothing else fits
     */
    static int cost(String before, String after, int forbidden) {
        if (isForbidden(before, after)) {
            return forbidden;
        }
        if (endsSentence(before)) {
            return -SENTENCE_BONUS;
        }
        if (endsClause(before)) {
            return -CLAUSE_BONUS;
        }
        String last = bare(lastWord(before));
        if (CONJUNCTIONS.contains(last) || PREPOSITIONS.contains(last)) {
            return DANGLING_PENALTY;
        }
        String next = bare(firstWord(after));
        return CONJUNCTIONS.contains(next) || PREPOSITIONS.contains(next) ? -PHRASE_BONUS : 0;
    }

    /**
     * An article left at a line end, a name cut in two, or a line opening with {@code -} or {@code >>}, which a
     * reader (and {@link SubtitleLint}) takes for a new speaker.
     */
    static boolean isForbidden(String before, String after) {
        if (after.startsWith(">>") || after.startsWith("-") && !after.startsWith("--")) {
            return true;
        }
        String last = lastWord(before);
        if (ARTICLES.contains(last.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return isNamePart(last) && !endsClause(last) && !endsSentence(last) && isNamePart(firstWord(after));
    }

    // A word may be empty: a project file can hold one whose text is "", and it ends nothing.
    static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == '…';
    }

    static boolean endsClause(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == ',' || last == ';' || last == ':' || last == '—' || last == '–';
    }

    // "I" is capitalised everywhere and starts no name; "Kate I" is two phrases, not one name.
    private static boolean isNamePart(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !word.equals("I")
                && !word.startsWith("I'");
    }

    private static String lastWord(String token) {
        return token.substring(token.lastIndexOf(' ') + 1);
    }

    private static String firstWord(String token) {
        int space = token.indexOf(' ');
        return space < 0 ? token : token.substring(0, space);
    }

    /**
     * The word without the punctuation around it, lower case. One pass from each end: a regular expression
     * anchored at the end retries from every position, which took seconds on a token of thousands of "&".
     */
    static String bare(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && isPunctuation(word.charAt(start))) {
            start++;
        }
        while (end > start && isPunctuation(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The Unicode punctuation categories, as {@code \p{P}} has them. */
    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
