package org.turnscript.ui.session;

/** Where words start in a paragraph's text, for splitting and tagging at the caret. */
public final class WordBoundaries {

    private WordBoundaries() {
    }

    /**
     * The word boundary the caret means: inside a word, that word's start; at a word's start, between words or
     * right after a word, the start of the next word; the text length when no word follows.
     */
    public static int wordStartAt(String text, int caret) {
        int c = Math.max(0, Math.min(caret, text.length()));
        boolean insideWord = c > 0 && c < text.length()
                && !Character.isWhitespace(text.charAt(c - 1)) && !Character.isWhitespace(text.charAt(c));
        if (insideWord) {
            while (c > 0 && !Character.isWhitespace(text.charAt(c - 1))) {
                c--;
            }
            return c;
        }
        while (c < text.length() && Character.isWhitespace(text.charAt(c))) {
            c++;
        }
        return c;
    }

    /** The end of the text before {@code index} without trailing whitespace. */
    public static int trimEnd(String text, int index) {
        int e = index;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Index of the word containing {@code column}, counted from 0. */
    public static int wordIndexAt(String text, int column) {
        int start = wordStartAt(text, column);
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < start && i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !inWord) {
                count++;
            }
            inWord = !ws;
        }
        return count;
    }

    /**
     * The word the caret is in or just after, as {@code [start, end)}; the next word when the caret is before
     * one; {@code null} for a blank text.
     */
    public static int[] wordAround(String text, int caret) {
        int c = Math.max(0, Math.min(caret, text.length()));
        if (c > 0 && !Character.isWhitespace(text.charAt(c - 1))) {
            c--; // in the word or right after it
        } else {
            while (c < text.length() && Character.isWhitespace(text.charAt(c))) {
                c++;
            }
            if (c >= text.length()) {
                return null;
            }
        }
        int start = c;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = c;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return new int[] {start, end};
    }
}
