package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} keeps subtitle cues unless an option asks for them to be laid out afresh. */
class ConvertKeepsCuesTest {

    private static final String SRT = """
            1
            00:00:01,000 --> 00:00:01,400
            Yes.

            2
            00:00:01,400 --> 00:00:09,000
            This line is long enough that a fresh layout under any profile would break it in two.
            """;

    @Test
    void srtToWebVttKeepsTheCuesAsTheyAre(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.srt");
        Files.writeString(in, SRT);
        Path out = dir.resolve("out.vtt");

        CommandRun run = CommandRun.of("convert", in.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out)).isEqualTo("""
                WEBVTT

                00:00:01.000 --> 00:00:01.400
                Yes.

                00:00:01.400 --> 00:00:09.000
                This line is long enough that a fresh layout under any profile would break it in two.

                """);
    }

    @Test
    void relayoutAndProfileLayTheCuesOutAfresh(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.srt");
        Files.writeString(in, SRT);
        Path relaid = dir.resolve("relaid.srt");
        Path profiled = dir.resolve("bbc.srt");

        assertThat(CommandRun.of("convert", in.toString(), "--relayout", "-o", relaid.toString()).exitCode()).isZero();
        assertThat(CommandRun.of("convert", in.toString(), "--profile", "bbc", "-o", profiled.toString()).exitCode())
                .isZero();

        assertThat(Files.readString(relaid)).doesNotContain("00:00:01,400 --> 00:00:09,000")
                .contains("This line is long enough");
        assertThat(Files.readString(profiled)).doesNotContain("would break it in two.\r\n\r\n1");
        assertThat(Files.readString(profiled).lines().filter(l -> l.contains("-->")).count())
                .isNotEqualTo(0);
    }

    @Test
    void keptCuesGoToStandardOutputToo(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.srt");
        Files.writeString(in, SRT);
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(captured, true, "UTF-8"));
        try {
            assertThat(CommandRun.of("convert", in.toString(), "--to", "srt").exitCode()).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString("UTF-8")).isEqualTo(SRT.replace("\n", "\r\n") + "\r\n");
    }

    @Test
    void helpSaysSo() {
        assertThat(CommandRun.of("convert", "--help").out()).contains("--relayout").contains("keep the source cues");
    }
}
