package org.turnscript.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.turnscript.cleanup.Change;
import org.turnscript.cleanup.CleanupPipeline;
import org.turnscript.cleanup.CleanupResult;
import org.turnscript.cleanup.RuleReport;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.TurnscriptException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code turnscript clean}: what cleanup changes in a transcript, and the cleaned project file. */
final class CleanCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "clean",
            new String[] {"Show what cleanup changes in a transcript (--report), or write the cleaned Turnscript "
                    + "project (-o FILE.json). Cleanup keeps every original word in the project."},
            "  turnscript clean page.txt --report",
            "  turnscript clean page.txt --rules fillers,repeats --report",
            "  turnscript clean page.txt --glossary names.tsv --report --examples 10",
            "  turnscript clean episode.vtt -o episode.json",
            "",
            "Rules (--rules, default all):",
            "  fillers         drop um, uh, er, hmm (keeps uh-huh, like, you know)",
            "  repeats         drop stutters: the the, I I I",
            "  tags            drop sound tags such as [Music]",
            "  tags:normalise  lower-case them instead: [music]",
            "  glossary        correct misheard phrases (needs --glossary FILE)",
            "  punctuation     full stop at the end of each turn",
            "  casing          capital I and sentence starts",
            "In the report, s12 #4 is the 4th word of segment s12.");

    CleanCommand() {
        CommandSpecs.input(spec, "INPUT", "Input file, or - for standard input.");
        spec.addOption(CommandSpecs.list("RULES", "--rules").initialValue(new ArrayList<>(List.of(CleanupChoice.ALL)))
                .description("Rules to apply: " + CleanupChoice.RULES_HELP + " (default: all).").build());
        spec.addOption(CommandSpecs.option(Path.class, "FILE", "--glossary")
                .description("Glossary of corrections, one 'wrong phrase<TAB>right phrase' per line; implies the "
                        + "glossary rule.").build());
        spec.addOption(CommandSpecs.flag("--report")
                .description("Print per rule how many changes it makes and the first examples.").build());
        spec.addOption(CommandSpecs.option(int.class, "N", "--examples").defaultValue("5")
                .description("Examples per rule in the report (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(CommandSpecs.option(String.class, "FILE", "-o", "--output")
                .description("Write the cleaned transcript as a Turnscript project (JSON), or - for standard output.")
                .build());
        InputOptions.addTo(spec);
    }

    /** The model picocli parses this command's arguments with. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws TurnscriptException, IOException {
        String input = CommandSpecs.input(spec);
        List<String> rules = CommandSpecs.value(spec, "--rules");
        Path glossary = CommandSpecs.value(spec, "--glossary");
        boolean report = CommandSpecs.value(spec, "--report");
        int examples = CommandSpecs.value(spec, "--examples");
        String output = CommandSpecs.value(spec, "--output");
        if (!report && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "nothing to do: add --report to see the changes, or -o FILE.json to write the cleaned project");
        }
        if (examples < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--examples must be 0 or more");
        }
        ConversionService service = ConversionService.standard();
        if (output != null && !"-".equals(output) && !output.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            // clean writes the cleaned project; an .srt name would hold JSON. Exports are convert's job.
            throw new CommandLine.ParameterException(spec.commandLine(), "clean writes a Turnscript project: give -o "
                    + "a .turnscript.json name, or use convert --clean to export " + output);
        }
        CleanupPipeline pipeline = CleanupChoice.pipeline(service, rules, glossary, spec.commandLine());
        LoadedDocument doc = Inputs.read(service, input,
                CleanupChoice.keepingGlossaryPhrases(InputOptions.settings(spec), pipeline), System.in);
        PrintWriter err = spec.commandLine().getErr();
        doc.warnings().forEach(w -> err.println(input + ": warning: " + w));
        err.flush();
        CleanupResult result = service.clean(doc.transcript(), pipeline);
        if (report) {
            printReport(input, pipeline.report(result, examples), result);
        }
        if ("-".equals(output)) {
            StandardOutput.write(service.exportBytes(result.transcript(), "json", ExportOptions.DEFAULTS));
        } else if (output != null) {
            service.exportTo(Path.of(output), result.transcript(), "json", ExportOptions.DEFAULTS);
        }
        return 0;
    }

    private void printReport(String input, Map<String, RuleReport> reports, CleanupResult result) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d changes%n", input, result.changes().size());
        for (RuleReport r : reports.values()) {
            out.printf("%n%s (%s): %d%n", r.displayName(), r.ruleId(), r.count());
            for (Change c : r.examples()) {
                out.printf("  %s #%d: %s%n", c.segmentId(), c.wordIndex() + 1, c.describe());
            }
            if (r.count() > r.examples().size()) {
                out.printf("  … and %d more%n", r.count() - r.examples().size());
            }
        }
        out.flush();
    }
}
