package org.turnscript.cli;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.InputLimits;
import org.turnscript.model.Word;
import org.turnscript.convert.ConversionService;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Options shared by every command that reads a transcript. */
final class InputOptions {

    private InputOptions() {
    }

    /** Adds the options to a command. */
    static void addTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.option(String.class, "FORMAT", "--from")
                .description("Input format instead of detection: caption-text, srt, vtt, sbv, srv1, srv3, json3, "
                        + "json, podcast-json, whisperx-json, dpe-json.").build());
        spec.addOption(CommandSpecs.option(Charset.class, "CHARSET", "--encoding")
                .description("Input encoding instead of detection, e.g. windows-1250, GB2312, Big5.").build());
        spec.addOption(CommandSpecs.list("NAMES", "--speakers")
                .description("Speaker roster in key order, e.g. Brian,Kate,Chris,Skyler.").build());
        spec.addOption(CommandSpecs.option(Double.class, "SECONDS", "--duration")
                .description("Media duration, used to estimate times of untimed text.").build());
        spec.addOption(CommandSpecs.option(Long.class, "MB", InputLimits.MAX_INPUT_OPTION)
                .description("Largest input read whole, in megabytes (default: 64). Subtitles converted to subtitles "
                        + "from a file to a file stream and are not limited.").build());
        spec.addOption(CommandSpecs.option(Integer.class, "N", InputLimits.MAX_LINE_OPTION)
                .description("Longest input line, in characters (default: 1000000).").build());
    }

    /** The settings; a duration that is no duration or a format nobody reads is a usage error (exit 2). */
    static ImportSettings settings(CommandSpec spec) {
        String from = CommandSpecs.value(spec, "--from");
        Double durationSeconds = CommandSpecs.value(spec, "--duration");
        Long maxInputMb = CommandSpecs.value(spec, InputLimits.MAX_INPUT_OPTION);
        Integer maxLineChars = CommandSpecs.value(spec, InputLimits.MAX_LINE_OPTION);
        List<String> speakers = CommandSpecs.value(spec, "--speakers");
        if (durationSeconds != null && !(durationSeconds > 0 && durationSeconds < 3_600_000)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--duration must be a number of seconds above 0, not " + durationSeconds);
        }
        if (from != null && ConversionService.standard().formats().byId(from).filter(f -> f.canRead()).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown input format '" + from + "' ("
                    + String.join(", ", ConversionService.standard().formats().readers().stream()
                    .map(f -> f.id()).toList()) + ")");
        }
        if (maxInputMb != null && !(maxInputMb > 0 && maxInputMb <= 2047)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    InputLimits.MAX_INPUT_OPTION + " must be from 1 to 2047, not " + maxInputMb);
        }
        if (maxLineChars != null && maxLineChars <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    InputLimits.MAX_LINE_OPTION + " must be above 0, not " + maxLineChars);
        }
        InputLimits limits = new InputLimits(
                maxInputMb == null ? InputLimits.DEFAULTS.maxInputBytes() : maxInputMb << 20,
                maxLineChars == null ? InputLimits.DEFAULTS.maxLineChars() : maxLineChars);
        long duration = durationSeconds == null ? Word.UNKNOWN_TIME : Math.round(durationSeconds * 1000);
        List<String> names = new ArrayList<>();
        for (String name : speakers) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return new ImportSettings(from, CommandSpecs.value(spec, "--encoding"), names, duration, limits);
    }
}
