package org.turnscript.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Transcript;

/**
 * The pipeline's budgets on a ten-hour, four-speaker transcript (100,000 words): export to SRT and JSON
 * well under a second, and reading the project back. Also the bundled sample's import.
 * Run: see the README, "Benchmarks".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class CoreBenchmark {

    private final ConversionService service = ConversionService.standard();
    private Transcript tenHours;
    private byte[] tenHoursProject;
    private byte[] samplePage;

    @Setup
    public void setUp() throws Exception {
        tenHours = SyntheticTranscripts.of(100_000);
        tenHoursProject = service.exportBytes(tenHours, "json", ExportOptions.DEFAULTS);
        try (var in = CoreBenchmark.class.getResourceAsStream(
                "/org/turnscript/formats/text/mixture-of-experts-2024-05-31.txt")) {
            samplePage = in.readAllBytes();
        }
    }

    @Benchmark
    public String exportTenHoursToSrt() {
        return service.export(tenHours, "srt", ExportOptions.DEFAULTS);
    }

    @Benchmark
    public String exportTenHoursToWebVtt() {
        return service.export(tenHours, "vtt", ExportOptions.DEFAULTS);
    }

    @Benchmark
    public byte[] saveTenHoursProject() {
        return service.exportBytes(tenHours, "json", ExportOptions.DEFAULTS);
    }

    @Benchmark
    public LoadedDocument openTenHoursProject() throws FormatException {
        return service.read(tenHoursProject, "ten-hours.turnscript.json", ImportSettings.DEFAULTS);
    }

    @Benchmark
    public LoadedDocument importSamplePage() throws FormatException {
        return service.read(samplePage, "sample.txt", ImportSettings.DEFAULTS.withSpeakers(
                List.of("Brian", "Kate", "Chris", "Skyler")));
    }

}
