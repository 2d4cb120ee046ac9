package org.turnscript.ui.cleanup;

import java.util.List;
import org.turnscript.cleanup.CleanupPipeline;
import org.turnscript.cleanup.CleanupRule;
import org.turnscript.cleanup.Glossary;

/**
 * One rule the dialog offers, as its checkbox shows it.
 *
 * @param id          the id {@link CleanupPipeline#fromIds} accepts, e.g. {@code fillers} or {@code tags:normalise}
 * @param displayName the rule's name
 * @param description one sentence on what it does
 * @param example     {@code input → output}
 */
public record RuleChoice(String id, String displayName, String description, String example) {

    /** Every rule of {@link CleanupPipeline#IDS}, in the order they run, described by the rules themselves. */
    public static List<RuleChoice> all() {
        return CleanupPipeline.IDS.stream().map(RuleChoice::of).toList();
    }

    private static RuleChoice of(String id) {
        // The empty glossary only lets the glossary rule describe itself; it is never run from here.
        CleanupRule rule = CleanupPipeline.fromIds(List.of(id), Glossary.EMPTY).rules().get(0);
        return new RuleChoice(id, rule.displayName(), rule.description(), rule.example());
    }

    /** The node id of the rule's checkbox: {@code cleanup-rule-fillers}, {@code cleanup-rule-tags-normalise}. */
    public String nodeId() {
        return "cleanup-rule-" + id.replace(':', '-'); // a colon would read as a pseudo-class in a CSS lookup
    }
}
