package org.turnscript.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.turnscript.ui.find.TextSearch.Match;
import org.turnscript.ui.find.TextSearch.Options;

class TextSearchTest {

    private static final Options ANY_CASE = new Options(false, false);
    private static final Options EXACT_CASE = new Options(true, false);
    private static final Options WHOLE_WORD = new Options(false, true);

    @Test
    void findsEveryOccurrenceIgnoringCaseByDefault() {
        assertThat(TextSearch.findAll("Kate said kate and KATE", "kate", ANY_CASE))
                .containsExactly(new Match(0, 4), new Match(10, 14), new Match(19, 23));
    }

    @Test
    void caseSensitiveSearchSkipsOtherCases() {
        assertThat(TextSearch.findAll("Kate said kate", "kate", EXACT_CASE)).containsExactly(new Match(10, 14));
    }

    @Test
    void wholeWordSkipsMatchesInsideWords() {
        assertThat(TextSearch.findAll("um album umbrella um.", "um", WHOLE_WORD))
                .containsExactly(new Match(0, 2), new Match(18, 20));
    }

    @Test
    void wholeWordTreatsApostropheAsPartOfAWord() {
        assertThat(TextSearch.findAll("don't don", "don", WHOLE_WORD)).containsExactly(new Match(6, 9));
    }

    @Test
    void matchesDoNotOverlap() {
        assertThat(TextSearch.findAll("aaaa", "aa", ANY_CASE)).containsExactly(new Match(0, 2), new Match(2, 4));
    }

    @Test
    void emptyQueryFindsNothing() {
        assertThat(TextSearch.findAll("anything", "", ANY_CASE)).isEmpty();
    }

    @Test
    void firstAtOrAfterWrapsAroundToTheFirstMatch() {
        List<Match> matches = List.of(new Match(2, 4), new Match(10, 12));

        assertThat(TextSearch.firstAtOrAfter(matches, 0)).isZero();
        assertThat(TextSearch.firstAtOrAfter(matches, 3)).isEqualTo(1);
        assertThat(TextSearch.firstAtOrAfter(matches, 11)).isZero();
        assertThat(TextSearch.firstAtOrAfter(List.of(), 0)).isEqualTo(-1);
    }

    @Property
    void everyMatchSpellsTheQuery(@ForAll @StringLength(max = 60) String text,
                                  @ForAll @AlphaChars @StringLength(min = 1, max = 3) String query) {
        for (Match m : TextSearch.findAll(text, query, ANY_CASE)) {
            assertThat(text.substring(m.start(), m.end())).isEqualToIgnoringCase(query);
        }
    }

    @Property
    void caseSensitiveCountEqualsNonOverlappingIndexOfCount(@ForAll @AlphaChars @StringLength(max = 60) String text,
                                                            @ForAll @AlphaChars @StringLength(min = 1, max = 2)
                                                            String query) {
        int count = 0;
        for (int i = text.indexOf(query); i >= 0; i = text.indexOf(query, i + query.length())) {
            count++;
        }
        assertThat(TextSearch.findAll(text, query, EXACT_CASE)).hasSize(count);
    }
}
