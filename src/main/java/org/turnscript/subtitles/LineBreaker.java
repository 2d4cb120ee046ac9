package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the text of one cue into lines: as few lines as the width allows, balanced so the longer line is as
 * short as possible, breaking after punctuation when that costs little and never after an article.
 * A token longer than a line gets a line of its own; that is the one way a line can exceed the width.
 */
public final class LineBreaker {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** A break after a full stop may leave a line this many characters longer than the balanced break. */
    private static final int SENTENCE_BONUS = 8;
    private static final int CLAUSE_BONUS = 4;

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
        int needed = greedyLineCount(tokens, maxChars);
        if (needed > maxLines) {
            return greedyLines(tokens, maxChars);
        }
        return balanced(tokens, maxChars, needed);
    }

    /** Whether the tokens can be set in at most {@code maxLines} lines of {@code maxChars}. */
    public static boolean fits(List<String> tokens, int maxChars, int maxLines) {
        return greedyLineCount(tokens, maxChars) <= maxLines;
    }

    // Greedy filling gives the fewest lines; balancing then only moves breaks within that count.
    private static int greedyLineCount(List<String> tokens, int maxChars) {
        return greedyLines(tokens, maxChars).size();
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
     * Minimises the largest "effective" line length over all ways to set the tokens in exactly {@code lineCount}
     * feasible lines, where a line ending in punctuation counts a little shorter and one ending in an article
     * counts longer than any line could be.
     */
    private static List<String> balanced(List<String> tokens, int maxChars, int lineCount) {
        int n = tokens.size();
        int[] prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + tokens.get(i).length();
        }
        long inf = Long.MAX_VALUE / 4;
        long[][] best = new long[lineCount + 1][n + 1];
        int[][] cut = new int[lineCount + 1][n + 1];
        for (long[] row : best) {
            Arrays.fill(row, inf);
        }
        for (int i = 0; i < n; i++) {
            if (feasible(prefix, i, n, maxChars)) {
                best[1][i] = width(prefix, i, n);
            }
        }
        for (int k = 2; k <= lineCount; k++) {
            for (int i = 0; i < n; i++) {
                for (int e = i + 1; e <= n - (k - 1); e++) {
                    if (!feasible(prefix, i, e, maxChars) || best[k - 1][e] >= inf) {
                        continue;
                    }
                    long effective = width(prefix, i, e) + penalty(tokens.get(e - 1), maxChars);
                    long cost = Math.max(effective, best[k - 1][e]);
                    if (cost < best[k][i]) {
                        best[k][i] = cost;
                        cut[k][i] = e;
                    }
                }
            }
        }
        if (best[lineCount][0] >= inf) {
            return greedyLines(tokens, maxChars);
        }
        List<String> lines = new ArrayList<>(lineCount);
        int from = 0;
        for (int k = lineCount; k >= 2; k--) {
            int e = cut[k][from];
            lines.add(String.join(" ", tokens.subList(from, e)));
            from = e;
        }
        lines.add(String.join(" ", tokens.subList(from, n)));
        return lines;
    }

    private static boolean feasible(int[] prefix, int from, int to, int maxChars) {
        return to - from == 1 || width(prefix, from, to) <= maxChars;
    }

    private static int width(int[] prefix, int from, int to) {
        return prefix[to] - prefix[from] + (to - from - 1);
    }

    private static int penalty(String lastTokenOfLine, int maxChars) {
        String word = lastTokenOfLine.substring(lastTokenOfLine.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (ARTICLES.contains(word)) {
            return maxChars + 1;
        }
        char last = word.charAt(word.length() - 1);
        if (last == '.' || last == '?' || last == '!' || last == '…') {
            return -SENTENCE_BONUS;
        }
        if (last == ',' || last == ';' || last == ':') {
            return -CLAUSE_BONUS;
        }
        return 0;
    }
}
