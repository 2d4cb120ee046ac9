package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.turnscript.cleanup.Texts.CHRIS;
import static org.turnscript.cleanup.Texts.KATE;
import static org.turnscript.cleanup.Texts.body;
import static org.turnscript.cleanup.Texts.transcript;
import static org.turnscript.cleanup.Texts.turn;

import org.junit.jupiter.api.Test;
import org.turnscript.model.Transcript;

class PunctuationRuleTest {

    private final PunctuationRule rule = new PunctuationRule();

    @Test
    void punctuationRuleEndsTurnBeforeAnotherSpeaker() {
        Transcript t = transcript(turn(KATE, "that is the plan"), turn(CHRIS, "sounds good"));
        assertThat(body(rule.apply(t))).isEqualTo("that is the plan. | sounds good.");
    }

    @Test
    void punctuationRuleLeavesSegmentBeforeSameSpeaker() {
        Transcript t = transcript(turn(KATE, "first part"), turn(KATE, "second part"));
        assertThat(body(rule.apply(t))).isEqualTo("first part | second part.");
    }

    @Test
    void punctuationRuleKeepsExistingQuestionMark() {
        Transcript t = transcript(turn(KATE, "is it?"), turn(CHRIS, "yes"));
        assertThat(body(rule.apply(t))).isEqualTo("is it? | yes.");
    }

    @Test
    void punctuationRuleTurnsTrailingCommaIntoFullStop() {
        Transcript t = transcript(turn(KATE, "well,"), turn(CHRIS, "yes"));
        assertThat(body(rule.apply(t))).isEqualTo("well. | yes.");
    }

    @Test
    void punctuationRuleLeavesCutOffTurn() {
        Transcript t = transcript(turn(KATE, "but the—"), turn(CHRIS, "right"));
        assertThat(body(rule.apply(t))).isEqualTo("but the— | right.");
    }

    @Test
    void punctuationRulePutsStopOnLastKeptWord() {
        Transcript t = new FillerRule().apply(transcript(turn(KATE, "it works um"), turn(CHRIS, "ok"))).transcript();
        assertThat(body(rule.apply(t))).isEqualTo("it works. | ok.");
    }

    @Test
    void punctuationRuleLooksPastSoundSegments() {
        Transcript t = transcript(turn(KATE, "one"), turn(null, "[Music]"), turn(KATE, "two"));
        assertThat(body(rule.apply(t))).isEqualTo("one | [Music] | two.");
    }

    @Test
    void unassignedSegmentsAreNoTurnChange() {
        Transcript t = transcript(turn(null, "one"), turn(null, "two"));
        assertThat(body(rule.apply(t))).isEqualTo("one | two.");
    }

    @Test
    void anUntaggedSegmentContinuesTheTurnBeforeIt() {
        // what the editor hands over: only turn starts are tagged
        Transcript t = transcript(turn(KATE, "so we tested it"), turn(null, "for a long time"), turn(CHRIS, "and"),
                turn(null, "then"));
        assertThat(body(rule.apply(t))).isEqualTo("so we tested it | for a long time. | and | then.");
    }

    @Test
    void speechBeforeTheFirstTagEndsWhenTheFirstTaggedSpeakerStarts() {
        Transcript t = transcript(turn(null, "welcome"), turn(KATE, "thanks"));
        assertThat(body(rule.apply(t))).isEqualTo("welcome. | thanks.");
    }

    @Test
    void punctuationRuleAddsNoOtherPunctuation() {
        Transcript t = transcript(turn(KATE, "so we went there and then we left"));
        assertThat(rule.apply(t).changes()).hasSize(1);
    }
}
