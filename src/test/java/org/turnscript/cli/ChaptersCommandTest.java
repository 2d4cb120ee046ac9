package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.formats.ReadOptions;
import org.turnscript.formats.json.NativeJsonFormat;
import org.turnscript.model.Chapter;
import org.turnscript.model.Transcript;

/** {@code turnscript chapters SAMPLE -o ch.json} proposes the intro and the three topic starts. */
class ChaptersCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSampleGetsItsFourPartsAsAProjectAndTheListPassesYouTubesRules() throws Exception {
        Path sample = dir.resolve("sample.txt");
        try (InputStream in = ChaptersCommandTest.class.getResourceAsStream(CleanCommandTest.SAMPLE)) {
            Files.write(sample, in.readAllBytes());
        }
        Path project = dir.resolve("ch.json");
        CommandRun run = CommandRun.of("chapters", sample.toString(), "--speakers", "Brian,Kate,Chris,Skyler",
                "-o", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("+ 0:00:00  1.00  Intro").contains("[Music] between speech")
                .contains("4 chapters (suggestions from 0.60 on, marked +)");
        Transcript t = new NativeJsonFormat().read(Files.readString(project), ReadOptions.defaults("ch.json"))
                .transcript();
        assertThat(t.chapters()).extracting(Chapter::title).containsExactly("Intro", "AI overviews",
                "Anthropic released a novel version", "Another big week of announcements across");
        assertThat(t.roster().speakers()).hasSize(4);

        CommandRun youtube = CommandRun.of("convert", project.toString(), "--to", "youtube-chapters", "-o",
                dir.resolve("yt.txt").toString());
        assertThat(youtube.exitCode()).as(youtube.err()).isZero();
        assertThat(Files.readString(dir.resolve("yt.txt"))).isEqualTo("""
                0:00 Intro
                2:17 AI overviews
                15:46 Anthropic released a novel version
                29:01 Another big week of announcements across
                """);
    }

    @Test
    void aHigherThresholdKeepsOnlyTheStrongerSuggestions() throws Exception {
        Path sample = dir.resolve("sample.txt");
        try (InputStream in = ChaptersCommandTest.class.getResourceAsStream(CleanCommandTest.SAMPLE)) {
            Files.write(sample, in.readAllBytes());
        }
        CommandRun run = CommandRun.of("chapters", sample.toString(), "--threshold", "0.8", "-o",
                dir.resolve("ch.json").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 chapters (suggestions from 0.80 on, marked +)");
    }
}
