package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;

class SuggestCommandTest {

    @TempDir
    Path dir;

    private Path sample;

    @BeforeEach
    void writeSample() throws IOException {
        sample = dir.resolve("sample.txt");
        try (InputStream in = SuggestCommandTest.class.getResourceAsStream(CleanCommandTest.SAMPLE)) {
            Files.write(sample, in.readAllBytes());
        }
    }

    private Transcript read(Path project) throws FormatException {
        return ConversionService.standard().read(project, ImportSettings.DEFAULTS).transcript();
    }

    @Test
    void writesAProjectWithTheSuggestionsAppliedAsTurnStartsAndTheirCues() throws Exception {
        Path out = dir.resolve("moe.turnscript.json");
        CommandRun run = CommandRun.of("suggest", sample.toString(), "--speakers", "Brian,Kate,Chris,Skyler",
                "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("\\d+ turn starts applied at threshold 0\\.30 \\(.*name addressed");

        String json = Files.readString(out);
        assertThat(json).contains("\"suggestion\": {").contains("\"cue\": \"name-addressed\"");
        Transcript t = read(out);
        List<Segment> suggested = t.segments().stream().filter(s -> s.suggestion() != null).toList();
        assertThat(suggested).isNotEmpty().allMatch(s -> s.speakerId() != null && s.suggestion().score() >= 0.3);
        // "… so welcome to the podcast Kate | thanks BR …": Kate answers her welcome.
        Segment kate = suggested.stream().filter(s -> s.body().startsWith("thanks BR")).findFirst().orElseThrow();
        assertThat(t.roster().nameOf(kate.speakerId())).isEqualTo("Kate");
        assertThat(kate.suggestion().detail()).isEqualTo("welcome to the podcast kate");
    }

    @Test
    void aHigherThresholdAppliesFewerAndTheProjectReadsBackTheSame() throws Exception {
        Path low = dir.resolve("low.json");
        Path high = dir.resolve("high.json");
        CommandRun.of("suggest", sample.toString(), "--speakers", "Brian,Kate,Chris,Skyler", "-o", low.toString());
        CommandRun.of("suggest", sample.toString(), "--speakers", "Brian,Kate,Chris,Skyler", "--threshold", "0.6",
                "-o", high.toString());
        long lowCount = read(low).segments().stream().filter(s -> s.suggestion() != null).count();
        long highCount = read(high).segments().stream().filter(s -> s.suggestion() != null).count();
        assertThat(highCount).isPositive().isLessThan(lowCount);

        Path again = dir.resolve("again.json");
        CommandRun.of("convert", high.toString(), "-o", again.toString());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(high));
    }

    @Test
    void withoutSpeakersOrWithABadThresholdItIsAUsageError() {
        CommandRun none = CommandRun.of("suggest", sample.toString(), "-o", dir.resolve("x.json").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--speakers is needed");
        CommandRun bad = CommandRun.of("suggest", sample.toString(), "--speakers", "A,B", "--threshold", "2",
                "-o", dir.resolve("x.json").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
    }
}
