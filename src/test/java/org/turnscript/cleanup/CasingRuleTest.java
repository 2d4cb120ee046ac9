package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.turnscript.cleanup.Texts.body;
import static org.turnscript.cleanup.Texts.speech;
import static org.turnscript.cleanup.Texts.turn;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Transcript;

class CasingRuleTest {

    private final CasingRule rule = new CasingRule();

    @Test
    void casingRuleCapitalisesPronounI() {
        assertThat(body(rule.apply(speech("Yes i think so")))).isEqualTo("Yes I think so");
    }

    @Test
    void casingRuleCapitalisesContractionsOfI() {
        assertThat(body(rule.apply(speech("So i'm sure i've seen what i'll do and i'd do"))))
                .isEqualTo("So I'm sure I've seen what I'll do and I'd do");
    }

    @Test
    void casingRuleCapitalisesIWithPunctuation() {
        assertThat(body(rule.apply(speech("Me and i, mostly")))).isEqualTo("Me and I, mostly");
    }

    @Test
    void casingRuleCapitalisesFirstWordOfEachTurn() {
        Transcript t = Texts.transcript(turn(Texts.KATE, "hello there"), turn(Texts.CHRIS, "hi Kate"));
        assertThat(body(rule.apply(t))).isEqualTo("Hello there | Hi Kate");
    }

    @Test
    void casingRuleSkipsDroppedFirstWord() {
        Transcript t = new FillerRule().apply(speech("uh so we start")).transcript();
        assertThat(body(rule.apply(t))).isEqualTo("So we start");
    }

    @Test
    void casingRuleCapitalisesAfterSentenceEnds() {
        assertThat(body(rule.apply(speech("It works. does it? yes! great")))).isEqualTo(
                "It works. Does it? Yes! Great");
    }

    @Test
    void casingRuleCapitalisesAfterClosingQuote() {
        assertThat(body(rule.apply(speech("He said \"stop.\" then left")))).isEqualTo("He said \"stop.\" Then left");
    }

    @Test
    void casingRuleDoesNotCapitaliseAfterEllipsisOrAbbreviation() {
        assertThat(body(rule.apply(speech("Well... maybe models e.g. llama work")))).isEqualTo(
                "Well... maybe models e.g. llama work");
    }

    @Test
    void casingRuleNeverLowerCases() {
        assertThat(body(rule.apply(speech("The AGI and NASA")))).isEqualTo("The AGI and NASA");
    }

    @Test
    void casingRuleLeavesMixedCaseWords() {
        assertThat(body(rule.apply(speech("iPhone sales. eBay too")))).isEqualTo("iPhone sales. eBay too");
    }

    @Test
    void casingRuleCapitalisesAfterLeadingQuote() {
        assertThat(body(rule.apply(speech("\"yes\" she said")))).isEqualTo("\"Yes\" she said");
    }

    @Test
    void casingRuleRespectsGlossarySpelling() {
        CasingRule withGlossary = CasingRule.protecting(Glossary.of("watson x", "watsonx"));
        assertThat(body(withGlossary.apply(speech("watsonx is out")))).isEqualTo("watsonx is out");
    }

    @Test
    void protectedWordsStillGetICapitalised() {
        assertThat(body(new CasingRule(Set.of("i")).apply(speech("so i")))).isEqualTo("So I");
    }

    @Test
    void casingRuleKeepsTheOriginal() {
        assertThat(Texts.word(rule.apply(speech("hello")).transcript(), 0, 0).original()).isEqualTo("hello");
    }

    @Test
    void aProvisionalCutInsideATurnStartsNoSentence() {
        // the sample's automatic cuts: "…impersonation of him | so thank you…", "…guests this week | who are…"
        Transcript t = Texts.transcript(turn(Texts.KATE, "my very worst impersonation of him"),
                turn(null, "so thank you all for bearing with us"), turn(Texts.KATE, "who are going to help"));
        assertThat(body(rule.apply(t))).isEqualTo(
                "My very worst impersonation of him | so thank you all for bearing with us | who are going to help");
    }

    @Test
    void aSentenceEndCarriesOverToTheNextSegmentOfTheTurn() {
        Transcript t = Texts.transcript(turn(Texts.KATE, "that is how it works."), turn(null, "so we go on"));
        assertThat(body(rule.apply(t))).isEqualTo("That is how it works. | So we go on");
    }

    @Test
    void aSoundTagInsideASentenceStartsNoSentence() {
        Transcript t = Texts.transcript(turn(Texts.KATE, "looking forward to"), turn(null, "[Music]"),
                turn(null, "it so thanks"));
        assertThat(body(rule.apply(t))).isEqualTo("Looking forward to | [Music] | it so thanks");
    }

    @Test
    void glossaryTermsGetTheGlossarysCapitals() {
        CasingRule withGlossary = CasingRule.protecting(Glossary.of("Golden Gate CLA", "Golden Gate Claude",
                "geni", "gen AI", "Kate Soul", "Kate Soule"));
        assertThat(body(withGlossary.apply(speech("so golden gate claude and gen ai, says kate soule, "
                + "not the golden rule"))))
                .isEqualTo("So Golden Gate Claude and gen AI, says Kate Soule, not the golden rule");
    }

    @Test
    void glossaryTermsMatchAcrossSegmentsOfATurn() {
        CasingRule withGlossary = CasingRule.protecting(Glossary.of("Golden Gate CLA", "Golden Gate Claude"));
        Transcript t = Texts.transcript(turn(Texts.KATE, "we saw golden gate"), turn(null, "claude do it"));
        assertThat(body(withGlossary.apply(t))).isEqualTo("We saw Golden Gate | Claude do it");
    }

    @Test
    void casingOnTheSampleChangesOnlyTheFirstWordAndTheFormsOfI() {
        Transcript sample = SampleTranscript.transcript();
        CleanupResult result = rule.apply(sample);
        // untagged, the sample is one turn without a sentence mark: only its first word and "i" forms change
        assertThat(result.changes()).allSatisfy(c -> assertThat(
                c.after().equals("Hello") || WordText.isFirstPerson(c.after())).isTrue());
        assertThat(result.changes()).hasSizeLessThan(10);
    }
}
