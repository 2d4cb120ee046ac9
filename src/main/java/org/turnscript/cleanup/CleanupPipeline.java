package org.turnscript.cleanup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.turnscript.model.Transcript;

/**
 * Rules applied one after the other, each to the output of the one before. {@link #fromIds} puts them in the one
 * order in which they work together: sound tags, glossary (before fillers, so its word positions stay those of
 * the final text), fillers, repeats (which look past dropped fillers: "I uh I"), punctuation, then casing (which
 * capitalises after the full stops just added).
 */
public final class CleanupPipeline {

    /** Ids {@link #fromIds} accepts, in the order the rules run. */
    public static final List<String> IDS = List.of(
            SoundTagRule.ID, SoundTagRule.ID + ":normalise", GlossaryRule.ID, FillerRule.ID, RepeatRule.ID,
            PunctuationRule.ID, CasingRule.ID);

    /** What cleanup does when nobody chooses: every rule, the glossary only when there is one. */
    public static final List<String> DEFAULT_IDS = List.of(
            SoundTagRule.ID, FillerRule.ID, RepeatRule.ID, PunctuationRule.ID, CasingRule.ID);

    private final List<CleanupRule> rules;

    public CleanupPipeline(List<CleanupRule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> ids = new LinkedHashSet<>();
        for (CleanupRule rule : this.rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule '" + rule.id() + "' is in the pipeline twice");
            }
        }
    }

    /**
     * The rules named by {@code ids} (any order, repeats ignored), in the order they run best. {@code tags} drops
     * sound tags, {@code tags:normalise} lower-cases them; {@code glossary} needs a glossary, which casing then
     * respects.
     *
     * @param glossary the project glossary, or null when there is none
     * @throws IllegalArgumentException for an unknown id, naming the valid ones, or {@code glossary} without one
     */
    public static CleanupPipeline fromIds(List<String> ids, Glossary glossary) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String raw : ids) {
            String id = raw.strip().toLowerCase(Locale.ROOT);
            if (!IDS.contains(id)) {
                throw new IllegalArgumentException("unknown cleanup rule '" + raw.strip() + "'; valid rules: "
                        + String.join(", ", IDS));
            }
            wanted.add(id);
        }
        if (wanted.contains(SoundTagRule.ID) && wanted.contains(SoundTagRule.ID + ":normalise")) {
            throw new IllegalArgumentException("choose one of tags (drop them) and tags:normalise (lower-case them)");
        }
        if (wanted.contains(GlossaryRule.ID) && glossary == null) {
            throw new IllegalArgumentException("the glossary rule needs a glossary file");
        }
        Glossary terms = glossary == null ? Glossary.EMPTY : glossary;
        List<CleanupRule> rules = new ArrayList<>();
        for (String id : IDS) {
            if (wanted.contains(id)) {
                rules.add(create(id, terms));
            }
        }
        return new CleanupPipeline(rules);
    }

    private static CleanupRule create(String id, Glossary glossary) {
        return switch (id) {
            case SoundTagRule.ID -> new SoundTagRule(SoundTagRule.Mode.DROP);
            case SoundTagRule.ID + ":normalise" -> new SoundTagRule(SoundTagRule.Mode.NORMALISE);
            case GlossaryRule.ID -> new GlossaryRule(glossary);
            case FillerRule.ID -> new FillerRule();
            case RepeatRule.ID -> new RepeatRule();
            case PunctuationRule.ID -> new PunctuationRule();
            case CasingRule.ID -> CasingRule.protecting(glossary);
            default -> throw new IllegalStateException("no rule for listed id " + id);
        };
    }

    public List<CleanupRule> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Every rule in turn; the changes of all of them, rule by rule. */
    public CleanupResult apply(Transcript transcript) {
        Objects.requireNonNull(transcript, "transcript");
        Transcript current = transcript;
        List<Change> changes = new ArrayList<>();
        for (CleanupRule rule : rules) {
            CleanupResult result = rule.apply(current);
            current = result.transcript();
            changes.addAll(result.changes());
        }
        return new CleanupResult(current, changes);
    }

    /** Applies the pipeline and summarises it: per rule id, in pipeline order, the count and first examples. */
    public Map<String, RuleReport> report(Transcript transcript, int maxExamples) {
        return report(apply(transcript), maxExamples);
    }

    /** Summarises a result of this pipeline; rules that changed nothing are listed with a count of 0. */
    public Map<String, RuleReport> report(CleanupResult result, int maxExamples) {
        if (maxExamples < 0) {
            throw new IllegalArgumentException("negative number of examples");
        }
        Map<String, RuleReport> reports = new LinkedHashMap<>();
        for (CleanupRule rule : rules) {
            List<Change> ofRule = result.changes().stream().filter(c -> c.ruleId().equals(rule.id())).toList();
            reports.put(rule.id(), new RuleReport(rule.id(), rule.displayName(), ofRule.size(),
                    ofRule.subList(0, Math.min(maxExamples, ofRule.size()))));
        }
        return reports;
    }
}
