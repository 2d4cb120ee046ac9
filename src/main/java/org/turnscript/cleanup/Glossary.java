package org.turnscript.cleanup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A project's list of corrections, wrong phrase → right phrase ("Tim Wong" → "Tim Hwang"), in the order written.
 * Wrong phrases are matched as whole words, ignoring case and the punctuation around words; no two entries have
 * the same wrong phrase.
 */
public final class Glossary {

    public static final Glossary EMPTY = new Glossary(List.of());

    /**
     * One correction. Runs of spaces in either phrase count as one.
     *
     * @param wrong the phrase as misheard, one or more words
     * @param right its correct spelling, one or more words, written exactly as it should appear
     */
    public record Entry(String wrong, String right) {

        public Entry {
            wrong = normaliseSpaces(Objects.requireNonNull(wrong, "wrong"));
            right = normaliseSpaces(Objects.requireNonNull(right, "right"));
            if (wrong.isEmpty()) {
                throw new IllegalArgumentException("the wrong phrase is empty");
            }
            if (right.isEmpty()) {
                throw new IllegalArgumentException("the right phrase for '" + wrong + "' is empty");
            }
            for (String word : wrong.split(" ")) {
                if (WordText.key(word).isEmpty()) {
                    throw new IllegalArgumentException("'" + word + "' in '" + wrong
                            + "' is punctuation only and can never match a word");
                }
            }
        }

        public List<String> wrongWords() {
            return List.of(wrong.split(" "));
        }

        public List<String> rightWords() {
            return List.of(right.split(" "));
        }

        /** The wrong phrase as the rule compares it: one lower-case key per word. */
        List<String> wrongKeys() {
            return wrongWords().stream().map(WordText::key).toList();
        }

        private static String normaliseSpaces(String phrase) {
            return phrase.strip().replaceAll("\\s+", " ");
        }
    }

    private final List<Entry> entries;
    /** Entries by the key of their first wrong word, longest phrase first. */
    private final Map<String, List<Entry>> byFirstKey = new HashMap<>();

    public Glossary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<List<String>, Entry> seen = new HashMap<>();
        for (Entry e : this.entries) {
            Entry earlier = seen.putIfAbsent(e.wrongKeys(), e);
            if (earlier != null) {
                throw new IllegalArgumentException("'" + e.wrong() + "' is in the glossary twice");
            }
            byFirstKey.computeIfAbsent(e.wrongKeys().get(0), k -> new ArrayList<>()).add(e);
        }
        byFirstKey.values().forEach(list -> list.sort(
                Comparator.comparingInt((Entry e) -> e.wrongKeys().size()).reversed()));
    }

    /** A glossary of pairs: {@code of("Tim Wong", "Tim Hwang", "geni", "gen AI")}. */
    public static Glossary of(String... wrongRightPairs) {
        if (wrongRightPairs.length % 2 != 0) {
            throw new IllegalArgumentException("wrong and right phrases come in pairs: " + Arrays.toString(
                    wrongRightPairs));
        }
        List<Entry> list = new ArrayList<>();
        for (int i = 0; i < wrongRightPairs.length; i += 2) {
            list.add(new Entry(wrongRightPairs[i], wrongRightPairs[i + 1]));
        }
        return new Glossary(list);
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /**
     * Words the glossary spells with a small first letter ("iPhone", "watsonx", the "gen" of "gen AI"): the
     * glossary is the project's word on spelling, so casing leaves them as they are even at a sentence start.
     */
    public Set<String> lowerCaseTerms() {
        Set<String> terms = new LinkedHashSet<>();
        for (Entry e : entries) {
            for (String word : e.rightWords()) {
                String core = WordText.core(word);
                if (!core.isEmpty() && Character.isLowerCase(core.codePointAt(0))) {
                    terms.add(core);
                }
            }
        }
        return terms;
    }

    /** The entries whose wrong phrase starts with {@code firstKey}, longest first; none when there are none. */
    List<Entry> startingWith(String firstKey) {
        return byFirstKey.getOrDefault(firstKey, List.of());
    }

    /** The entry with the longest wrong phrase that matches {@code keys} from {@code from} on, or null. */
    Entry longestMatch(List<String> keys, int from) {
        List<Entry> candidates = byFirstKey.get(keys.get(from));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            List<String> wrong = e.wrongKeys();
            if (from + wrong.size() <= keys.size() && keys.subList(from, from + wrong.size()).equals(wrong)) {
                return e;
            }
        }
        return null;
    }
}
