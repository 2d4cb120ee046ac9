package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.turnscript.cleanup.Texts.body;
import static org.turnscript.cleanup.Texts.speech;
import static org.turnscript.cleanup.Texts.word;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Transcript;
import org.turnscript.model.WordFlag;

class FillerRuleTest {

    private final FillerRule rule = new FillerRule();

    @Test
    void fillerRuleDropsUmButKeepsLike() {
        assertThat(body(rule.apply(speech("it was um like three days ago")))).isEqualTo("it was like three days ago");
    }

    @Test
    void fillerRuleDropsUhAndUm() {
        assertThat(body(rule.apply(speech("so uh we um started")))).isEqualTo("so we started");
    }

    @Test
    void fillerRuleMatchesIgnoringCaseAndPunctuation() {
        assertThat(body(rule.apply(speech("Um, well, UH... yes")))).isEqualTo("well, yes");
    }

    @Test
    void fillerRuleKeepsAnswersSuchAsUhHuh() {
        assertThat(body(rule.apply(speech("uh-huh mm-hmm mhm")))).isEqualTo("uh-huh mm-hmm mhm");
    }

    @Test
    void fillerRuleKeepsYouKnow() {
        assertThat(body(rule.apply(speech("you know it works")))).isEqualTo("you know it works");
    }

    @Test
    void fillerRuleDoesNotMatchInsideWords() {
        assertThat(body(rule.apply(speech("umbrella uhuru hummus")))).isEqualTo("umbrella uhuru hummus");
    }

    @Test
    void droppedFillerIsFlaggedFillerAndDropped() {
        Transcript t = rule.apply(speech("so um yes")).transcript();
        assertThat(word(t, 0, 1).flagSet()).containsExactlyInAnyOrder(WordFlag.FILLER, WordFlag.DROPPED);
    }

    @Test
    void droppedFillerKeepsItsTextAndTime() {
        Transcript t = rule.apply(speech("so um yes")).transcript();
        assertThat(word(t, 0, 1)).extracting("text", "start", "end").containsExactly("um", 100L, 200L);
    }

    @Test
    void fillerRuleReportsOneChangePerDroppedWord() {
        assertThat(rule.apply(speech("uh so um")).changes())
                .containsExactly(new Change("s1", 0, "uh", "", "fillers"), new Change("s1", 2, "um", "", "fillers"));
    }

    @Test
    void fillerRuleLeavesSoundSegmentsAlone() {
        Transcript t = Texts.transcript(Texts.turn(null, "[Music]"));
        assertThat(new FillerRule(Set.of("[music]", "music")).apply(t).changes()).isEmpty();
    }

    @Test
    void customListReplacesTheDefault() {
        assertThat(body(new FillerRule(Set.of("like")).apply(speech("um like yes")))).isEqualTo("um yes");
    }

    @Test
    void unchangedTranscriptIsReturnedAsItIs() {
        Transcript t = speech("nothing to do here");
        assertThat(rule.apply(t).transcript()).isSameAs(t);
    }
}
