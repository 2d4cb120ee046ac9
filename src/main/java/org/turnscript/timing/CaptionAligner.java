package org.turnscript.timing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds which word of one text is which word of another: a global alignment of two word sequences by their
 * comparison keys ({@link Realigner#key}), computed with java-diff-utils (Myers) in overlapping windows.
 *
 * <p>Why windows: Myers costs O((n + m) d) for d differences, which is nothing for an hour of lightly edited text
 * but grows with the square of the length when the texts part ways (a caption file that lacks ten minutes, another
 * episode by mistake). Each window diffs about {@value #WINDOW} words of the document against the stretch of the
 * timed words where they should be, keeps the matches of the window's first half (the second half is diffed again
 * with the next window, which sees further), and moves on from the last kept match. A window that finds nothing
 * looks four times as far in the timed words once, then gives up half a window of the document as unmatched.
 *
 * <p>Why runs: a diff matches every common word it can, so between two unrelated stretches it pairs off words
 * like "the" and "and". Only matches in runs of at least {@value #TRUSTED_RUN} consecutive words are trusted on
 * their own; a shorter run is kept when it sits in a small edit between two trusted runs (a replaced word
 * between two matched phrases), where it cannot be a chance match far from home.
 */
final class CaptionAligner {

    static final int WINDOW = 2000;
    static final int TRUSTED_RUN = 3;
    /** Words of either text a short run may have on either side of it before the next trusted run. */
    static final int SMALL_EDIT = 4;
    private static final int SLACK = 300;

    private CaptionAligner() {
    }

    /**
     * For each document key, the index of the timed key it is matched with, or -1. Matches strictly increase on
     * both sides. {@code null} keys (sound tags, words that cannot be compared) never match.
     */
    static int[] align(String[] doc, String[] timed) {
        int n = doc.length;
        int m = timed.length;
        int[] match = new int[n];
        java.util.Arrays.fill(match, -1);
        if (n == 0 || m == 0) {
            return match;
        }
        double ratio = (double) m / n;
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            int iEnd = Math.min(n, i + WINDOW);
            boolean lastWindow = iEnd == n;
            List<int[]> pairs = windowPairs(doc, timed, i, iEnd, j, refEnd(i, iEnd, j, m, ratio, 1));
            if (pairs.isEmpty()) {
                pairs = windowPairs(doc, timed, i, iEnd, j, refEnd(i, iEnd, j, m, ratio, 4));
            }
            int accepted = 0;
            int[] last = null;
            for (int[] p : pairs) {
                if (lastWindow || p[0] < i + WINDOW / 2) {
                    match[p[0]] = p[1];
                    last = p;
                    accepted++;
                }
            }
            if (accepted == 0) {
                if (lastWindow) {
                    break;
                }
                i += WINDOW / 2; // nothing here is in the timed file; j stays where the timed words were
            } else {
                i = last[0] + 1;
                j = last[1] + 1;
            }
        }
        return match;
    }

    private static int refEnd(int i, int iEnd, int j, int m, double ratio, int widen) {
        long span = Math.round((iEnd - i) * ratio * 1.25 * widen) + SLACK * (long) widen;
        return (int) Math.min(m, j + span);
    }

    /** The trusted matches of doc[i, iEnd) against timed[j, jEnd), as global index pairs in order. */
    private static List<int[]> windowPairs(String[] doc, String[] timed, int i, int iEnd, int j, int jEnd) {
        List<String> a = keys(doc, i, iEnd, "\u0000d");
        List<String> b = keys(timed, j, jEnd, "\u0000t");
        List<int[]> equal = new ArrayList<>();
        int ai = 0;
        int bi = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int aAt = delta.getSource().getPosition();
            int bAt = delta.getTarget().getPosition();
            while (ai < aAt) {
                equal.add(new int[] {i + ai++, j + bi++});
            }
            ai = aAt + delta.getSource().size();
            bi = bAt + delta.getTarget().size();
        }
        while (ai < a.size() && bi < b.size()) {
            equal.add(new int[] {i + ai++, j + bi++});
        }
        return trusted(equal);
    }

    /** Keys of a range; a null key becomes one that matches nothing (a diff compares with equals). */
    private static List<String> keys(String[] all, int from, int to, String unmatchable) {
        List<String> out = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            out.add(all[k] != null ? all[k] : unmatchable + k);
        }
        return out;
    }

    /** The pairs in trusted runs, and the short runs inside small edits between them. */
    static List<int[]> trusted(List<int[]> pairs) {
        List<int[][]> runs = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= pairs.size(); k++) {
            if (k == pairs.size() || pairs.get(k)[0] != pairs.get(k - 1)[0] + 1
                    || pairs.get(k)[1] != pairs.get(k - 1)[1] + 1) {
                runs.add(new int[][] {pairs.get(start), pairs.get(k - 1)});
                start = k;
            }
        }
        boolean[] keep = new boolean[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            keep[r] = length(runs.get(r)) >= TRUSTED_RUN;
        }
        for (int r = 0; r < runs.size(); r++) {
            if (!keep[r]) {
                int before = r - 1;
                while (before >= 0 && !keep[before]) {
                    before--;
                }
                int after = r + 1;
                while (after < runs.size() && length(runs.get(after)) < TRUSTED_RUN) {
                    after++;
                }
                keep[r] = before >= 0 && after < runs.size() && near(runs.get(before), runs.get(r))
                        && near(runs.get(r), runs.get(after));
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            if (keep[r]) {
                int[] first = runs.get(r)[0];
                for (int k = 0; k < length(runs.get(r)); k++) {
                    out.add(new int[] {first[0] + k, first[1] + k});
                }
            }
        }
        return out;
    }

    private static int length(int[][] run) {
        return run[1][0] - run[0][0] + 1;
    }

    /** Whether two runs, in this order, are separated by a small edit in both texts. */
    private static boolean near(int[][] earlier, int[][] later) {
        return later[0][0] - earlier[1][0] - 1 <= SMALL_EDIT && later[0][1] - earlier[1][1] - 1 <= SMALL_EDIT;
    }
}
