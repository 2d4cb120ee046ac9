package org.turnscript.ui.find;

import java.util.ArrayList;
import java.util.List;

/** Finds every occurrence of a literal query in a text, optionally matching case and only whole words. */
public final class TextSearch {

    /** One occurrence: {@code text.substring(start, end)} matches the query. */
    public record Match(int start, int end) {

        public int length() {
            return end - start;
        }
    }

    /**
     * How to compare.
     *
     * @param caseSensitive "Tim" does not find "tim"
     * @param wholeWord     "um" does not find the "um" in "album"
     */
    public record Options(boolean caseSensitive, boolean wholeWord) {

        public static final Options DEFAULTS = new Options(false, false);
    }

    private TextSearch() {
    }

    /** Non-overlapping matches from left to right; none for an empty query. */
    public static List<Match> findAll(String text, String query, Options options) {
        List<Match> matches = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return matches;
        }
        int n = query.length();
        int i = 0;
        while (i + n <= text.length()) {
            if (text.regionMatches(!options.caseSensitive(), i, query, 0, n)
                    && (!options.wholeWord() || isWholeWord(text, i, i + n))) {
                matches.add(new Match(i, i + n));
                i += n;
            } else {
                i++;
            }
        }
        return matches;
    }

    /** The index of the first match that starts at or after {@code position}, wrapping to 0; -1 when none. */
    public static int firstAtOrAfter(List<Match> matches, int position) {
        if (matches.isEmpty()) {
            return -1;
        }
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == matches.size() ? 0 : lo;
    }

    private static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !isWordChar(text.charAt(start - 1)))
                && (end == text.length() || !isWordChar(text.charAt(end)));
    }

    /** Apostrophes belong to words, so "don" is not found inside "don't". */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '_';
    }
}
