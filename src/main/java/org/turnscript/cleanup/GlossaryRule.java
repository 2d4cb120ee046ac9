package org.turnscript.cleanup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * Applies a {@link Glossary}: every whole-word occurrence of a wrong phrase, ignoring case and the punctuation
 * around words and looking past dropped words, becomes the right phrase. In each segment the phrases are found
 * left to right without overlapping, the longest wrong phrase first where several start at the same word.
 *
 * <p>A wrong phrase of N words becomes a right phrase of M words like this: the first min(N, M) words take the new
 * texts and keep their times; extra old words are flagged {@link WordFlag#DROPPED}; extra new words are inserted
 * after the last old word and share its time slot in equal parts ({@link TimeSource#INTERPOLATED}). Punctuation
 * before the first and after the last old word stays around the new phrase ("Wong," → "Hwang,"). Inserted words
 * have an empty {@link Word#original()}, which is how {@link Restore} recognises and removes them.
 *
 * <p>A phrase that already reads right, punctuation aside, is left alone ("Chris Hay" for the entry "Chris hay →
 * Chris Hay"), so applying twice changes nothing the second time. The one exception is a glossary whose output,
 * with the words before it, spells a wrong phrase again: "a b → a" on "a b b", or "b c → c" on "b b c". Glossaries
 * of names and terms do not do that.
 */
public final class GlossaryRule implements CleanupRule {

    public static final String ID = "glossary";

    private final Glossary glossary;

    public GlossaryRule(Glossary glossary) {
        this.glossary = Objects.requireNonNull(glossary, "glossary");
    }

    public Glossary glossary() {
        return glossary;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Apply glossary";
    }

    @Override
    public String description() {
        return "Replaces misheard phrases with their right spelling, from the project glossary ("
                + glossary.size() + (glossary.size() == 1 ? " entry)." : " entries).");
    }

    @Override
    public String example() {
        return "with the entry \"Tim Wong → Tim Hwang\": host Tim Wong uh → host Tim Hwang uh";
    }

    @Override
    public CleanupResult apply(Transcript transcript) {
        Edits edits = new Edits(transcript, ID);
        if (glossary.isEmpty()) {
            return edits.result();
        }
        for (int s = 0; s < transcript.segments().size(); s++) {
            Segment segment = transcript.segment(s);
            if (segment.kind() != SegmentKind.SPEECH) {
                continue;
            }
            List<Match> matches = matches(segment.words());
            if (!matches.isEmpty()) {
                rewrite(edits, s, segment.words(), matches);
            }
        }
        return edits.result();
    }

    /** How many replacements each entry would make, in glossary order, without changing anything. */
    public Map<Glossary.Entry, Integer> preview(Transcript transcript) {
        Map<Glossary.Entry, Integer> counts = new LinkedHashMap<>();
        glossary.entries().forEach(e -> counts.put(e, 0));
        for (Segment segment : transcript.segments()) {
            if (segment.kind() == SegmentKind.SPEECH) {
                matches(segment.words()).forEach(m -> counts.merge(m.entry(), 1, Integer::sum));
            }
        }
        return counts;
    }

    /**
     * One replacement to make.
     *
     * @param entry    the glossary entry
     * @param oldWords indexes (in the segment) of the N matched words
     * @param newTexts the M texts, punctuation included
     */
    private record Match(Glossary.Entry entry, List<Integer> oldWords, List<String> newTexts) {
    }

    private List<Match> matches(List<Word> words) {
        List<Integer> positions = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (SpokenWords.isSpoken(w)) {
                positions.add(i);
                keys.add(WordText.key(w.text()));
            }
        }
        List<Match> matches = new ArrayList<>();
        int p = 0;
        while (p < keys.size()) {
            Glossary.Entry entry = glossary.longestMatch(keys, p);
            if (entry == null) {
                p++;
                continue;
            }
            List<Integer> old = positions.subList(p, p + entry.wrongKeys().size());
            List<String> newTexts = newTexts(entry, words, old);
            if (newTexts.size() >= old.size() && alreadyRight(words, positions, p, entry.rightWords())) {
                // The text already reads right ("Chris Hay" for "chris hay"), or this is an earlier run's output.
                p += Math.max(old.size(), newTexts.size());
                continue;
            }
            matches.add(new Match(entry, List.copyOf(old), newTexts));
            p += old.size();
        }
        return matches;
    }

    private static List<String> newTexts(Glossary.Entry entry, List<Word> words, List<Integer> old) {
        List<String> texts = new ArrayList<>(entry.rightWords());
        String leading = WordText.leading(words.get(old.get(0)).text());
        String trailing = WordText.trailing(words.get(old.get(old.size() - 1)).text());
        texts.set(0, leading + texts.get(0));
        texts.set(texts.size() - 1, texts.get(texts.size() - 1) + trailing);
        return texts;
    }

    /**
     * Whether the kept words from {@code from} on already spell the right phrase, punctuation aside (a comma the
     * replacement moved onto an inserted word must not make the phrase look wrong again). Asked only when the
     * phrase does not shrink: a shrinking replacement always drops a word, so it is never a no-op.
     */
    private static boolean alreadyRight(List<Word> words, List<Integer> positions, int from, List<String> right) {
        if (from + right.size() > positions.size()) {
            return false;
        }
        for (int j = 0; j < right.size(); j++) {
            String current = WordText.core(words.get(positions.get(from + j)).text());
            if (!current.equals(WordText.core(right.get(j)))) {
                return false;
            }
        }
        return true;
    }

    private static void rewrite(Edits edits, int segment, List<Word> words, List<Match> matches) {
        Map<Integer, String> newText = new HashMap<>();
        Map<Integer, Match> firstWordOf = new HashMap<>();
        Map<Integer, Match> insertAfter = new HashMap<>();
        Set<Integer> dropped = new HashSet<>();
        for (Match m : matches) {
            int n = m.oldWords().size();
            int k = m.newTexts().size();
            firstWordOf.put(m.oldWords().get(0), m);
            for (int j = 0; j < n; j++) {
                if (j < k) {
                    newText.put(m.oldWords().get(j), m.newTexts().get(j));
                } else {
                    dropped.add(m.oldWords().get(j));
                }
            }
            if (k > n) {
                insertAfter.put(m.oldWords().get(n - 1), m);
            }
        }
        List<Word> out = new ArrayList<>(words.size() + 4);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            Match first = firstWordOf.get(i);
            if (first != null) {
                edits.record(segment, out.size(), String.join(" ", first.oldWords().stream()
                        .map(o -> words.get(o).text()).toList()), String.join(" ", first.newTexts()));
            }
            if (newText.containsKey(i)) {
                w = w.withText(newText.get(i));
            }
            if (dropped.contains(i)) {
                w = w.withFlag(WordFlag.DROPPED, true);
            }
            Match grows = insertAfter.get(i);
            if (grows == null) {
                out.add(w);
            } else {
                List<String> extra = grows.newTexts().subList(grows.oldWords().size(), grows.newTexts().size());
                out.addAll(share(w, extra));
            }
        }
        edits.replaceWords(segment, out);
    }

    /** The word followed by the extra words, all in the word's time slot, split into equal parts. */
    private static List<Word> share(Word word, List<String> extraTexts) {
        List<Word> result = new ArrayList<>(extraTexts.size() + 1);
        if (!word.isTimed()) {
            result.add(word);
            extraTexts.forEach(t -> result.add(inserted(t, Word.UNKNOWN_TIME, Word.UNKNOWN_TIME,
                    TimeSource.UNKNOWN)));
            return result;
        }
        int parts = extraTexts.size() + 1;
        long start = word.start();
        long span = word.end() - start;
        result.add(word.withTime(start, start + span / parts, word.source()));
        for (int j = 1; j < parts; j++) {
            result.add(inserted(extraTexts.get(j - 1), start + span * j / parts, start + span * (j + 1) / parts,
                    TimeSource.INTERPOLATED));
        }
        return result;
    }

    private static Word inserted(String text, long start, long end, TimeSource source) {
        return new Word(text, Restore.INSERTED_ORIGINAL, start, end, source, 0);
    }
}
