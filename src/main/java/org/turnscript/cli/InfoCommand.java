package org.turnscript.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.DocumentInfo;
import org.turnscript.convert.DocumentSummary;
import org.turnscript.convert.ImportSettings;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Metadata;
import org.turnscript.model.Speaker;
import org.turnscript.model.TimeSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code turnscript info}: what a file is and what is in it. */
final class InfoCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "info",
            new String[] {"Show a file's detected format, encoding, words, segments, speakers, duration and timing."},
            "  turnscript info episode.en.vtt", "  turnscript info page.txt --speakers Brian,Kate");

    InfoCommand() {
        CommandSpecs.input(spec, "INPUT", "Input file, or - for standard input.");
        InputOptions.addTo(spec);
    }

    /** The model picocli parses this command's arguments with. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws FormatException {
        ConversionService service = ConversionService.standard();
        String input = CommandSpecs.input(spec);
        ImportSettings settings = InputOptions.settings(spec);
        DocumentSummary doc = "-".equals(input)
                ? service.summarize(Inputs.standardInput(System.in, settings.limits()), "-", settings)
                : service.summarize(Inputs.existing(input), settings);
        DocumentInfo info = doc.info();
        Metadata m = doc.metadata();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("file:       %s%n", input);
        out.printf("format:     %s%n", doc.formatId());
        out.printf("encoding:   %s%n", doc.encoding());
        if (m.title() != null) {
            out.printf("title:      %s%n", m.title());
        }
        if (m.channel() != null) {
            out.printf("channel:    %s%n", m.channel());
        }
        if (m.mediaId() != null) {
            out.printf("media id:   %s%n", m.mediaId());
        }
        if (m.published() != null) {
            out.printf("published:  %s%n", m.published());
        }
        out.printf("words:      %d (%d spoken)%n", info.words(), info.speechWords());
        out.printf("segments:   %d (%d non-speech)%n", info.segments(), info.nonSpeech());
        out.printf("speakers:   %d%s%n", info.speakers(), names(doc));
        out.printf("duration:   %s%n", info.durationMs() < 0 ? "unknown" : Clock.format(info.durationMs()));
        out.printf("timing:     %s%n", timing(info.timingSources()));
        if (m.timingNote() != null) {
            out.printf("            %s%n", m.timingNote());
        }
        doc.warnings().forEach(w -> out.printf("warning:    %s%n", w));
        out.flush();
        return 0;
    }

    private static String names(DocumentSummary doc) {
        var speakers = doc.roster().speakers();
        return speakers.isEmpty() ? "" : " (" + String.join(", ", speakers.stream().map(Speaker::name).toList()) + ")";
    }

    private static String timing(Map<TimeSource, Integer> sources) {
        StringBuilder sb = new StringBuilder();
        for (TimeSource s : TimeSource.values()) {
            Integer n = sources.get(s);
            if (n != null) {
                sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(s.name().toLowerCase());
            }
        }
        return sb.length() == 0 ? "no words" : sb.toString();
    }
}
