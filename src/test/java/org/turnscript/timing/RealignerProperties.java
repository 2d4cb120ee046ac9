package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Word;

class RealignerProperties {

    enum Kind { INSERT, DELETE, REPLACE }

    record Edit(Kind kind, int position, int length) {
    }

    record Case(List<Word> before, List<String> after) {
    }

    /** Timed words with distinct texts ("w0", "w1", ...) and gaps, then random edits with fresh texts. */
    @Provide
    Arbitrary<Case> editedSegments() {
        Arbitrary<List<Word>> before = Arbitraries.integers().between(0, 2000).list().ofMinSize(1).ofMaxSize(40)
                .map(RealignerProperties::timedWords);
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(1, 4)).as(Edit::new);
        return Combinators.combine(before, edit.list().ofMaxSize(6)).as((words, edits) ->
                new Case(words, applyEdits(words.stream().map(Word::text).toList(), edits)))
                .filter(c -> !c.after().isEmpty());
    }

    /** The same with a small vocabulary, so words repeat and the diff has choices to make. */
    @Provide
    Arbitrary<Case> editedSegmentsWithRepeatedWords() {
        Arbitrary<List<Word>> before = Arbitraries.of("the", "a", "so", "and", "yes").list().ofMinSize(1).ofMaxSize(30)
                .map(texts -> {
                    List<Word> words = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        words.add(Word.timed(texts.get(i), i * 500L, i * 500L + 400, TimeSource.MEASURED));
                    }
                    return words;
                });
        Arbitrary<List<String>> after = Arbitraries.of("the", "a", "so", "and", "yes", "new").list().ofMinSize(1)
                .ofMaxSize(30);
        return Combinators.combine(before, after).as(Case::new);
    }

    @Property
    void unchangedWordsKeepTheirExactTimesAndEveryWordIsTimedInOrder(@ForAll("editedSegments") Case c) {
        List<Word> result = Realigner.realign(c.before(), c.after());

        assertThat(result).extracting(Word::text).containsExactlyElementsOf(c.after());
        Map<String, Word> survivors = new HashMap<>();
        c.before().forEach(w -> survivors.put(w.text(), w));
        for (Word w : result) {
            if (survivors.containsKey(w.text())) {
                assertThat(w).isEqualTo(survivors.get(w.text()));
            }
        }
        assertTimedInOrder(result, c.before());
    }

    @Property
    void repeatedWordsStillGiveTimedWordsInOrder(@ForAll("editedSegmentsWithRepeatedWords") Case c) {
        assertTimedInOrder(Realigner.realign(c.before(), c.after()), c.before());
    }

    private static void assertTimedInOrder(List<Word> result, List<Word> before) {
        long spanStart = before.get(0).start();
        long spanEnd = before.get(before.size() - 1).end();
        for (int i = 0; i < result.size(); i++) {
            Word w = result.get(i);
            assertThat(w.isTimed()).isTrue();
            assertThat(w.start()).isBetween(spanStart, spanEnd);
            assertThat(w.end()).isBetween(w.start(), spanEnd);
            if (i > 0) {
                assertThat(w.start()).isGreaterThanOrEqualTo(result.get(i - 1).start());
                assertThat(w.start()).isGreaterThanOrEqualTo(result.get(i - 1).end());
            }
        }
    }

    private static List<Word> timedWords(List<Integer> gaps) {
        List<Word> words = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < gaps.size(); i++) {
            long length = 100 + gaps.get(i) % 700;
            words.add(Word.timed("w" + i, t, t + length, TimeSource.MEASURED));
            t += length + gaps.get(i);
        }
        return words;
    }

    private static List<String> applyEdits(List<String> texts, List<Edit> edits) {
        List<String> out = new ArrayList<>(texts);
        int fresh = 0;
        for (Edit e : edits) {
            int at = out.isEmpty() ? 0 : e.position() % (out.size() + 1);
            switch (e.kind()) {
                case INSERT -> {
                    for (int k = 0; k < e.length(); k++) {
                        out.add(at, "new" + fresh++);
                    }
                }
                case DELETE -> {
                    for (int k = 0; k < e.length() && at < out.size(); k++) {
                        out.remove(at);
                    }
                }
                case REPLACE -> {
                    for (int k = 0; k < e.length() && at + k < out.size(); k++) {
                        out.set(at + k, "changed" + fresh++);
                    }
                }
                default -> throw new IllegalStateException(e.kind().toString());
            }
        }
        return out;
    }
}
