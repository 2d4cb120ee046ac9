package org.turnscript.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.turnscript.formats.FormatException;
import org.turnscript.formats.srt.SrtFormat;
import org.turnscript.model.Cue;

/** A summary says what reading the whole transcript would, without holding it. */
class SummaryTest {

    private final ConversionService service = ConversionService.standard();

    @ParameterizedTest
    @MethodSource("org.turnscript.convert.CuePreservingConversionTest#fixtures")
    void fixturesSummariseAsTheirTranscripts(String name) throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/org/turnscript/formats/" + name)) {
            bytes = in.readAllBytes();
        }
        assertSame(bytes, name, ImportSettings.DEFAULTS);
        assertSame(bytes, name, ImportSettings.DEFAULTS.withSpeakers(List.of("Alice", "John")));
    }

    @Test
    void aGeneratedFileWithLabelsOutOfOrderSummarisesAsItsTranscript(@TempDir Path dir) throws Exception {
        List<Cue> cues = new ArrayList<>(CuePreservingConversionTest.generated(3_000, 11));
        cues.add(Cue.of(5, 900, "[Music]"));
        cues.add(Cue.of(7, 9, "BOB: hi"));
        Path srt = dir.resolve("g.srt");
        Files.writeString(srt, SrtFormat.writeCues(cues));
        DocumentSummary summary = service.summarize(srt, ImportSettings.DEFAULTS);
        LoadedDocument doc = service.read(srt, ImportSettings.DEFAULTS);
        assertThat(summary.info()).isEqualTo(DocumentInfo.of(doc.transcript()));
        assertThat(summary.roster()).isEqualTo(doc.transcript().roster());
        assertThat(summary.warnings()).isEqualTo(doc.warnings()).isNotEmpty();
    }

    @Test
    void aGeneratedFileInTimeOrderSummarisesAsItsTranscriptInOnePass(@TempDir Path dir) throws Exception {
        List<Cue> cues = new ArrayList<>(CuePreservingConversionTest.generated(3_000, 12));
        cues.add(Cue.of(99_000_000, 99_001_000, "KATE: late"));
        cues.add(Cue.of(99_002_000, 99_003_000, "[Music]"));
        Path srt = dir.resolve("g.srt");
        Files.writeString(srt, SrtFormat.writeCues(cues));
        DocumentSummary summary = service.summarize(srt, ImportSettings.DEFAULTS);
        LoadedDocument doc = service.read(srt, ImportSettings.DEFAULTS);
        assertThat(summary.info()).isEqualTo(DocumentInfo.of(doc.transcript()));
        assertThat(summary.roster()).isEqualTo(doc.transcript().roster());
        assertThat(summary.warnings()).isEqualTo(doc.warnings());
    }

    @Test
    void anythingElseIsReadWhole(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "Just some words, and more words.\n");
        assertThat(service.summarize(text, ImportSettings.DEFAULTS).info())
                .isEqualTo(DocumentInfo.of(service.read(text, ImportSettings.DEFAULTS).transcript()));
    }

    private void assertSame(byte[] bytes, String name, ImportSettings settings) throws IOException {
        LoadedDocument doc;
        try {
            doc = service.read(bytes, name, settings);
        } catch (FormatException e) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> service.summarize(bytes, name, settings)))
                    .hasMessage(e.getMessage());
            return;
        }
        try {
            DocumentSummary summary = service.summarize(bytes, name, settings);
            assertThat(summary.info()).as(name).isEqualTo(DocumentInfo.of(doc.transcript()));
            assertThat(summary.roster()).as(name).isEqualTo(doc.transcript().roster());
            assertThat(summary.warnings()).as(name).isEqualTo(doc.warnings());
            assertThat(summary.encoding()).as(name).isEqualTo(doc.encoding());
            assertThat(summary.formatId()).as(name).isEqualTo(doc.formatId());
        } catch (FormatException e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }
}
