package org.turnscript.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    @Test
    void keepsShortTextOnOneLine() {
        assertThat(LineBreaker.breakLines("Hello there.", 42, 2)).containsExactly("Hello there.");
    }

    @Test
    void balancesTwoLines() {
        List<String> lines = LineBreaker.breakLines(
                "we have been working on this problem for quite a long time now", 42, 2);
        assertThat(lines).containsExactly("we have been working on this", "problem for quite a long time now");
    }

    @Test
    void neverBreaksAfterAnArticle() {
        List<String> lines = LineBreaker.breakLines("I think that we should look at the numbers again", 30, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).doesNotEndWith(" the").doesNotEndWith(" a");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(30));
    }

    @Test
    void prefersBreakAfterPunctuationWhenNearlyBalanced() {
        List<String> lines = LineBreaker.breakLines("It was very late. We went home after that", 30, 2);
        assertThat(lines).containsExactly("It was very late.", "We went home after that");
    }

    @Test
    void putsAnOverlongWordOnItsOwnLine() {
        List<String> lines = LineBreaker.breakLines("see supercalifragilisticexpialidocious now", 20, 3);
        assertThat(lines).containsExactly("see", "supercalifragilisticexpialidocious", "now");
    }

    @Test
    void keepsAGluedLabelWithItsWord() {
        List<String> lines = LineBreaker.breakTokens(
                List.of("Kate Soule: Well,", "this", "is", "something", "we", "talked", "about", "before"), 20, 2);
        assertThat(lines.get(0)).startsWith("Kate Soule: Well,");
    }

    @Test
    void reportsWhenTextNeedsMoreLines() {
        List<String> tokens = List.of("one", "two", "three", "four", "five", "six");
        assertThat(LineBreaker.fits(tokens, 10, 2)).isFalse();
        assertThat(LineBreaker.fits(tokens, 10, 3)).isTrue();
        assertThat(LineBreaker.breakTokens(tokens, 10, 3)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(10));
    }

    @Test
    void returnsNoLinesForBlankText() {
        assertThat(LineBreaker.breakLines("  ", 42, 2)).isEmpty();
    }

    @Test
    void neverBreaksInsideAName() {
        List<String> lines = LineBreaker.breakLines("yesterday I talked to Kate Soule about the new model", 30, 2);
        assertThat(lines).noneSatisfy(l -> assertThat(l).endsWith("Kate"));
    }

    @Test
    void breaksBeforeAConjunctionRatherThanAfterIt() {
        List<String> lines = LineBreaker.breakLines("we measured it twice and the numbers did not move", 30, 2);
        assertThat(lines).containsExactly("we measured it twice", "and the numbers did not move");
    }

    @Test
    void isBottomHeavyWhenTheLinesCannotBeEven() {
        List<String> lines = LineBreaker.breakLines("aaaa bbbb cccc dddd eeee", 15, 2);
        assertThat(lines).containsExactly("aaaa bbbb", "cccc dddd eeee");
    }

    @Test
    void neverStartsALineWithSomethingThatReadsAsANewSpeaker() {
        List<String> lines = LineBreaker.breakLines("temperatures fell to -5 overnight in the hills", 25, 2);
        assertThat(lines.get(1)).doesNotStartWith("-");
    }

    @Test
    void fitsReadsNoMoreTokensThanTheLinesCanHold() {
        // a line of 1,000,000 "&" tokens: whether it fits in two lines is known after a cue's worth of them
        int[] reads = {0};
        List<String> tokens = new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                reads[0]++;
                return "&";
            }

            @Override
            public int size() {
                return 1_000_000;
            }
        };
        assertThat(LineBreaker.fits(tokens, 42, 2)).isFalse();
        assertThat(reads[0]).isLessThanOrEqualTo(2 * 42 + 2);
    }
}
