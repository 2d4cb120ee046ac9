package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.convert.ConversionService;
import org.turnscript.formats.ExportOptions;
import org.turnscript.subtitles.TaggedSample;

/**
 * What a user runs: the sample exported to SRT, then linted under Netflix's rules, where too short and too fast
 * are errors. Clean untagged and with the first five turns tagged (a project saved by the editor).
 */
class SampleNetflixLintTest {

    @TempDir
    Path dir;

    @Test
    void theSamplesExportLintsCleanUnderNetflix() throws IOException {
        Path sample = dir.resolve("sample.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/turnscript/samples/mixture-of-experts-2024-05-31.txt")) {
            Files.write(sample, in.readAllBytes());
        }
        assertLintsClean(sample);
    }

    @Test
    void theSamplesExportWithItsFirstTurnsTaggedLintsCleanUnderNetflix() throws IOException {
        Path project = dir.resolve("tagged.turnscript.json");
        ConversionService.standard().exportTo(project, TaggedSample.firstTurnsTagged(), "json", ExportOptions.DEFAULTS);
        Path srt = assertLintsClean(project);
        assertThat(Files.readString(srt)).contains("Kate: thanks BR");
    }

    private Path assertLintsClean(Path input) {
        Path srt = dir.resolve(input.getFileName() + ".srt");
        assertThat(CommandRun.of("convert", input.toString(), "-o", srt.toString()).exitCode()).isZero();
        CommandRun lint = CommandRun.of("lint", srt.toString(), "--profile", "netflix");
        assertThat(lint.out()).endsWith(" cues, 0 errors, 0 warnings" + System.lineSeparator());
        assertThat(lint.exitCode()).isZero();
        return srt;
    }

    /** Subtitles made under looser rules are made readable under Netflix's by lint --fix, which borrows time. */
    @Test
    void lintFixUnderNetflixBorrowsTimeForTheShortAndFastCuesOfALooserExport() throws IOException {
        Path sample = dir.resolve("sample.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/turnscript/samples/mixture-of-experts-2024-05-31.txt")) {
            Files.write(sample, in.readAllBytes());
        }
        Path srt = dir.resolve("web.srt");
        assertThat(CommandRun.of("convert", sample.toString(), "--profile", "web", "-o", srt.toString()).exitCode())
                .isZero();
        CommandRun before = CommandRun.of("lint", srt.toString(), "--profile", "netflix");
        assertThat(before.out()).containsAnyOf("too short", "reading speed too high");
        Path fixed = dir.resolve("fixed.srt");
        CommandRun fix = CommandRun.of("lint", srt.toString(), "--profile", "netflix", "--fix", "-o", fixed.toString());
        assertThat(fix.out()).as(fix.err()).contains("fixed: " + fixed);
        CommandRun after = CommandRun.of("lint", fixed.toString(), "--profile", "netflix");
        assertThat(after.out()).doesNotContain("too short").doesNotContain("reading speed too high");
    }
}
