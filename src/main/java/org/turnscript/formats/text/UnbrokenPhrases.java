package org.turnscript.formats.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.turnscript.model.Word;

/**
 * Phrases the provisional cutter must not cut inside: the wrong sides of the glossary in effect, as the captions
 * have them ("chill I think calls for"), so the glossary rule finds each one whole in one segment. They are
 * matched as the glossary rule matches them: whole words, ignoring case and the punctuation around them, passing
 * by a hesitation the phrase does not name ("Tim uh Wong" holds "Tim Wong").
 */
final class UnbrokenPhrases {

    static final UnbrokenPhrases NONE = new UnbrokenPhrases(List.of());

    /** Each phrase as its word keys, by the key of its first word. */
    private final Map<String, List<List<String>>> byFirstKey = new HashMap<>();

    UnbrokenPhrases(List<String> phrases) {
        for (String phrase : phrases) {
            List<String> keys = new ArrayList<>();
            for (String word : phrase.strip().split("\\s+")) {
                String key = ProvisionalSegmenter.normalise(word);
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
            if (keys.size() > 1) { // a one-word phrase has no inside to cut
                byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(keys);
            }
        }
    }

    boolean isEmpty() {
        return byFirstKey.isEmpty();
    }

    /**
     * For each position {@code i} of {@code words} (0..size), whether a cut before word {@code i} would fall inside
     * a phrase: between its first and its last word.
     */
    boolean[] insideCuts(List<Word> words) {
        boolean[] inside = new boolean[words.size() + 1];
        if (byFirstKey.isEmpty()) {
            return inside;
        }
        for (int p = 0; p < words.size(); p++) {
            List<List<String>> candidates = byFirstKey.get(ProvisionalSegmenter.normalise(words.get(p).text()));
            if (candidates == null) {
                continue;
            }
            for (List<String> keys : candidates) {
                int end = matchEnd(words, p, keys);
                for (int cut = p + 1; cut < end; cut++) {
                    inside[cut] = true;
                }
            }
        }
        return inside;
    }

    /** The index after the last word of {@code keys} matched from {@code from}, or {@code from} when they do not. */
    private static int matchEnd(List<Word> words, int from, List<String> keys) {
        int i = from;
        for (String key : keys) {
            while (i < words.size() && !ProvisionalSegmenter.normalise(words.get(i).text()).equals(key)
                    && ProvisionalSegmenter.isHesitation(words.get(i).text())) {
                i++;
            }
            if (i >= words.size() || !ProvisionalSegmenter.normalise(words.get(i).text()).equals(key)) {
                return from;
            }
            i++;
        }
        return i;
    }
}
