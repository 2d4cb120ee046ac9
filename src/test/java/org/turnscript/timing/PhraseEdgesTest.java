package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseEdgesTest {

    @Test
    void fillersAnswersAndConjunctionsOpenPhrasesWhateverTheirCaseAndPunctuation() {
        assertThat(PhraseEdges.opensPhrase("um")).isEqualTo(1);
        assertThat(PhraseEdges.opensPhrase("Yeah,")).isEqualTo(1);
        assertThat(PhraseEdges.opensPhrase("SO")).isEqualTo(1);
        assertThat(PhraseEdges.opensPhrase("I")).isEqualTo(1);
    }

    @Test
    void wordsThatLeanBackOrCarryContentDoNot() {
        assertThat(PhraseEdges.opensPhrase("it")).isZero();
        assertThat(PhraseEdges.opensPhrase("podcast")).isZero();
        assertThat(PhraseEdges.opensPhrase("i'm")).isZero();
        assertThat(PhraseEdges.opensPhrase("")).isZero();
    }
}
