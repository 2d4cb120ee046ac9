package org.turnscript.chapters;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * TextTiling (Hearst, 1997) on the words: at each gap, how different the vocabulary of the block before is from the
 * block after (cosine of their content-word counts), and how deep that dip is against the peaks on either side.
 * A topic change shows as a deep dip. Alone it is a weak cue on conversation (people change words without changing
 * topic), so it only adds to the other cues.
 */
final class LexicalShift {

    /** Words per block on each side of a gap. */
    static final int BLOCK = 150;
    /** Gaps are measured every this many words. */
    static final int STEP = 25;

    private static final Set<String> STOP = Set.copyOf(java.util.List.of("the", "a", "an", "and", "or", "but", "so", "of", "to", "in", "on",
            "for", "with", "at", "by", "from", "is", "are", "was", "were", "be", "been", "it", "it's", "that", "this",
            "i", "you", "we", "they", "he", "she", "me", "my", "our", "your", "their", "them", "us", "um", "uh", "like",
            "just", "know", "yeah", "think", "really", "have", "has", "had", "do", "does", "did", "not", "no", "yes",
            "what", "there", "here", "about", "can", "would", "could", "all", "some", "if", "as", "i'm", "that's",
            "going", "get", "got", "one", "right", "very", "kind", "sort", "lot", "little", "much", "more", "then",
            "when", "how", "who", "which", "out", "up", "also", "there's", "don't", "we're", "you're", "they're",
            "mean", "gonna", "okay", "well", "actually", "things", "thing", "way", "these", "those", "its"));

    private LexicalShift() {
    }

    /** Depth score (0..1) at each word gap measured (index = the word after the gap); 0 elsewhere. */
    static double[] depths(FlatWords w) {
        int n = w.size();
        double[] depth = new double[n];
        int gaps = n / STEP;
        if (gaps < 3) {
            return depth;
        }
        double[] sim = new double[gaps];
        for (int g = 1; g < gaps; g++) {
            int at = g * STEP;
            sim[g] = cosine(counts(w, Math.max(0, at - BLOCK), at), counts(w, at, Math.min(n, at + BLOCK)));
        }
        for (int g = 1; g < gaps; g++) {
            double left = sim[g];
            for (int k = g - 1; k >= 1 && sim[k] >= left; k--) {
                left = sim[k];
            }
            double right = sim[g];
            for (int k = g + 1; k < gaps && sim[k] >= right; k++) {
                right = sim[k];
            }
            depth[g * STEP] = (left - sim[g]) + (right - sim[g]);
        }
        return depth;
    }

    private static Map<String, Integer> counts(FlatWords w, int from, int to) {
        Map<String, Integer> c = new HashMap<>();
        for (int i = from; i < to; i++) {
            String t = w.text.get(i);
            if (t.length() > 2 && !w.sound.get(i) && !STOP.contains(t)) {
                c.merge(t, 1, Integer::sum);
            }
        }
        return c;
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer o = b.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * (double) o;
            }
        }
        double na = squaredLength(a);
        double nb = squaredLength(b);
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The squared length of a vector of word counts (counts are small; squared in double so they never overflow). */
    private static double squaredLength(Map<String, Integer> counts) {
        double sum = 0;
        for (int count : counts.values()) {
            sum += (double) count * count;
        }
        return sum;
    }
}
