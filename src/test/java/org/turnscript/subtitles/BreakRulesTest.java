package org.turnscript.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreakRulesTest {

    @Test
    void anEmptyWordEndsNeitherASentenceNorAClause() {
        // a project file may hold a word whose text is ""
        assertThat(BreakRules.endsSentence("")).isFalse();
        assertThat(BreakRules.endsClause("")).isFalse();
        assertThat(BreakRules.cost("", "and", 99)).isEqualTo(-BreakRules.PHRASE_BONUS);
    }

    @Test
    void bareStripsPunctuationAroundAWordOnly() {
        assertThat(BreakRules.bare("\"And,")).isEqualTo("and");
        assertThat(BreakRules.bare("(don't)")).isEqualTo("don't");
        assertThat(BreakRules.bare("&&&")).isEmpty();
        assertThat(BreakRules.bare("C++")).isEqualTo("c++");
    }

    @Test
    void bareKeepsTheCoreOfAWordOfThousandsOfAmpersands() {
        // the input that made the end-anchored pattern retry from every position
        String word = "x" + "&".repeat(50_000) + "y";
        assertThat(BreakRules.bare("(" + word + ")")).isEqualTo(word);
    }
}
