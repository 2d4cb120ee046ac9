package org.turnscript.cli;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.InputLimits;
import org.turnscript.model.Word;
import org.turnscript.convert.ConversionService;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by every command that reads a transcript. */
final class InputOptions {

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "Input format instead of detection: caption-text, srt, vtt, sbv, srv1, srv3, json3, "
                    + "json, podcast-json, whisperx-json, dpe-json.")
    String from;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Input encoding instead of detection, e.g. windows-1250, GB2312, Big5.")
    Charset encoding;

    @Option(names = "--speakers", split = ",", paramLabel = "NAMES",
            description = "Speaker roster in key order, e.g. Brian,Kate,Chris,Skyler.")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "Media duration, used to estimate times of untimed text.")
    Double durationSeconds;

    @Option(names = InputLimits.MAX_INPUT_OPTION, paramLabel = "MB",
            description = "Largest input read whole, in megabytes (default: 64). Subtitles converted to subtitles "
                    + "from a file to a file stream and are not limited.")
    Long maxInputMb;

    @Option(names = InputLimits.MAX_LINE_OPTION, paramLabel = "N",
            description = "Longest input line, in characters (default: 1000000).")
    Integer maxLineChars;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    /** The settings; a duration that is no duration or a format nobody reads is a usage error (exit 2). */
    ImportSettings toSettings() {
        if (durationSeconds != null && !(durationSeconds > 0 && durationSeconds < 3_600_000)) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    "--duration must be a number of seconds above 0, not " + durationSeconds);
        }
        if (from != null && ConversionService.standard().formats().byId(from).filter(f -> f.canRead()).isEmpty()) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "unknown input format '" + from + "' ("
                    + String.join(", ", ConversionService.standard().formats().readers().stream()
                    .map(f -> f.id()).toList()) + ")");
        }
        if (maxInputMb != null && !(maxInputMb > 0 && maxInputMb <= 2047)) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    InputLimits.MAX_INPUT_OPTION + " must be from 1 to 2047, not " + maxInputMb);
        }
        if (maxLineChars != null && maxLineChars <= 0) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    InputLimits.MAX_LINE_OPTION + " must be above 0, not " + maxLineChars);
        }
        InputLimits limits = new InputLimits(
                maxInputMb == null ? InputLimits.DEFAULTS.maxInputBytes() : maxInputMb << 20,
                maxLineChars == null ? InputLimits.DEFAULTS.maxLineChars() : maxLineChars);
        long duration = durationSeconds == null ? Word.UNKNOWN_TIME : Math.round(durationSeconds * 1000);
        List<String> names = speakers.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ImportSettings(from, encoding, names, duration, limits);
    }
}
