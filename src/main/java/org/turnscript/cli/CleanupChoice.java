package org.turnscript.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.turnscript.cleanup.CleanupPipeline;
import org.turnscript.cleanup.Glossary;
import org.turnscript.cleanup.GlossaryRule;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.cleanup.GlossaryException;
import picocli.CommandLine;

/** Turns a command's cleanup options (rule ids, glossary file) into a pipeline. */
final class CleanupChoice {

    /** The word for "every rule" on the command line. */
    static final String ALL = "all";

    static final String RULES_HELP = "fillers, repeats, tags (drop [Music]), tags:normalise ([Music] → [music]), "
            + "glossary, punctuation, casing, or all";

    private CleanupChoice() {
    }

    /**
     * @param ids          rule ids as typed; "all" means {@link CleanupPipeline#DEFAULT_IDS}
     * @param glossaryFile a glossary file, which adds the glossary rule, or null
     * @throws GlossaryException             when the glossary file cannot be read (exit 1)
     * @throws CommandLine.ParameterException for an unknown rule (exit 2)
     */
    static CleanupPipeline pipeline(ConversionService service, List<String> ids, Path glossaryFile,
                                    CommandLine commandLine) throws GlossaryException {
        List<String> wanted = new ArrayList<>();
        for (String id : ids) {
            if (id.strip().toLowerCase(Locale.ROOT).equals(ALL)) {
                wanted.addAll(CleanupPipeline.DEFAULT_IDS);
            } else {
                wanted.add(id);
            }
        }
        boolean glossaryRule = wanted.stream().anyMatch(id -> id.strip().equalsIgnoreCase(GlossaryRule.ID));
        if (glossaryRule && glossaryFile == null) {
            throw new CommandLine.ParameterException(commandLine, "the glossary rule needs --glossary FILE");
        }
        Glossary glossary = null;
        if (glossaryFile != null) {
            glossary = service.readGlossary(glossaryFile);
            wanted.add(GlossaryRule.ID);
        }
        try {
            return CleanupPipeline.fromIds(wanted, glossary);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /**
     * The import settings with the pipeline's glossary phrases kept whole by the provisional cutter, so a phrase
     * is matched in one segment rather than joined across a cut afterwards.
     */
    static ImportSettings keepingGlossaryPhrases(ImportSettings settings, CleanupPipeline pipeline) {
        if (pipeline == null) {
            return settings;
        }
        List<String> phrases = new ArrayList<>();
        for (var rule : pipeline.rules()) {
            if (rule instanceof GlossaryRule glossaryRule) {
                glossaryRule.glossary().entries().forEach(e -> phrases.add(e.wrong()));
            }
        }
        return phrases.isEmpty() ? settings : settings.withUnbrokenPhrases(phrases);
    }
}
