package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.turnscript.cleanup.Texts.body;
import static org.turnscript.cleanup.Texts.speech;
import static org.turnscript.cleanup.Texts.word;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Transcript;
import org.turnscript.model.WordFlag;

class RepeatRuleTest {

    private final RepeatRule rule = new RepeatRule();

    @Test
    void repeatRuleDropsTheThe() {
        assertThat(body(rule.apply(speech("the the model")))).isEqualTo("the model");
    }

    @Test
    void repeatRuleDropsTripleStutter() {
        assertThat(body(rule.apply(speech("I I I think")))).isEqualTo("I think");
    }

    @Test
    void repeatRuleIgnoresCaseAndPunctuation() {
        assertThat(body(rule.apply(speech("The the, model")))).isEqualTo("the, model");
    }

    @Test
    void repeatRuleKeepsTheLastCopyWithItsPunctuation() {
        assertThat(body(rule.apply(speech("I, I think")))).isEqualTo("I think");
    }

    @Test
    void repeatRuleKeepsSentenceEndOfTheLastCopy() {
        assertThat(body(rule.apply(speech("the end end.")))).isEqualTo("the end.");
    }

    @Test
    void repeatRuleLooksPastDroppedWords() {
        Transcript withoutFillers = new FillerRule().apply(speech("I uh I think")).transcript();
        assertThat(body(rule.apply(withoutFillers))).isEqualTo("I think");
    }

    @Test
    void repeatRuleKeepsHadHad() {
        assertThat(body(rule.apply(speech("she had had enough")))).isEqualTo("she had had enough");
    }

    @Test
    void repeatRuleKeepsEmphaticVeryVery() {
        assertThat(body(rule.apply(speech("very very important")))).isEqualTo("very very important");
    }

    @Test
    void repeatRuleDoesNotLookAcrossSegments() {
        Transcript t = Texts.transcript(Texts.turn(Texts.KATE, "I said so"), Texts.turn(Texts.CHRIS, "so what"));
        assertThat(rule.apply(t).changes()).isEmpty();
    }

    @Test
    void droppedRepeatIsFlaggedRepeatAndDropped() {
        Transcript t = rule.apply(speech("to to be")).transcript();
        assertThat(word(t, 0, 0).flagSet()).containsExactlyInAnyOrder(WordFlag.REPEAT, WordFlag.DROPPED);
    }

    @Test
    void customExceptionsReplaceTheDefault() {
        assertThat(body(new RepeatRule(Set.of()).apply(speech("had had")))).isEqualTo("had");
    }
}
