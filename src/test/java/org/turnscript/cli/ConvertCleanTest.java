package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCleanTest {

    @TempDir
    Path dir;

    private Path sample;
    private Path glossary;

    @BeforeEach
    void writeInputs() throws IOException {
        sample = dir.resolve("sample.txt");
        try (InputStream in = ConvertCleanTest.class.getResourceAsStream(CleanCommandTest.SAMPLE)) {
            Files.write(sample, in.readAllBytes());
        }
        glossary = dir.resolve("names.tsv");
        Files.writeString(glossary, "Tim Wong\tTim Hwang\n");
    }

    private String convert(String... extra) throws IOException {
        Path out = dir.resolve("out.txt");
        String[] args = new String[extra.length + 4];
        args[0] = "convert";
        args[1] = sample.toString();
        args[2] = "-o";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        CommandRun run = CommandRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.readString(out);
    }

    @Test
    void convertWithoutCleanKeepsFillers() throws IOException {
        assertThat(convert()).containsPattern("(?i)\\buh\\b");
    }

    @Test
    void convertCleanFillersDropsThem() throws IOException {
        assertThat(convert("--clean", "fillers")).doesNotContainPattern("(?i)(?<!\\S)(uh|um)(?!\\S)");
    }

    @Test
    void convertGlossaryAppliesTheGlossary() throws IOException {
        assertThat(convert("--glossary", glossary.toString())).contains("Tim Hwang").doesNotContain("Tim Wong");
    }

    @Test
    void convertCleanCasingCapitalisesI() throws IOException {
        assertThat(convert("--clean", "fillers,casing")).doesNotContainPattern("\\bi\\b").contains("Hello and welcome");
    }

    @Test
    void convertCleanAllWithGlossary() throws IOException {
        String text = convert("--clean", "all", "--glossary", glossary.toString());
        assertThat(text).contains("Tim Hwang").doesNotContain("[Music]").doesNotContainPattern("(?<!\\S)uh(?!\\S)");
    }

    @Test
    void convertUnknownRuleIsAUsageError() {
        CommandRun run = CommandRun.of("convert", sample.toString(), "--clean", "spelling", "-o",
                dir.resolve("x.srt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void convertMalformedGlossaryFailsWithFileAndLineAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "# names\n\nTim Wong\n");
        Path out = dir.resolve("x.srt");
        CommandRun run = CommandRun.of("convert", sample.toString(), "--glossary", bad.toString(), "-o",
                out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(bad + ":3: ");
        assertThat(out).doesNotExist();
    }
}
