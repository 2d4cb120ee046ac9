package org.turnscript.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.turnscript.cleanup.CleanupPipeline;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ConvertedCues;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.convert.MediaPaths;
import org.turnscript.convert.TimesFromCaptions;
import org.turnscript.convert.TimesFromRecording;
import org.turnscript.formats.ExportOptions;
import org.turnscript.model.TurnscriptException;
import org.turnscript.formats.TranscriptFormat;
import org.turnscript.formats.cues.CueFormat;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.LabelCasing;
import org.turnscript.subtitles.SpeakerDisplay;
import org.turnscript.subtitles.SpeakerLabelStyle;
import org.turnscript.subtitles.SubtitleProfile;
import org.turnscript.timing.CaptionRetimer;
import org.turnscript.timing.TimingQuality;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code turnscript convert}: read any supported input, write SRT, WebVTT, JSON, text or Markdown. */
final class ConvertCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "convert",
            new String[] {"Convert a caption or transcript file to another format."},
            "  turnscript convert page.txt --speakers Brian,Kate,Chris,Skyler -o ep.srt",
            "  turnscript convert episode.srt -o episode.vtt          (same cues, re-encoded)",
            "  turnscript convert episode.srt --relayout -o new.srt    (cues laid out afresh)",
            "  turnscript convert episode.en.vtt -o episode.json      (project, lossless)",
            "  turnscript convert episode.srt --to podcast-json -o transcript.json",
            "  turnscript convert captions.txt --duration 2670 --to vtt > episode.vtt",
            "  cat episode.srt | turnscript convert - --to txt",
            "  turnscript convert page.txt --clean all --glossary names.tsv -o ep.srt",
            "  turnscript convert ep.json --profile bbc --speaker-label upper -o ep.srt",
            "  turnscript convert edited.json --times-from episode.en.vtt -o edited.srt",
            "  turnscript convert page.txt --speakers Brian,Kate --media episode.wav -o ep.srt",
            "",
            "Formats (--to): srt, vtt, json (Turnscript project), podcast-json",
            "  (Podcasting 2.0), txt, md; chapters: chapters-json (Podcasting 2.0),",
            "  youtube-chapters (exit 1 when YouTube's rules are broken), vtt-chapters.",
            "Subtitles to subtitles (SRT, WebVTT) keep the source cues: the same count,",
            "  times, text and line breaks, only re-encoded. --relayout, --profile,",
            "  --profile-file, --clean, --glossary, --speakers or a speaker label option",
            "  lay the cues out afresh from the words instead.",
            "Speaker labels (--speaker-label), on the first cue after a change:",
            "  none, name (Kate: ), upper (KATE: ), bracket ([Kate] ), dash (- ),",
            "  chevrons (>> ).",
            "Profiles (--profile): netflix (42 x 2, 20 cps; the default), bbc, web,",
            "  or --profile-file FILE. Check the output: turnscript lint OUT --profile X",
            "Cleanup (--clean): fillers, repeats, tags, tags:normalise, glossary,",
            "  punctuation, casing or all. Preview: turnscript clean INPUT --report");

    ConvertCommand() {
        CommandSpecs.input(spec, "INPUT", "Input file, or - for standard input.");
        spec.addOption(CommandSpecs.option(String.class, "OUTPUT", "-o", "--output").initialValue("-")
                .description("Output file, or - for standard output (the default). The format follows its extension "
                        + "unless --to is given.").build());
        spec.addOption(CommandSpecs.option(String.class, "FORMAT", "--to")
                .description("Output format: srt, vtt, json, podcast-json, txt, md, chapters-json, "
                        + "youtube-chapters, vtt-chapters.").build());
        spec.addOption(CommandSpecs.option(String.class, "STYLE", "--speaker-label").defaultValue("name")
                .description("Visible speaker label on a speaker change: none, name, upper, bracket, dash, chevrons "
                        + "(default: ${DEFAULT-VALUE}).").build());
        spec.addOption(CommandSpecs.flag("--no-sound-tags")
                .description("Leave non-speech segments such as [Music] out of the export.").build());
        spec.addOption(CommandSpecs.list("RULES", "--clean")
                .description("Clean the text before export, with these rules: " + CleanupChoice.RULES_HELP + ".")
                .build());
        spec.addOption(CommandSpecs.option(Path.class, "FILE", "--glossary")
                .description("Glossary of corrections, one 'wrong phrase<TAB>right phrase' per line; implies the "
                        + "glossary rule.").build());
        spec.addOption(CommandSpecs.option(String.class, "CASE", "--label-case").defaultValue("as-written")
                .description("How the label writes the name: as-written, upper, title (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(CommandSpecs.flag("--label-every-cue")
                .description("Show the speaker label on every cue, not only on a change.").build());
        spec.addOption(CommandSpecs.flag("--label-in-cps").negatable(true).defaultValue("true").fallbackValue("true")
                .description("Count the visible label in the reading speed (default: on; --no-label-in-cps to leave "
                        + "it out).").build());
        spec.addOption(CommandSpecs.flag("--relayout")
                .description("Subtitles to subtitles: lay the cues out afresh under the profile instead of keeping "
                        + "the source cues.").build());
        spec.addOption(CommandSpecs.option(Path.class, "TIMED", "--times-from")
                .description("Take word times from a timed caption file of the same recording (YouTube VTT, json3, "
                        + "srv3, any SRT or WebVTT, a project): the words are aligned, matched words take its times, "
                        + "the rest are interpolated; speakers, segments, anchors and cleanup stay as they are.")
                .build());
        spec.addOption(CommandSpecs.option(Path.class, "AUDIO", "--media")
                .description("Time the words from the recording (WAV, AIFF or MP3 by itself; WebM, M4A, Opus, FLAC "
                        + "and the rest with ffmpeg on the PATH): the words are shared out over the stretches of sound "
                        + "between its pauses. Measured, aligned and anchored times stay and bound the rest.").build());
        ProfileOptions.addTo(spec);
        InputOptions.addTo(spec);
    }

    /** The model picocli parses this command's arguments with. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws TurnscriptException, IOException {
        ConversionService service = ConversionService.standard();
        String input = CommandSpecs.input(spec);
        String output = CommandSpecs.value(spec, "--output");
        List<String> clean = CommandSpecs.value(spec, "--clean");
        Path glossary = CommandSpecs.value(spec, "--glossary");
        Path timesFrom = CommandSpecs.value(spec, "--times-from");
        Path media = CommandSpecs.value(spec, "--media");
        TranscriptFormat writer = chooseWriter(service, CommandSpecs.value(spec, "--to"), output);
        SpeakerDisplay display = speakerDisplay();
        SubtitleProfile profile = ProfileOptions.profile(spec);
        CleanupPipeline cleanup = clean.isEmpty() && glossary == null ? null
                : CleanupChoice.pipeline(service, clean, glossary, spec.commandLine());
        ImportSettings settings = CleanupChoice.keepingGlossaryPhrases(InputOptions.settings(spec), cleanup);
        PrintWriter err = spec.commandLine().getErr();
        byte[] stdin = "-".equals(input) ? Inputs.standardInput(System.in, settings.limits()) : null;
        if (keepsCues()) {
            Optional<ConvertedCues> kept = stdin != null || "-".equals(output)
                    ? service.convertCues(stdin != null ? stdin : Inputs.bytes(input, settings.limits()), input,
                            settings, writer.id(), StandardOutput.stream())
                    : service.convertCues(Inputs.existing(input), settings, writer.id(), Path.of(output));
            if (kept.isPresent()) {
                kept.get().warnings().forEach(w -> err.println(input + ": warning: " + w));
                err.flush();
                StandardOutput.check();
                return 0;
            }
        }
        LoadedDocument doc = stdin != null ? service.read(stdin, "-", settings)
                : Inputs.read(service, input, settings, System.in);
        doc.warnings().forEach(w -> err.println(input + ": warning: " + w));
        Transcript transcript = cleanup == null ? doc.transcript() : service.clean(doc.transcript(), cleanup)
                .transcript();
        if (timesFrom != null) {
            Transcript cleaned = transcript;
            CaptionRetimer.Retimed retimed = TimesFromCaptions.retime(service, cleaned, timesFrom);
            retimed.report().lines().forEach(l -> err.println(timesFrom + ": " + l));
            transcript = retimed.transcript();
        }
        if (media != null) {
            transcript = MediaPaths.named(TimesFromRecording.retime(transcript, media), media,
                    StandardOutput.fileOrNull(output));
        }
        if (TimingQuality.mostlyEstimated(transcript) && writer instanceof CueFormat) {
            err.println(output + ": warning: " + TimingQuality.MOSTLY_ESTIMATED_WARNING);
        }
        boolean noSoundTags = CommandSpecs.value(spec, "--no-sound-tags");
        ExportOptions options = ExportOptions.DEFAULTS.withSpeakerDisplay(display).withProfile(profile)
                .withNonSpeech(!noSoundTags);
        if ("-".equals(output)) {
            byte[] bytes = service.checkedExportBytes(transcript, writer.id(), options, output);
            StandardOutput.write(bytes);
        } else {
            service.checkedExportTo(Path.of(output), transcript, writer.id(), options);
        }
        // The file is written all the same; the exit code tells a script that it will not be accepted as it is.
        List<String> problems = service.exportProblems(transcript, writer.id(), options);
        problems.forEach(p -> err.println(input + ": warning: " + p));
        err.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    /** Options that change speakers, text or layout: with any of them, subtitles are laid out afresh. */
    private static final List<String> RELAYOUT_OPTIONS = List.of("--relayout", "--profile", "--profile-file",
            "--clean", "--glossary", "--speakers", "--speaker-label", "--label-case", "--label-every-cue",
            "--label-in-cps", "--no-sound-tags", "--times-from", "--media");

    private boolean keepsCues() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        for (String option : RELAYOUT_OPTIONS) {
            if (parsed.hasMatchedOption(option)) {
                return false;
            }
        }
        return true;
    }

    private TranscriptFormat chooseWriter(ConversionService service, String to, String output) {
        if (to != null) {
            return service.formats().byId(to).filter(TranscriptFormat::canWrite).orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), "unknown output format '" + to
                            + "' (srt, vtt, json, podcast-json, txt, md, chapters-json, youtube-chapters, vtt-chapters)"));
        }
        if ("-".equals(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "writing to standard output needs --to FORMAT (srt, vtt, json, podcast-json, txt, md, chapters-json, youtube-chapters, vtt-chapters)");
        }
        return service.formats().writerForFileName(output).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "cannot tell the format from '" + output
                        + "'; add --to FORMAT (srt, vtt, json, podcast-json, txt, md, chapters-json, youtube-chapters, vtt-chapters)"));
    }

    private SpeakerDisplay speakerDisplay() {
        try {
            return new SpeakerDisplay(SpeakerLabelStyle.fromId(CommandSpecs.value(spec, "--speaker-label")),
                    LabelCasing.fromId(CommandSpecs.value(spec, "--label-case")),
                    CommandSpecs.value(spec, "--label-every-cue"), CommandSpecs.value(spec, "--label-in-cps"));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

}
