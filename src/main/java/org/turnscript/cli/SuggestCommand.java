package org.turnscript.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.RecordingDecoder;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.MediaPaths;
import org.turnscript.convert.TimesFromRecording;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Transcript;
import org.turnscript.suggest.SuggestionApplier;
import org.turnscript.suggest.TurnCue;
import org.turnscript.suggest.TurnSuggester;
import org.turnscript.suggest.TurnSuggestion;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code turnscript suggest}: speaker turns suggested from the text (and real pauses, and with a recording its voices)
 * and applied as turn starts.
 */
final class SuggestCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "suggest",
            new String[] {"Suggest where speaker turns start and who speaks, from names, replies and pauses, and write "
                + "a project with the suggestions at or above the threshold applied as turn starts. Each such segment "
                + "keeps its score and cue in a \"suggestion\" field; open the project in the editor to review them.",
                "Pauses count only where word times are real (word-timed captions, timed cues, anchors) or come from "
                + "the recording (--media); estimated times give none. With --media the voices are heard too: a "
                + "change of voice suggests a turn, and each voice is tied to a speaker (the first heard to the first "
                + "in --speakers, and so on: list them in the order they first speak)."},
            "  turnscript suggest page.txt --speakers Brian,Kate,Chris,Skyler -o episode.turnscript.json",
            "  turnscript suggest episode.en.vtt --speakers Adam,Dave --threshold 0.5 -o episode.json",
            "  turnscript suggest page.txt --speakers Brian,Kate --media episode.wav -o episode.turnscript.json");

    SuggestCommand() {
        CommandSpecs.input(spec, "INPUT", "Input file (any format Turnscript reads), or -.");
        InputOptions.addTo(spec);
        spec.addOption(CommandSpecs.option(double.class, "X", "--threshold")
                .defaultValue("" + TurnSuggester.DEFAULT_THRESHOLD)
                .description("Apply suggestions scoring at least X (0–1; default ${DEFAULT-VALUE}). Higher: fewer, "
                        + "surer turns.").build());
        spec.addOption(CommandSpecs.option(Path.class, "AUDIO", "--media")
                .description("Time the words from the recording first (any format convert --media reads), so that "
                        + "its pauses and changes of voice count as cues; the project keeps those times.").build());
        spec.addOption(CommandSpecs.option(String.class, "OUT", "-o", "--output").required(true)
                .description("The project to write (Turnscript JSON), or - for standard output.").build());
    }

    /** The model picocli parses this command's arguments with. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws FormatException, java.io.IOException {
        String input = CommandSpecs.input(spec);
        double threshold = CommandSpecs.value(spec, "--threshold");
        Path media = CommandSpecs.value(spec, "--media");
        String output = CommandSpecs.value(spec, "--output");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threshold must be between 0 and 1, not " + threshold);
        }
        ImportSettings settings = InputOptions.settings(spec);
        if (settings.speakerNames().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--speakers is needed: suggestions name who speaks, e.g. --speakers Brian,Kate,Chris");
        }
        ConversionService service = ConversionService.standard();
        Transcript transcript = Inputs.read(service, input, settings, System.in).transcript();
        TurnSuggester suggester = new TurnSuggester(threshold);
        if (media != null) {
            PcmAudio audio;
            try {
                audio = RecordingDecoder.standard().decode(media, p -> { }, () -> false);
            } catch (java.io.IOException e) {
                throw new FormatException(media.toString(), 0, e.getMessage());
            }
            long duration = Math.min(transcript.metadata().hasDuration() ? transcript.metadata().durationMs()
                    : audio.durationMs(), audio.durationMs());
            // Its silences become pause cues, and its voices say where the speaker changes and who it is. The
            // voices are measured on another core while the words are timed.
            CompletableFuture<VoiceFrames> voices = CompletableFuture.supplyAsync(() -> VoiceFrames.of(audio));
            transcript = TimesFromRecording.retime(transcript, audio, duration, media.getFileName().toString(),
                    p -> { }, () -> false);
            suggester = suggester.withVoices(voices.join());
            transcript = MediaPaths.named(transcript, media, StandardOutput.fileOrNull(output));
        }
        List<TurnSuggestion> chosen = suggester.toApply(transcript, threshold);
        Transcript applied = SuggestionApplier.apply(transcript, chosen);
        if ("-".equals(output)) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(service.export(applied, "json", ExportOptions.DEFAULTS));
            out.flush();
        } else {
            service.exportTo(Path.of(output), applied, "json", ExportOptions.DEFAULTS);
        }
        report(chosen, threshold);
        return 0;
    }

    /** One line on standard error, so that standard output can carry the project. */
    private void report(List<TurnSuggestion> chosen, double threshold) {
        Map<TurnCue, Integer> byCue = new EnumMap<>(TurnCue.class);
        chosen.forEach(s -> byCue.merge(s.cue(), 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        byCue.forEach((cue, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(cue.label()));
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "%d turn starts applied at threshold %.2f%s%n", chosen.size(), threshold,
                b.length() == 0 ? "" : " (" + b + ")");
        err.flush();
    }
}
