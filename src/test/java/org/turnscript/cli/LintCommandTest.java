package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LintCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = TurnscriptCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void passesAFileWithinTheRules() throws IOException {
        Path srt = file("ok.srt", "1\n00:00:01,000 --> 00:00:02,500\nHello there.\n\n"
                + "2\n00:00:03,000 --> 00:00:04,500\nHi.\n");
        assertThat(run("lint", srt.toString())).isZero();
        assertThat(out.toString()).isEqualTo("2 cues, 0 errors, 0 warnings\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void reportsEachProblemOnItsLineAndExitsOneOnErrors() throws IOException {
        Path srt = file("bad.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n"
                + "2\n00:00:02,000 --> 00:00:02,500\nHi.\n");
        assertThat(run("lint", srt.toString(), "--profile", "bbc")).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                "cue 1 (00:00:01,000): error: gap to the next cue too small, 0 ms vs 80 ms minimum",
                "cue 2 (00:00:02,000): warning: too short, 500 ms vs 1000 ms minimum",
                "2 cues, 1 errors, 1 warnings");
    }

    @Test
    void checksWebVttVoicesAsTheFileHasThem() throws IOException {
        Path vtt = file("two.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Kate>Are you coming?</v>\n"
                + "<v Tom>In a minute.</v>\n");
        assertThat(run("lint", vtt.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("cue 1 (00:00:01,000): error: spans a speaker change");
    }

    @Test
    void writesSafelyFixedCuesAndReportsWhatIsLeft() throws IOException {
        Path srt = file("fixable.srt", "1\n00:00:01,000 --> 00:00:01,300\nHi.\n\n"
                + "2\n00:00:05,000 --> 00:00:06,000\nHello there.\n");
        Path fixed = dir.resolve("fixed.vtt");
        assertThat(run("lint", srt.toString(), "--fix", "-o", fixed.toString())).isZero();
        assertThat(Files.readString(fixed)).isEqualTo("WEBVTT\n\n00:00:01.000 --> 00:00:01.833\nHi.\n\n"
                + "00:00:05.000 --> 00:00:06.000\nHello there.\n\n");
        assertThat(out.toString()).contains("fixed: " + fixed + ": 2 cues, 0 errors, 0 warnings");
    }

    @Test
    void readsACustomProfileFile() throws IOException {
        Path profile = file("tight.properties", "base = netflix\nmax-chars-per-line = 10\n");
        Path srt = file("long.srt", "1\n00:00:01,000 --> 00:00:03,000\nHello there.\n");
        assertThat(run("lint", srt.toString(), "--profile-file", profile.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("line too long (line 1), 12 characters vs 10 characters allowed");
    }

    @Test
    void refusesAnUnknownProfileAsAUsageError() throws IOException {
        Path srt = file("ok.srt", "1\n00:00:01,000 --> 00:00:02,500\nHello there.\n");
        assertThat(run("lint", srt.toString(), "--profile", "dvd")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown subtitle profile 'dvd'");
    }

    @Test
    void countsUnreadableBlocksAsErrors() throws IOException {
        Path srt = file("broken.srt", "1\n00:00:01,000 --> 00:00:02,500\nHello there.\n\n"
                + "2\n00:00:xx,000 --> 00:00:04,000\nLost.\n");
        assertThat(run("lint", srt.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("broken.srt: line 6: error: unreadable timing line")
                .contains("1 cues, 1 errors, 0 warnings");
    }
}
