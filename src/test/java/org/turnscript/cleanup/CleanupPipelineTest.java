package org.turnscript.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.turnscript.cleanup.Texts.body;
import static org.turnscript.cleanup.Texts.transcript;
import static org.turnscript.cleanup.Texts.turn;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Transcript;

class CleanupPipelineTest {

    private final Transcript sample = transcript(turn(null, "[Music]"),
            turn(Texts.KATE, "hello uh i i am Tim Wong and um the the host"),
            turn(Texts.CHRIS, "thanks Tim Wong uh"));

    @Test
    void fromIdsRunsRulesInTheirFixedOrder() {
        CleanupPipeline p = CleanupPipeline.fromIds(List.of("casing", "fillers", "glossary", "tags"),
                Glossary.of("x", "y"));
        assertThat(p.rules()).extracting(CleanupRule::id).containsExactly("tags", "glossary", "fillers", "casing");
    }

    @Test
    void fromIdsRefusesUnknownRuleNamingTheValidOnes() {
        assertThatThrownBy(() -> CleanupPipeline.fromIds(List.of("fillers", "spelling"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spelling'").hasMessageContaining("fillers, repeats, punctuation, casing");
    }

    @Test
    void glossaryRuleNeedsAGlossary() {
        assertThatThrownBy(() -> CleanupPipeline.fromIds(List.of("glossary"), null))
                .hasMessageContaining("glossary file");
    }

    @Test
    void tagsNormaliseLowerCasesTags() {
        CleanupPipeline p = CleanupPipeline.fromIds(List.of("tags:normalise"), null);
        assertThat(body(p.apply(sample))).startsWith("[music] |");
    }

    @Test
    void wholePipelineCleansTheText() {
        CleanupPipeline p = CleanupPipeline.fromIds(CleanupPipeline.DEFAULT_IDS, null);
        assertThat(body(p.apply(sample))).isEqualTo(" | Hello I am Tim Wong and the host. | Thanks Tim Wong.");
    }

    @Test
    void glossaryRunsBeforeCasing() {
        CleanupPipeline p = CleanupPipeline.fromIds(List.of("glossary", "casing", "punctuation"),
                Glossary.of("Tim Wong", "Tim Hwang"));
        assertThat(body(p.apply(sample))).endsWith("| Thanks Tim Hwang uh.");
    }

    @Test
    void reportCountsChangesPerRule() {
        CleanupPipeline p = CleanupPipeline.fromIds(List.of("fillers", "repeats"), null);
        Map<String, RuleReport> report = p.report(sample, 2);
        assertThat(report.values()).extracting(RuleReport::ruleId, RuleReport::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fillers", 3),
                        org.assertj.core.groups.Tuple.tuple("repeats", 2));
    }

    @Test
    void reportKeepsTheFirstExamples() {
        CleanupPipeline p = CleanupPipeline.fromIds(List.of("fillers"), null);
        assertThat(p.report(sample, 2).get("fillers").examples()).containsExactly(
                new Change("s2", 1, "uh", "", "fillers"), new Change("s2", 8, "um", "", "fillers"));
    }

    @Test
    void reportListsRulesThatChangedNothing() {
        CleanupPipeline p = CleanupPipeline.fromIds(List.of("fillers", "casing"), null);
        assertThat(p.report(transcript(turn(Texts.KATE, "Fine")), 5).get("fillers").count()).isZero();
    }

    @Test
    void sameRuleTwiceIsRefused() {
        assertThatThrownBy(() -> new CleanupPipeline(List.of(new FillerRule(), new FillerRule())))
                .hasMessageContaining("twice");
    }
}
