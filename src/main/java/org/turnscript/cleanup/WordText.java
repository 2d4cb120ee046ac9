package org.turnscript.cleanup;

import java.util.Locale;
import java.util.Set;

/**
 * How the rules look at one word's text: the punctuation around it, its bare core, the lower-case key they
 * compare, and the capital letter at its start.
 */
final class WordText {

    /**
     * Punctuation that sits around a word in captions and transcripts. Hyphens and apostrophes inside a word
     * ("uh-huh", "don't") are part of it; "+" and "#" are never stripped, so "C++" and "C#" keep their identity.
     */
    private static final String SURROUNDING = ".,;:!?\"'“”‘’«»()[]{}…¿¡–—";

    /** Marks after which a sentence ends. */
    private static final String SENTENCE_END = ".?!";

    /** Punctuation that may follow the sentence end: {@code He said "stop."} */
    private static final String CLOSING = "\"'”’»)]";

    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g.", "i.e.", "etc.", "vs.", "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "approx.");

    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll",
            "i’d");

    private WordText() {
    }

    static boolean isSurrounding(char c) {
        return SURROUNDING.indexOf(c) >= 0;
    }

    /** Index of the first character that is not surrounding punctuation (the length when there is none). */
    static int coreStart(String text) {
        int i = 0;
        while (i < text.length() && isSurrounding(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index after the last character that is not surrounding punctuation. */
    static int coreEnd(String text) {
        int end = text.length();
        int start = coreStart(text);
        while (end > start && isSurrounding(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    static String leading(String text) {
        return text.substring(0, coreStart(text));
    }

    static String trailing(String text) {
        return text.substring(coreEnd(text));
    }

    static String core(String text) {
        return text.substring(coreStart(text), coreEnd(text));
    }

    /** What rules compare: the core in lower case; empty for a word of punctuation only ("--" aside). */
    static String key(String text) {
        return core(text).toLowerCase(Locale.ROOT);
    }

    /** "i", "i'm", "i've", "i'll", "i'd" in any case, with any punctuation around them. */
    static boolean isFirstPerson(String text) {
        return FIRST_PERSON.contains(key(text));
    }

    /** The text with its first letter upper case, or the text itself when it should not change. */
    static String capitalised(String text) {
        int start = coreStart(text);
        if (start >= text.length()) {
            return text;
        }
        int first = text.codePointAt(start);
        if (!Character.isLowerCase(first) || isMixedCase(text, start) || looksLikeAddress(text)) {
            return text;
        }
        return text.substring(0, start) + Character.toString(Character.toTitleCase(first))
                + text.substring(start + Character.charCount(first));
    }

    /** The text with its first letter lower case, or the text itself when it has none. */
    static String decapitalised(String text) {
        int start = coreStart(text);
        if (start >= text.length()) {
            return text;
        }
        int first = text.codePointAt(start);
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
            return text;
        }
        return text.substring(0, start) + Character.toString(Character.toLowerCase(first))
                + text.substring(start + Character.charCount(first));
    }

    /** Whether a word ends a sentence: ". ? !" at its end (before closing quotes), not an ellipsis or "e.g.". */
    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || SENTENCE_END.indexOf(text.charAt(end - 1)) < 0) {
            return false;
        }
        String body = text.substring(0, end);
        if (body.endsWith("..")) {
            return false; // "so..." trails off mid-sentence more often than it ends one
        }
        return !ABBREVIATIONS.contains(body.substring(coreStart(body)).toLowerCase(Locale.ROOT));
    }

    /** "iPhone", "eBay", "gRPC": a capital after the first letter means the case is deliberate. */
    private static boolean isMixedCase(String text, int firstLetter) {
        int i = firstLetter + Character.charCount(text.codePointAt(firstLetter));
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean looksLikeAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("://") || lower.startsWith("www.") || lower.contains("@");
    }
}
