package org.turnscript.cleanup;

import java.util.List;
import java.util.Objects;

/**
 * What one rule of a pipeline did: how many changes, and the first few as examples.
 *
 * @param ruleId      the rule's id
 * @param displayName the rule's name
 * @param count       number of changes
 * @param examples    the first changes in document order, at most as many as asked for
 */
public record RuleReport(String ruleId, String displayName, int count, List<Change> examples) {

    public RuleReport {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(displayName, "displayName");
        examples = List.copyOf(examples);
        if (count < examples.size()) {
            throw new IllegalArgumentException("more examples than changes");
        }
    }
}
