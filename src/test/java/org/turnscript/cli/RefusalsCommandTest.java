package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees when Turnscript refuses: one line naming the file (and the line), no Java class name, exit 1 for
 * bad input and 2 for a usage error, and nothing written.
 */
class RefusalsCommandTest {

    private static void assertInWords(CommandRun run, String file) {
        assertThat(run.err()).startsWith(file + ":").doesNotContain("java.").doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void aFileWithoutCuesEndsTheSameInEveryCommand(@TempDir Path dir) throws IOException {
        for (String[] file : List.of(new String[] {"empty.vtt", "WEBVTT\n\n"}, new String[] {"empty.srt", "\n"})) {
            Path in = Files.writeString(dir.resolve(file[0]), file[1]);
            for (List<String> command : List.of(List.of("convert", in.toString(), "-o", dir.resolve("o.srt").toString()),
                    List.of("convert", in.toString(), "-o", dir.resolve("o.json").toString()),
                    List.of("lint", in.toString()), List.of("info", in.toString()))) {
                CommandRun run = CommandRun.of(command.toArray(String[]::new));
                assertThat(run.exitCode()).as(command.toString()).isEqualTo(1);
                assertThat(run.err()).as(command.toString()).contains("no subtitle cue found");
                assertInWords(run, in.toString());
            }
            assertThat(dir.resolve("o.srt")).doesNotExist();
            assertThat(dir.resolve("o.json")).doesNotExist();
        }
    }

    @Test
    void binaryAndMislabelledFilesAreRefusedAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path zip = Files.write(dir.resolve("a.srt"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        Path words = Files.writeString(dir.resolve("b.vtt"), "just some words");
        for (Path in : List.of(zip, words)) {
            CommandRun run = CommandRun.of("convert", in.toString(), "-o", dir.resolve("out.srt").toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertInWords(run, in.toString());
            assertThat(dir.resolve("out.srt")).doesNotExist();
        }
    }

    @Test
    void aFileOverTheLimitNamesTheOptionThatRaisesIt(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("long.txt"), "word ".repeat(300_000));
        CommandRun run = CommandRun.of("convert", in.toString(), "--to", "srt", "--max-input-mb", "1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--max-input-mb");
        assertInWords(run, in.toString());
        CommandRun lines = CommandRun.of("info", in.toString(), "--max-line-chars", "1000");
        assertThat(lines.err()).startsWith(in + ":1: line of more than 1000 characters").contains("--max-line-chars");
        assertThat(CommandRun.of("info", in.toString(), "--max-line-chars", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void aProfileFileProblemNamesTheFileAndTheLineOfItsKey(@TempDir Path dir) throws IOException {
        Path srt = Files.writeString(dir.resolve("a.srt"), "1\n00:00:01,000 --> 00:00:03,000\nhello there\n");
        Path profile = Files.writeString(dir.resolve("house.properties"), "# house rules\nbase = netflix\n"
                + "max-cps = fast\n");
        CommandRun run = CommandRun.of("lint", srt.toString(), "--profile-file", profile.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(profile + ":3: max-cps must be a number, not 'fast'");
        CommandRun unknown = CommandRun.of("lint", srt.toString(), "--profile", "cinema");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("--profile: unknown subtitle profile 'cinema'");
    }

    @Test
    void aDocumentWithoutWordsIsNotWrittenAsAnEmptySubtitleFile(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("music.srt"), "1\n00:00:01,000 --> 00:00:03,000\n[Music]\n");
        Path out = dir.resolve("out.srt");
        CommandRun run = CommandRun.of("convert", in.toString(), "--no-sound-tags", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(out + ": nothing to write");
        assertThat(out).doesNotExist();
    }

    @Test
    void closedStandardInputIsRefusedNotReadAsTheRuntimesFiles() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "exec \"$0\" -cp \"$1\" org.turnscript.Launcher convert - "
                + "--to srt <&-", java, System.getProperty("java.class.path"));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("-: standard input is closed: give a file, or pipe one in");
    }
}
