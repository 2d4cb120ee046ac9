package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.cleanup.Restore;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Transcript;

class CleanCommandTest {

    static final String SAMPLE = "/org/turnscript/samples/mixture-of-experts-2024-05-31.txt";

    @TempDir
    Path dir;

    private Path sample;
    private Path glossary;

    @BeforeEach
    void writeInputs() throws IOException {
        sample = dir.resolve("sample.txt");
        try (InputStream in = CleanCommandTest.class.getResourceAsStream(SAMPLE)) {
            Files.write(sample, in.readAllBytes());
        }
        glossary = dir.resolve("names.tsv");
        Files.writeString(glossary, "# people on the show\nTim Wong\tTim Hwang\nKate Soul\tKate Soule\ngeni\tgen AI\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void reportCountsEveryFillerOfTheSample() {
        CommandRun run = CommandRun.of("clean", sample.toString(), "--report");
        assertThat(run.out()).contains("Drop fillers (fillers): 159");
    }

    @Test
    void reportShowsExamplesWithSegmentAndWord() {
        CommandRun run = CommandRun.of("clean", sample.toString(), "--rules", "fillers", "--report");
        assertThat(run.out()).containsPattern("(?m)^  s\\d+ #\\d+: \"(uh|um)\" → dropped$");
    }

    @Test
    void reportShowsAtMostFiveExamplesPerRule() {
        CommandRun run = CommandRun.of("clean", sample.toString(), "--rules", "fillers", "--report");
        assertThat(run.out().lines().filter(l -> l.startsWith("  s"))).hasSize(5);
    }

    @Test
    void reportListsGlossaryReplacements() {
        CommandRun run = CommandRun.of("clean", sample.toString(), "--rules", "fillers", "--glossary",
                glossary.toString(), "--report");
        assertThat(run.out()).contains("Apply glossary (glossary): 3").contains("\"Tim Wong\" → \"Tim Hwang\"");
    }

    @Test
    void reportWritesNoFile() throws IOException {
        CommandRun.of("clean", sample.toString(), "--report");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void reportExitsWithZero() {
        assertThat(CommandRun.of("clean", sample.toString(), "--report").exitCode()).isZero();
    }

    @Test
    void unknownRuleIsAUsageErrorNamingTheValidRules() {
        CommandRun run = CommandRun.of("clean", sample.toString(), "--rules", "fillers,spelling", "--report");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown cleanup rule 'spelling'").contains("fillers, repeats");
    }

    @Test
    void glossaryRuleWithoutFileIsAUsageError() {
        CommandRun run = CommandRun.of("clean", sample.toString(), "--rules", "glossary", "--report");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("the glossary rule needs --glossary FILE");
    }

    @Test
    void malformedGlossaryFailsWithFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "BR\tBrian\nTim Wong Tim Hwang\n");
        CommandRun run = CommandRun.of("clean", sample.toString(), "--glossary", bad.toString(), "--report");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith(bad + ":2: no tab").doesNotContain("\n");
    }

    @Test
    void nothingToDoIsAUsageError() {
        assertThat(CommandRun.of("clean", sample.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void outputIsACleanedProjectThatRestoresToTheImport() throws FormatException {
        Path out = dir.resolve("clean.json");
        CommandRun run = CommandRun.of("clean", sample.toString(), "--glossary", glossary.toString(), "-o",
                out.toString());
        assertThat(run.exitCode()).isZero();
        ConversionService service = ConversionService.standard();
        Transcript imported = service.read(sample, ImportSettings.DEFAULTS).transcript();
        Transcript cleaned = service.read(out, ImportSettings.DEFAULTS).transcript();
        assertThat(Restore.all(cleaned).segments()).isEqualTo(imported.segments());
    }

    @Test
    void cleanIsListedInTheRootHelp() {
        assertThat(CommandRun.of("--help").out()).contains("clean");
    }
}
