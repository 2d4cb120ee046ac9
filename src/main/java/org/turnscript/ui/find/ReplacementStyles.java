package org.turnscript.ui.find;

import java.util.ArrayList;
import java.util.List;

/**
 * Which original characters lend their style (and so their word's time) to each part of a replacement. When the
 * replacement has as many words as the match ("Tim Wong" → "Tim Hwang"), word i takes the style of matched word i,
 * so every word keeps its own time; otherwise the whole replacement takes the style of the match's first word.
 */
public final class ReplacementStyles {

    /**
     * Characters {@code [start, end)} of the replacement take the style of match character {@code sourceOffset}.
     */
    public record Span(int start, int end, int sourceOffset) {
    }

    private ReplacementStyles() {
    }

    public static List<Span> of(String matched, String replacement) {
        List<Span> spans = new ArrayList<>();
        if (replacement.isEmpty()) {
            return spans;
        }
        List<Integer> matchedWords = wordStarts(matched);
        List<Integer> replacementWords = wordStarts(replacement);
        if (matchedWords.size() != replacementWords.size() || matchedWords.size() <= 1) {
            // The first word's style, not a leading space's: that space carries the previous word's time.
            spans.add(new Span(0, replacement.length(), matchedWords.isEmpty() ? 0 : matchedWords.get(0)));
            return spans;
        }
        for (int w = 0; w < replacementWords.size(); w++) {
            // Leading whitespace before the first word goes with the first word.
            int start = w == 0 ? 0 : replacementWords.get(w);
            int end = w + 1 < replacementWords.size() ? replacementWords.get(w + 1) : replacement.length();
            spans.add(new Span(start, end, matchedWords.get(w)));
        }
        return spans;
    }

    private static List<Integer> wordStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                starts.add(i);
            }
        }
        return starts;
    }
}
