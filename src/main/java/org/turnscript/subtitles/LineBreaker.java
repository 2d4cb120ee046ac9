package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the text of one cue into lines: as few lines as the width allows, balanced so the longer line is as
 * short as possible, breaking where {@link BreakRules} says a reader expects it (after punctuation, before a
 * conjunction or preposition, never after an article or inside a name) when that costs little, and bottom-heavy
 * when the lines cannot be even. A token longer than a line gets a line of its own; that is the one way a line
 * can exceed the width.
 */
public final class LineBreaker {

    private LineBreaker() {
    }

    /** Breaks {@code text} at whitespace; returns no lines for blank text. */
    public static List<String> breakLines(String text, int maxChars, int maxLines) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return List.of();
        }
        return breakTokens(Arrays.asList(stripped.split("\\s+")), maxChars, maxLines);
    }

    /**
     * Breaks between tokens only. A token may contain spaces (a speaker label glued to its first word) and is
     * never split. When the tokens need more than {@code maxLines} lines, the lines are filled greedily and the
     * result has more than {@code maxLines} lines; {@link #fits} tells beforehand.
     */
    public static List<String> breakTokens(List<String> tokens, int maxChars, int maxLines) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        String joined = String.join(" ", tokens);
        if (joined.length() <= maxChars || tokens.size() == 1) {
            return List.of(joined);
        }
        int needed = greedyLineCount(tokens, maxChars, maxLines);
        if (needed > maxLines) {
            return greedyLines(tokens, maxChars);
        }
        return balanced(tokens, maxChars, needed);
    }

    /** Whether the tokens can be set in at most {@code maxLines} lines of {@code maxChars}. */
    public static boolean fits(List<String> tokens, int maxChars, int maxLines) {
        return greedyLineCount(tokens, maxChars, maxLines) <= maxLines;
    }

    /**
     * The number of lines greedy filling needs, counted without building them, and no further than one line past
     * {@code limit}: asking whether the rest of a long segment fits in a cue looks at a cue's worth of tokens, not
     * at the whole rest (which made laying out a line of 290,000 tokens quadratic). Greedy filling gives the
     * fewest lines; balancing then only moves breaks within that count.
     */
    private static int greedyLineCount(List<String> tokens, int maxChars, int limit) {
        int lines = 0;
        int width = 0;
        for (String token : tokens) {
            if (width > 0 && width + 1 + token.length() > maxChars) {
                lines++;
                width = 0;
                if (lines > limit) {
                    return lines;
                }
            }
            width += (width > 0 ? 1 : 0) + token.length();
        }
        return width > 0 ? lines + 1 : lines;
    }

    private static List<String> greedyLines(List<String> tokens, int maxChars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens) {
            if (line.length() > 0 && line.length() + 1 + token.length() > maxChars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(token);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Tries every way to set the tokens in exactly {@code lineCount} feasible lines and keeps the one whose longer
     * line is shortest, where a break a reader expects counts a few characters shorter and a forbidden one longer
     * than any line could be; among equals, the one whose last line is longest (bottom-heavy: the eye starts on
     * the short line and the picture stays clearer). Cues hold a few dozen tokens and two or three lines, so
     * trying every break is cheap.
     */
    private static List<String> balanced(List<String> tokens, int maxChars, int lineCount) {
        int n = tokens.size();
        int[] prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + tokens.get(i).length();
        }
        int[] cuts = new int[lineCount - 1];
        int[] bestCuts = new int[lineCount - 1];
        long[] best = {Long.MAX_VALUE};
        search(tokens, prefix, maxChars, 0, 0, cuts, 0, 0, best, bestCuts);
        if (best[0] == Long.MAX_VALUE) {
            return greedyLines(tokens, maxChars);
        }
        List<String> lines = new ArrayList<>(lineCount);
        int from = 0;
        for (int cut : bestCuts) {
            lines.add(String.join(" ", tokens.subList(from, cut)));
            from = cut;
        }
        lines.add(String.join(" ", tokens.subList(from, n)));
        return lines;
    }

    private static void search(List<String> tokens, int[] prefix, int maxChars, int from, int depth, int[] cuts,
                               int widest, int penalties, long[] best, int[] bestCuts) {
        int n = tokens.size();
        if (depth == cuts.length) {
            if (!feasible(prefix, from, n, maxChars)) {
                return;
            }
            int last = width(prefix, from, n);
            // twice the cost, plus one when the last line is not the longest: the shape only breaks ties
            long cost = 2L * (Math.max(widest, last) + penalties) + (last >= widest ? 0 : 1);
            if (cost < best[0]) {
                best[0] = cost;
                System.arraycopy(cuts, 0, bestCuts, 0, cuts.length);
            }
            return;
        }
        int linesAfter = cuts.length - depth;
        for (int cut = from + 1; cut <= n - linesAfter && feasible(prefix, from, cut, maxChars); cut++) {
            cuts[depth] = cut;
            search(tokens, prefix, maxChars, cut, depth + 1, cuts, Math.max(widest, width(prefix, from, cut)),
                    penalties + BreakRules.cost(tokens.get(cut - 1), tokens.get(cut), maxChars + 1), best, bestCuts);
        }
    }

    private static boolean feasible(int[] prefix, int from, int to, int maxChars) {
        return to - from == 1 || width(prefix, from, to) <= maxChars;
    }

    private static int width(int[] prefix, int from, int to) {
        return prefix[to] - prefix[from] + (to - from - 1);
    }
}
