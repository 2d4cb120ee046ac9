package org.turnscript.formats.cues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentOverlaps;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

/**
 * Subtitle files overlap where two people talk at once; the transcripts read from them do not, so every project
 * Turnscript writes reads back (the project reader refuses overlapping segments).
 */
class CrosstalkImportTest {

    private static final ConversionService SERVICE = ConversionService.standard();

    private static final String CROSSTALK_SRT = """
            1
            00:00:01,000 --> 00:00:04,000
            KATE: so what we really did was

            2
            00:00:03,000 --> 00:00:05,000
            CHRIS: right, exactly

            3
            00:00:05,000 --> 00:00:06,000
            CHRIS: and then
            """;

    private static final String CROSSTALK_VTT = """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Kate>so what we really did was

            00:00:03.000 --> 00:00:05.000
            <v Chris>right, exactly
            """;

    @Test
    void crosstalkInAnSrtIsClippedWhereTheLaterCueBegins() throws FormatException {
        LoadedDocument doc = SERVICE.read(CROSSTALK_SRT.getBytes(), "talk.srt", ImportSettings.DEFAULTS);
        Transcript t = doc.transcript();
        assertThat(SegmentOverlaps.firstOverlap(t.segments())).isEqualTo(-1);
        Segment kate = t.segments().get(0);
        assertThat(kate.body()).isEqualTo("so what we really did was"); // no word lost, order kept
        assertThat(kate.start()).isEqualTo(1000);
        assertThat(kate.end()).isEqualTo(3000);
        assertThat(t.segments().get(1).start()).isEqualTo(3000);
        assertMonotonic(t);
        assertThat(doc.warnings()).anyMatch(w -> w.startsWith("line 2: a cue overlaps the next"));
    }

    @Test
    void crosstalkInWebVttIsClippedAndItsProjectReadsBack() throws FormatException {
        Transcript t = SERVICE.read(CROSSTALK_VTT.getBytes(), "talk.vtt", ImportSettings.DEFAULTS).transcript();
        assertThat(SegmentOverlaps.firstOverlap(t.segments())).isEqualTo(-1);
        assertThat(t.segments().get(0).end()).isEqualTo(3000);
        byte[] project = SERVICE.exportBytes(t, "json", ExportOptions.DEFAULTS);
        Transcript back = SERVICE.read(project, "talk.turnscript.json", ImportSettings.DEFAULTS).transcript();
        assertThat(back.segments()).isEqualTo(t.segments());
    }

    /** The fixture suites import as before, with their overlaps clipped rather than refused. */
    @Test
    void everyFixtureThatReadsHasNoOverlappingSegments() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/org/turnscript/formats").toURI());
        List<String> read = new ArrayList<>();
        List<String> clipped = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.matches(".*\\.(srt|vtt|sbv|json|json3|srv3|xml)")) {
                    continue;
                }
                LoadedDocument doc;
                try {
                    doc = SERVICE.read(Files.readAllBytes(p), name, ImportSettings.DEFAULTS);
                } catch (FormatException refused) {
                    assertThat(refused.problem()).as(name).doesNotContain("overlap");
                    continue; // the invalid cases of the suites
                }
                read.add(name);
                assertThat(SegmentOverlaps.firstOverlap(doc.transcript().segments())).as(name).isEqualTo(-1);
                assertMonotonic(doc.transcript());
                if (doc.warnings().stream().anyMatch(w -> w.contains("overlap"))) {
                    clipped.add(name);
                }
            }
        }
        assertThat(read).hasSizeGreaterThan(100);
        assertThat(clipped).isNotEmpty();
    }

    private static void assertMonotonic(Transcript t) {
        long previous = 0;
        for (Segment s : t.segments()) {
            for (Word w : s.words()) {
                if (w.isTimed()) {
                    assertThat(w.start()).isGreaterThanOrEqualTo(previous);
                    assertThat(w.end()).isGreaterThanOrEqualTo(w.start());
                    previous = w.start();
                }
            }
        }
    }
}
