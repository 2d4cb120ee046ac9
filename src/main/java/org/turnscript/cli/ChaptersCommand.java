package org.turnscript.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.turnscript.chapters.ChapterSuggester;
import org.turnscript.chapters.ChapterSuggestion;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.json.NativeJsonFormat;
import org.turnscript.model.Transcript;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code turnscript chapters}: suggests where the show's chapters start, lists every suggestion with its cue and
 * score, and writes a project with those at or above the threshold as chapters.
 */
final class ChaptersCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "chapters",
            new String[] {"Suggest chapters (the intro, each topic) and write a project that has them."},
            "  turnscript chapters page.txt --speakers Brian,Kate,Chris,Skyler -o ep.json",
            "  turnscript chapters ep.json --threshold 0.5 -o ep.json",
            "  turnscript convert ep.json --to youtube-chapters",
            "",
            "Cues: the start of the recording; a sound tag such as [Music] between speech",
            "  in mid-recording; a pause of 2.5 s or more where times are measured;",
            "  sign-posts (\"let's move on\", \"moving on to\", \"let's talk about\",",
            "  \"last week X released\"; ordinals such as \"and then finally\" unless they",
            "  preview the show); each raised by a shift in vocabulary (TextTiling).",
            "Chapters already in a project stay as they are.");

    ChaptersCommand() {
        CommandSpecs.input(spec, "INPUT", "Input file, or - for standard input.");
        spec.addOption(CommandSpecs.option(String.class, "OUTPUT", "-o", "--output").required(true)
                .description("The project to write (Turnscript JSON), or - for standard output.").build());
        spec.addOption(CommandSpecs.option(double.class, "SCORE", "--threshold")
                .defaultValue("" + ChapterSuggester.DEFAULT_THRESHOLD)
                .description("Apply suggestions scoring at least this (0-1; default: ${DEFAULT-VALUE}).").build());
        InputOptions.addTo(spec);
    }

    /** The model picocli parses this command's arguments with. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws FormatException, IOException {
        ConversionService service = ConversionService.standard();
        String input = CommandSpecs.input(spec);
        String output = CommandSpecs.value(spec, "--output");
        double threshold = CommandSpecs.value(spec, "--threshold");
        LoadedDocument doc = Inputs.read(service, input, InputOptions.settings(spec), System.in);
        PrintWriter err = spec.commandLine().getErr();
        doc.warnings().forEach(w -> err.println(input + ": warning: " + w));
        Transcript with = service.withSuggestedChapters(doc.transcript(), threshold);
        PrintWriter report = "-".equals(output) ? err : spec.commandLine().getOut();
        for (ChapterSuggestion s : service.suggestChapters(doc.transcript())) {
            report.printf("%s %-8s %.2f  %-40s %s%n", s.score() >= threshold ? "+" : " ",
                    s.startMs() < 0 ? "-" : clock(s.startMs()), s.score(), s.title(), s.cue());
        }
        report.printf("%d chapters (suggestions from %.2f on, marked +)%n", with.chapters().size(), threshold);
        report.flush();
        if ("-".equals(output)) {
            StandardOutput.write(service.exportBytes(with, NativeJsonFormat.ID, ExportOptions.DEFAULTS));
            StandardOutput.check();
        } else {
            service.exportTo(Path.of(output), with, NativeJsonFormat.ID, ExportOptions.DEFAULTS);
        }
        err.flush();
        return 0;
    }

    private static String clock(long ms) {
        long s = ms / 1000;
        return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
