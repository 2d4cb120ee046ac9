package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, messages, files written. */
class TurnscriptCommandTest {

    @TempDir
    static Path dir;

    static Path sample;

    @BeforeAll
    static void copySample() throws IOException {
        sample = dir.resolve("mixture-of-experts-2024-05-31.txt");
        try (InputStream in = TurnscriptCommandTest.class.getResourceAsStream(
                "/org/turnscript/formats/text/mixture-of-experts-2024-05-31.txt")) {
            Files.copy(in, sample);
        }
    }

    record Run(int exit, String out, String err) {
    }

    /** Runs the command line in this JVM with standard output and error captured. */
    static Run run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = TurnscriptCommand.commandLine().execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void convertsTheSampleToEveryFormatByExtension() throws IOException {
        for (String ext : List.of("srt", "vtt", "json", "txt", "md")) {
            Path out = dir.resolve("moe." + ext);
            Run r = run("convert", sample.toString(), "--speakers", "Brian,Kate,Chris,Skyler", "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(Files.size(out)).isGreaterThan(10_000);
        }
        assertThat(Files.readString(dir.resolve("moe.vtt"))).startsWith("WEBVTT");
        assertThat(Files.readString(dir.resolve("moe.json"))).contains("\"format\" : \"turnscript\"".replace(" :", ":"));
    }

    @Test
    void srtCoversTheWholeEpisode() throws IOException {
        Path out = dir.resolve("whole.srt");
        assertThat(run("convert", sample.toString(), "-o", out.toString()).exit()).isZero();
        List<String> timings = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            if (line.contains(" --> ")) {
                timings.add(line);
            }
        }
        assertThat(timings.get(0)).startsWith("00:00:00,000");
        String last = timings.get(timings.size() - 1);
        assertThat(last.substring(17)).isGreaterThanOrEqualTo("00:44:2").isLessThanOrEqualTo("00:44:30,000");
    }

    @Test
    void writesToStandardOutputWithTo() {
        Run r = run("convert", sample.toString(), "--to", "podcast-json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"version\"").contains("\"segments\"");
    }

    @Test
    void infoNamesFormatEncodingAndCounts() {
        Run r = run("info", sample.toString(), "--speakers", "Brian,Kate,Chris,Skyler");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("format:     caption-text").contains("encoding:   UTF-8")
                .contains("words:      8457").contains("44:30").contains("Brian, Kate, Chris, Skyler")
                .contains("8457 estimated");
    }

    @Test
    void badInputExitsOneWithFileAndLineAndNoStackTrace() throws IOException {
        Path bad = dir.resolve("broken.turnscript.json");
        Files.writeString(bad, "{\n\"format\": \"turnscript\",\n\"version\": 1,\n\"segments\": [\n");
        Run r = run("convert", bad.toString(), "-o", dir.resolve("x.srt").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).matches(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+: .+");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(dir.resolve("x.srt")).doesNotExist();
    }

    @Test
    void missingFileExitsOne() {
        Run r = run("info", dir.resolve("nope.srt").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nope.srt: no such file");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("convert").exit()).isEqualTo(2);
        assertThat(run("convert", sample.toString(), "--to", "docx").exit()).isEqualTo(2);
        assertThat(run("convert", sample.toString(), "--speaker-label", "fancy").exit()).isEqualTo(2);
        assertThat(run("frobnicate").exit()).isEqualTo(2);
        assertThat(run("info", sample.toString(), "--from", "docx").exit()).isEqualTo(2);
        assertThat(run("info", sample.toString(), "--duration", "-5").exit()).isEqualTo(2);
    }

    @Test
    void helpShowsWorkedExamplesAndVersionAnswers() {
        Run help = run("convert", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Examples:").contains("--speakers Brian,Kate,Chris,Skyler");
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).contains("Turnscript");
    }

    @Test
    void convertFollowsTheChosenProfileAndLabelSettings() throws IOException {
        Path out = dir.resolve("bbc.srt");
        Run r = run("convert", sample.toString(), "--profile", "bbc", "--label-case", "upper", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        int longest = Files.readAllLines(out).stream().filter(l -> !l.contains("-->"))
                .mapToInt(String::length).max().orElse(0);
        assertThat(longest).isLessThanOrEqualTo(37);
        Run lint = run("lint", out.toString(), "--profile", "bbc");
        assertThat(lint.exit()).as(lint.out()).isZero();
        assertThat(lint.out()).contains(" 0 errors");
    }

    @Test
    void unknownProfileIsAUsageError() {
        assertThat(run("convert", sample.toString(), "--profile", "cinema", "--to", "srt").exit()).isEqualTo(2);
    }

    @Test
    void cleanRefusesToWriteAProjectUnderASubtitleName() {
        Run r = run("clean", sample.toString(), "-o", dir.resolve("cleaned.srt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("convert --clean");
        assertThat(dir.resolve("cleaned.srt")).doesNotExist();
    }

    @Test
    void lintWritesTheFixedFileToStandardOutputAndTheSummaryToStandardError() throws IOException {
        Path srt = dir.resolve("to-fix.srt");
        Files.writeString(srt, "1\n00:00:01,000 --> 00:00:01,200\nToo short.\n\n2\n00:00:05,000 --> 00:00:06,000\nNext.\n");
        Run r = run("lint", srt.toString(), "--fix", "-o", "-");
        assertThat(r.out()).contains("00:00:01,000 --> ").contains("Too short.");
        assertThat(r.err()).contains("fixed: -:");
        assertThat(Path.of("-")).doesNotExist(); // not a file named "-" in the working folder
    }
}
