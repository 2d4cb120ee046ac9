package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.turnscript.cleanup.Texts.body;
import static org.turnscript.cleanup.Texts.speech;
import static org.turnscript.cleanup.Texts.word;

import org.junit.jupiter.api.Test;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

class GlossaryRuleTest {

    private static CleanupResult apply(String text, String... pairs) {
        return new GlossaryRule(Glossary.of(pairs)).apply(speech(text));
    }

    @Test
    void glossaryReplacesTwoWordsByTwoWords() {
        assertThat(body(apply("host Tim Wong today", "Tim Wong", "Tim Hwang"))).isEqualTo("host Tim Hwang today");
    }

    @Test
    void glossaryMatchesIgnoringCase() {
        assertThat(body(apply("tim wong", "Tim Wong", "Tim Hwang"))).isEqualTo("Tim Hwang");
    }

    @Test
    void glossaryMatchesWholeWordsOnly() {
        assertThat(body(apply("genius geni", "geni", "gen AI"))).isEqualTo("genius gen AI");
    }

    @Test
    void glossaryKeepsTrailingPunctuationOfTheLastWord() {
        assertThat(body(apply("thanks Tim Wong, bye", "Tim Wong", "Tim Hwang"))).isEqualTo("thanks Tim Hwang, bye");
    }

    @Test
    void glossaryKeepsLeadingPunctuationOfTheFirstWord() {
        assertThat(body(apply("\"Tim Wong\" said", "Tim Wong", "Tim Hwang"))).isEqualTo("\"Tim Hwang\" said");
    }

    @Test
    void glossaryPrefersTheLongestMatch() {
        assertThat(body(apply("Golden Gate CLA", "Golden Gate", "GG", "Golden Gate CLA", "Golden Gate Claude")))
                .isEqualTo("Golden Gate Claude");
    }

    @Test
    void glossaryMatchesDoNotOverlap() {
        assertThat(body(apply("a b c", "a b", "X", "b c", "Y"))).isEqualTo("X c");
    }

    @Test
    void glossaryMatchesAcrossDroppedWords() {
        Transcript t = new FillerRule().apply(speech("Tim uh Wong")).transcript();
        assertThat(body(new GlossaryRule(Glossary.of("Tim Wong", "Tim Hwang")).apply(t))).isEqualTo("Tim Hwang");
    }

    @Test
    void correctedWordKeepsItsOriginal() {
        Transcript t = apply("Tim Wong", "Tim Wong", "Tim Hwang").transcript();
        assertThat(word(t, 0, 1).original()).isEqualTo("Wong");
    }

    @Test
    void correctedWordKeepsItsTime() {
        Transcript t = apply("Tim Wong", "Tim Wong", "Tim Hwang").transcript();
        assertThat(word(t, 0, 1)).extracting(Word::start, Word::end).containsExactly(100L, 200L);
    }

    @Test
    void shorterRightPhraseDropsTheExtraOldWords() {
        Transcript t = apply("a chat bot here", "chat bot", "chatbot").transcript();
        assertThat(word(t, 0, 2).flagSet()).containsExactly(WordFlag.DROPPED);
    }

    @Test
    void shorterRightPhraseReadsRight() {
        assertThat(body(apply("a chat bot here", "chat bot", "chatbot"))).isEqualTo("a chatbot here");
    }

    @Test
    void longerRightPhraseInsertsWordsInTheLastWordsTimeSlot() {
        Transcript t = apply("with geni now", "geni", "gen AI").transcript();
        assertThat(t.segment(0).words()).extracting(Word::text, Word::start, Word::end, Word::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("with", 0L, 100L, TimeSource.MEASURED),
                        org.assertj.core.groups.Tuple.tuple("gen", 100L, 150L, TimeSource.MEASURED),
                        org.assertj.core.groups.Tuple.tuple("AI", 150L, 200L, TimeSource.INTERPOLATED),
                        org.assertj.core.groups.Tuple.tuple("now", 200L, 300L, TimeSource.MEASURED));
    }

    @Test
    void insertedWordIsMarkedInserted() {
        Transcript t = apply("geni", "geni", "gen AI").transcript();
        assertThat(Restore.isInserted(word(t, 0, 1))).isTrue();
    }

    @Test
    void glossaryReportsOneChangePerPhrase() {
        assertThat(apply("so Tim Wong and Tim Wong", "Tim Wong", "Tim Hwang").changes()).containsExactly(
                new Change("s1", 1, "Tim Wong", "Tim Hwang", "glossary"),
                new Change("s1", 4, "Tim Wong", "Tim Hwang", "glossary"));
    }

    @Test
    void glossaryChangeIndexCountsInsertedWords() {
        assertThat(apply("geni and geni", "geni", "gen AI").changes()).extracting(Change::wordIndex)
                .containsExactly(0, 3);
    }

    @Test
    void phraseAlreadyRightIsNoChange() {
        assertThat(apply("Chris Hay and AGI", "Chris hay", "Chris Hay", "Agi", "AGI").changes()).isEmpty();
    }

    @Test
    void previewCountsEachEntryWithoutChanging() {
        Transcript t = speech("Tim Wong and tim wong with geni");
        GlossaryRule rule = new GlossaryRule(Glossary.of("Tim Wong", "Tim Hwang", "geni", "gen AI", "BR", "Brian"));
        assertThat(rule.preview(t).values()).containsExactly(2, 1, 0);
    }

    @Test
    void glossaryLeavesSoundSegmentsAlone() {
        Transcript t = Texts.transcript(Texts.turn(null, "[Music]"));
        assertThat(new GlossaryRule(Glossary.of("[Music]", "[music]")).apply(t).changes()).isEmpty();
    }

    @Test
    void entryOfPunctuationOnlyIsRefused() {
        assertThatThrownBy(() -> Glossary.of("?!", "what")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("punctuation only");
    }

    @Test
    void duplicateWrongPhraseIsRefused() {
        assertThatThrownBy(() -> Glossary.of("Tim Wong", "Tim Hwang", "tim  WONG", "Tim W.")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void lowerCaseTermsAreTheGlossarysSmallInitialWords() {
        assertThat(Glossary.of("geni", "gen AI", "i phone", "iPhone", "BR", "Brian").lowerCaseTerms())
                .containsExactly("gen", "iPhone");
    }

    @Test
    void phraseCutByASegmentEdgeMatchesAndLandsInTheFirstSegment() {
        // the sample's provisional cut: "…where like chill | I think calls for like 20 to one…"
        Transcript t = Texts.transcript(Texts.turn(Texts.KATE, "where like chill"),
                Texts.turn(null, "I think calls for like 20 to one"));
        CleanupResult result = new GlossaryRule(Glossary.of("chill I think calls for",
                "Chinchilla I think calls for")).apply(t);
        assertThat(body(result)).isEqualTo("where like Chinchilla I think calls for | like 20 to one");
        assertThat(result.changes()).containsExactly(new Change("s1", 2, "chill I think calls for",
                "Chinchilla I think calls for", "glossary"));
        // each word keeps its time: "for" was the 7th word of the text, 600–700 ms
        Word moved = word(result.transcript(), 0, 6);
        assertThat(moved.text()).isEqualTo("for");
        assertThat(moved.start()).isEqualTo(600);
        assertThat(moved.end()).isEqualTo(700);
    }

    @Test
    void phraseWithAFillerMatchesTheCaptionsBeforeAndAfterFillersAreDropped() {
        // "…taken verb | um and placed…": the phrase names the filler as the captions have it
        Transcript t = Texts.transcript(Texts.turn(Texts.KATE, "that would be taken verb"),
                Texts.turn(null, "um and placed in the snippet"));
        Glossary verbatim = Glossary.of("taken verb um", "taken verbatim");
        CleanupResult first = new GlossaryRule(verbatim).apply(t);
        assertThat(body(new FillerRule().apply(first.transcript()))).isEqualTo(
                "that would be taken verbatim | and placed in the snippet");
        Transcript fillersGone = new FillerRule().apply(t).transcript();
        CleanupResult after = new GlossaryRule(verbatim).apply(fillersGone);
        assertThat(body(after)).isEqualTo("that would be taken verbatim | and placed in the snippet");
        assertThat(after.changes()).hasSize(1);
        assertThat(new GlossaryRule(verbatim).apply(after.transcript()).changes()).isEmpty();
    }

    @Test
    void droppedFillersThePhraseDoesNotNameAreStillPassedBy() {
        Transcript t = new FillerRule().apply(speech("host Tim uh Wong today")).transcript();
        assertThat(body(new GlossaryRule(Glossary.of("Tim Wong", "Tim Hwang")).apply(t)))
                .isEqualTo("host Tim Hwang today");
    }

    @Test
    void phrasesDoNotMatchAcrossATurnChange() {
        Transcript t = Texts.transcript(Texts.turn(Texts.KATE, "thanks Tim"), Texts.turn(Texts.CHRIS, "Wong said"));
        assertThat(new GlossaryRule(Glossary.of("Tim Wong", "Tim Hwang")).apply(t).changes()).isEmpty();
    }

    @Test
    void phraseThatWouldEmptyTheSecondSegmentIsCorrectedInPlace() {
        Transcript t = Texts.transcript(Texts.turn(Texts.KATE, "hello Tim"), Texts.turn(null, "Wong"));
        assertThat(body(new GlossaryRule(Glossary.of("Tim Wong", "Tim Hwang")).apply(t)))
                .isEqualTo("hello Tim | Hwang");
    }
}
