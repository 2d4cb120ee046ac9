package org.turnscript.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.turnscript.convert.AtomicFiles;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.formats.FormatException;
import org.turnscript.model.TurnscriptException;
import org.turnscript.formats.cues.RawCues;
import org.turnscript.formats.srt.SrtFormat;
import org.turnscript.formats.vtt.WebVttFormat;
import org.turnscript.model.Cue;
import org.turnscript.subtitles.LintProblem;
import org.turnscript.subtitles.SubtitleFixes;
import org.turnscript.subtitles.SubtitleLint;
import org.turnscript.subtitles.SubtitleProfile;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code turnscript lint}: checks subtitles against a rule profile. SRT and WebVTT are checked as the file times
 * and breaks them; any other input is checked as Turnscript would lay it out.
 */
final class LintCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "lint",
            new String[] {"Check subtitle cues against a rule profile (timing, gaps, reading speed, lines, speakers)."},
            "  turnscript lint episode.srt                         (Netflix English rules)",
            "  turnscript lint episode.vtt --profile bbc",
            "  turnscript lint episode.srt --profile-file house.properties",
            "  turnscript lint episode.srt --fix -o fixed.srt",
            "",
            "Profiles: netflix (default), bbc, web. A profile file sets any of the keys: base, id,",
            "max-chars-per-line, max-lines, max-cps, min-duration-ms, max-duration-ms, min-gap-frames,",
            "frame-rate, sound-cues (drop, bracketed), two-speaker-cues (true, false).",
            "Output: one line per problem, then 'N cues, E errors, W warnings'. Exit code 0 without errors,",
            "1 with errors (with --fix: errors left in the fixed file), 2 for a usage error.");

    LintCommand() {
        CommandSpecs.input(spec, "FILE", "Subtitle or transcript file, or - for standard input.");
        ProfileOptions.addTo(spec);
        spec.addOption(CommandSpecs.flag("--fix")
                .description("Apply safe fixes (close small gaps, extend short cues into free time; under a "
                        + "strict-timing profile such as netflix, short and fast cues also borrow time from their "
                        + "neighbours) and write the result to -o.").build());
        spec.addOption(CommandSpecs.option(String.class, "OUTPUT", "-o", "--output")
                .description("Where --fix writes the fixed cues: .vtt for WebVTT, anything else SRT.").build());
        InputOptions.addTo(spec);
    }

    /** The model picocli parses this command's arguments with. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws TurnscriptException, IOException {
        String input = CommandSpecs.input(spec);
        boolean fix = CommandSpecs.value(spec, "--fix");
        String output = CommandSpecs.value(spec, "--output");
        if (fix && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--fix needs -o OUTPUT");
        }
        SubtitleProfile profile = ProfileOptions.profile(spec);
        PrintWriter out = spec.commandLine().getOut();
        RawCues read = readCues(input, profile);
        read.problems().forEach(p -> out.println(input + ": " + p.replaceFirst(": ", ": error: ")));
        List<Cue> cues = read.cues();
        List<LintProblem> problems = SubtitleLint.check(cues, profile);
        problems.forEach(p -> out.println(p.message()));
        long errors = SubtitleLint.errors(problems) + read.problems().size();
        out.println(cues.size() + " cues, " + errors + " errors, " + SubtitleLint.warnings(problems) + " warnings");
        if (fix) {
            List<Cue> fixed = SubtitleFixes.fix(cues, profile);
            boolean vtt = output.toLowerCase(Locale.ROOT).endsWith(".vtt");
            String text = vtt ? WebVttFormat.writeCues(fixed) : SrtFormat.writeCues(fixed);
            if ("-".equals(output)) {
                StandardOutput.write(text.getBytes(StandardCharsets.UTF_8));
            } else {
                AtomicFiles.write(Path.of(output), text.getBytes(StandardCharsets.UTF_8));
            }
            List<LintProblem> left = SubtitleLint.check(fixed, profile);
            errors = SubtitleLint.errors(left);
            // With the fixed file on standard output, the summary goes to standard error.
            PrintWriter summary = "-".equals(output) ? spec.commandLine().getErr() : out;
            summary.println("fixed: " + output + ": " + SubtitleLint.summary(fixed.size(), left));
            summary.flush();
        }
        out.flush();
        return errors == 0 ? 0 : 1;
    }

    /** SRT and WebVTT as the file has them; anything else laid out under the profile, as an export would be. */
    private RawCues readCues(String input, SubtitleProfile profile) throws FormatException {
        ImportSettings settings = InputOptions.settings(spec);
        // Not isRegularFile: pipes and process substitution (/dev/fd/63) are files to read too.
        byte[] bytes = "-".equals(input) ? Inputs.standardInput(System.in, settings.limits())
                : Inputs.bytes(input, settings.limits());
        return ConversionService.standard().readCues(bytes, input, settings, profile);
    }
}
