package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.turnscript.cleanup.Texts.body;
import static org.turnscript.cleanup.Texts.speech;
import static org.turnscript.cleanup.Texts.transcript;
import static org.turnscript.cleanup.Texts.turn;

import org.junit.jupiter.api.Test;
import org.turnscript.model.Transcript;

class PunctuatorTest {

    @Test
    void fullStopCapitalisesTheNextWord() {
        assertThat(body(Punctuator.punctuateWordAt(speech("it works so we ship"), 0, 1, '.')))
                .isEqualTo("it works. So we ship");
    }

    @Test
    void questionMarkCapitalisesTheNextWord() {
        assertThat(body(Punctuator.punctuateWordAt(speech("does it work yes"), 0, 2, '?')))
                .isEqualTo("does it work? Yes");
    }

    @Test
    void commaLeavesTheNextWordAlone() {
        assertThat(body(Punctuator.punctuateWordAt(speech("well Kate said"), 0, 0, ',')))
                .isEqualTo("well, Kate said");
    }

    @Test
    void commaTakesBackACapitalThatCleanupAdded() {
        Transcript stopped = Punctuator.punctuateWordAt(speech("it works so we ship"), 0, 1, '.').transcript();
        assertThat(body(Punctuator.punctuateWordAt(stopped, 0, 1, ','))).isEqualTo("it works, so we ship");
    }

    @Test
    void commaKeepsCapitalOfI() {
        Transcript t = new CasingRule().apply(speech("yes. i agree")).transcript();
        assertThat(body(Punctuator.punctuateWordAt(t, 0, 0, ','))).isEqualTo("Yes, I agree");
    }

    @Test
    void newMarkReplacesTheOldOne() {
        assertThat(body(Punctuator.punctuateWordAt(speech("really, yes"), 0, 0, '?'))).isEqualTo("really? Yes");
    }

    @Test
    void nextWordMayBeInTheNextSegment() {
        Transcript t = transcript(turn(Texts.KATE, "it works"), turn(Texts.CHRIS, "good"));
        assertThat(body(Punctuator.punctuateWordAt(t, 0, 1, '.'))).isEqualTo("it works. | Good");
    }

    @Test
    void nextWordSkipsDroppedWords() {
        Transcript t = new FillerRule().apply(speech("done um next")).transcript();
        assertThat(body(Punctuator.punctuateWordAt(t, 0, 0, '.'))).isEqualTo("done. Next");
    }

    @Test
    void changesCarryThePunctuationRuleId() {
        assertThat(Punctuator.punctuateWordAt(speech("a b"), 0, 0, '.').changes())
                .extracting(Change::ruleId).containsOnly("punctuation");
    }

    @Test
    void otherMarksAreRefused() {
        assertThatThrownBy(() -> Punctuator.punctuateWordAt(speech("a"), 0, 0, '!'))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
