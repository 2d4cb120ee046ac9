package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.about.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the command line says and how it reads its options, byte for byte: the help of every command, the usage
 * errors, and the value every option takes from a command line. The expected text is
 * {@code command-line.golden.txt} beside this test's package in the test resources; it is what the command line
 * printed before its models were built in code instead of from annotations, so any change to the help or to an
 * option's behaviour shows here. After an intended change, write the file afresh with
 * {@code -Dturnscript.golden.write=FILE} and review the difference.
 */
class CommandLineGoldenTest {

    private static final String GOLDEN = "/org/turnscript/cli/command-line.golden.txt";

    /** Runs as a user would (the same models {@code main} builds), output and errors captured. */
    private static final List<List<String>> RUNS = List.of(
            List.of(),
            List.of("--help"),
            List.of("-h"),
            List.of("--version"),
            List.of("-V"),
            List.of("-hV"),
            List.of("help"),
            List.of("help", "convert"),
            List.of("help", "info"),
            List.of("help", "clean"),
            List.of("help", "lint"),
            List.of("help", "chapters"),
            List.of("help", "suggest"),
            List.of("help", "help"),
            List.of("help", "nosuch"),
            List.of("convert", "--help"),
            List.of("info", "--help"),
            List.of("clean", "--help"),
            List.of("lint", "--help"),
            List.of("chapters", "--help"),
            List.of("suggest", "--help"),
            List.of("convert", "-h"),
            List.of("convert", "-V"),
            List.of("info", "--version"),
            List.of("nosuch"),
            List.of("--nosuch"),
            List.of("convert"),
            List.of("convert", "a.srt", "b.srt"),
            List.of("convert", "a.srt", "--nosuch"),
            List.of("convert", "a.srt", "--duration", "abc"),
            List.of("convert", "a.srt", "--duration"),
            List.of("convert", "a.srt", "--duration", "-5", "--to", "vtt"),
            List.of("convert", "a.srt", "--max-input-mb", "x"),
            List.of("convert", "a.srt", "--max-line-chars", "1.5"),
            List.of("convert", "a.srt", "--encoding", "no-such-charset"),
            List.of("convert", "a.srt", "--label-in-cps=maybe"),
            List.of("convert", "a.srt", "--no-label-in-cps=true"),
            List.of("convert", "a.srt", "-o", "a.xyz"),
            List.of("convert", "a.srt", "--to", "doc"),
            List.of("convert", "a.srt"),
            List.of("convert", "no-such-file.srt", "-o", "out.vtt"),
            List.of("convert", "a.srt", "--speaker-label", "loud", "--to", "srt"),
            List.of("convert", "a.srt", "--profile", "nosuch", "--to", "srt"),
            List.of("convert", "a.srt", "--from", "doc", "--to", "srt"),
            List.of("info"),
            List.of("info", "no-such-file.srt"),
            List.of("info", "a.srt", "--to", "srt"),
            List.of("clean", "a.srt"),
            List.of("clean", "a.srt", "--examples", "x"),
            List.of("clean", "a.srt", "--report", "--examples", "-1"),
            List.of("clean", "a.srt", "-o", "a.srt"),
            List.of("lint"),
            List.of("lint", "a.srt", "--fix"),
            List.of("chapters", "a.srt"),
            List.of("chapters", "a.srt", "--threshold", "x", "-o", "a.json"),
            List.of("suggest", "a.srt"),
            List.of("suggest", "a.srt", "-o", "a.json"),
            List.of("suggest", "a.srt", "-o", "a.json", "--threshold", "2"),
            List.of("suggest", "a.srt", "-o", "a.json", "--threshold", "x"));

    /** Parsed only: the value each option and parameter of the command takes. */
    private static final List<List<String>> PARSES = List.of(
            List.of("convert", "a.srt"),
            List.of("convert", "a.srt", "-o", "b.vtt", "--to", "vtt", "--speaker-label", "upper", "--no-sound-tags",
                    "--clean", "fillers,repeats", "--clean", "tags", "--glossary", "g.tsv", "--label-case", "title",
                    "--label-every-cue", "--no-label-in-cps", "--relayout", "--times-from", "t.vtt", "--media",
                    "a.wav", "--profile", "bbc", "--profile-file", "p.properties", "--from", "srt", "--encoding",
                    "windows-1250", "--speakers", "A, B,,C", "--speakers", "D", "--duration", "12.5",
                    "--max-input-mb", "5", "--max-line-chars", "100"),
            List.of("convert", "-", "--output=b.srt", "--label-in-cps", "--to=srt", "--speakers=A"),
            List.of("convert", "-ob.srt", "a.srt", "--label-in-cps=false", "--duration=1e3"),
            List.of("convert", "a.srt", "--no-label-in-cps=false", "--encoding", "UTF-16LE"),
            List.of("convert", "--", "-o"),
            List.of("info", "a.srt"),
            List.of("info", "-", "--from", "vtt", "--speakers", "A,B", "--duration", "60", "--encoding", "Big5",
                    "--max-input-mb", "2047", "--max-line-chars", "7"),
            List.of("clean", "a.srt"),
            List.of("clean", "a.srt", "--rules", "fillers", "--rules", "repeats,casing", "--report", "--examples",
                    "3", "-o", "c.json", "--glossary", "g.tsv", "--speakers", "A", "--from", "srt", "--encoding", "UTF-8",
                    "--duration", "9", "--max-input-mb", "3", "--max-line-chars", "9"),
            List.of("clean", "a.srt", "--output", "-", "--examples=0"),
            List.of("lint", "a.srt"),
            List.of("lint", "a.vtt", "--fix", "-o", "b.vtt", "--profile", "web", "--profile-file", "p.properties",
                    "--from", "vtt", "--encoding", "UTF-8", "--speakers", "A", "--duration", "3",
                    "--max-input-mb", "1", "--max-line-chars", "80"),
            List.of("chapters", "a.srt", "-o", "c.json"),
            List.of("chapters", "a.srt", "--output", "-", "--threshold", "0.25", "--speakers", "A,B", "--from",
                    "srt", "--encoding", "UTF-8", "--duration", "9", "--max-input-mb", "3", "--max-line-chars", "9"),
            List.of("suggest", "a.srt", "-o", "s.json"),
            List.of("suggest", "a.srt", "--output=-", "--threshold", "0.5", "--media", "a.wav", "--speakers",
                    "A,B", "--duration", "30", "--from", "srt", "--encoding", "UTF-8", "--max-input-mb", "3",
                    "--max-line-chars", "9"));

    @Test
    void helpErrorsAndOptionValuesAreAsBefore() throws IOException {
        String actual = transcript();
        String path = System.getProperty("turnscript.golden.write");
        if (path != null) {
            Files.writeString(Path.of(path), actual, StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream in = CommandLineGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyOptionOfEveryCommandIsParsedAbove() {
        CommandLine all = TurnscriptCommand.commandLine();
        for (var sub : all.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            for (OptionSpec option : sub.getValue().getCommandSpec().options()) {
                if (option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                boolean given = PARSES.stream().anyMatch(args -> args.get(0).equals(sub.getKey())
                        && args.stream().anyMatch(a -> List.of(option.names()).contains(a.split("=")[0])));
                assertThat(given).as(sub.getKey() + " " + option.longestName()).isTrue();
            }
        }
    }

    private static String transcript() {
        StringBuilder b = new StringBuilder();
        // The files named above do not exist, except a.srt, made here so commands reach their own checks.
        Path dir;
        try {
            dir = Files.createTempDirectory("golden");
            Files.writeString(dir.resolve("a.srt"), "1\n00:00:01,000 --> 00:00:02,000\nHello there.\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // The version line names the commit the build was made from.
        String version = BuildInfo.current().describe();
        for (List<String> args : RUNS) {
            List<String> resolved = args.stream().map(a -> a.equals("a.srt") ? dir.resolve(a).toString() : a)
                    .toList();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = TurnscriptCommand.forArguments(resolved.toArray(String[]::new));
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute(resolved.toArray(String[]::new));
            b.append("### turnscript ").append(String.join(" ", args)).append("\nexit ").append(exit)
                    .append("\n--- out\n")
                    .append(out.toString().replace(dir.toString(), "DIR").replace(version, "VERSION"))
                    .append("--- err\n").append(err.toString().replace(dir.toString(), "DIR")).append('\n');
        }
        for (List<String> args : PARSES) {
            CommandLine cl = TurnscriptCommand.forArguments(args.toArray(String[]::new));
            CommandLine.ParseResult parsed = cl.parseArgs(args.toArray(String[]::new));
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            b.append("### parse ").append(String.join(" ", args)).append('\n');
            CommandSpec spec = parsed.commandSpec();
            for (ArgSpec p : spec.positionalParameters()) {
                b.append(p.paramLabel()).append(" = ").append(describe(p.getValue())).append('\n');
            }
            for (OptionSpec o : spec.options().stream().sorted(Comparator.comparing(OptionSpec::longestName))
                    .toList()) {
                b.append(o.longestName()).append(parsed.hasMatchedOption(o) ? " (given)" : "").append(" = ")
                        .append(describe(o.getValue())).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
