package org.turnscript.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;

/**
 * The seeds of each family: every fixture of the format suites (W3C and vtt.js WebVTT tests, SRT and SBV files
 * from other projects, YouTube files, JSON samples), plus projects and Podcasting 2.0 files our writers make from
 * an SRT fixture, so the project reader is fuzzed from files it would really meet.
 */
public final class FuzzSeeds {

    private final Map<Family, List<byte[]>> seeds;

    private FuzzSeeds(Map<Family, List<byte[]>> seeds) {
        this.seeds = seeds;
    }

    /** The seeds under the test resources on the class path. */
    public static FuzzSeeds fromClassPath() {
        try {
            return load(Path.of(FuzzSeeds.class.getResource("/org/turnscript/formats").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seeds under {@code root} (the formats folder of the test resources). */
    public static FuzzSeeds load(Path root) {
        Map<Family, List<byte[]>> seeds = new EnumMap<>(Family.class);
        for (Family f : Family.values()) {
            seeds.put(f, new ArrayList<>());
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                Family f = Family.ofFile(p.getFileName().toString());
                if (f != null) {
                    seeds.get(f).add(Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        addWritten(seeds);
        for (Family f : Family.values()) {
            if (f != Family.LONG_LINES) {
                seeds.get(Family.LONG_LINES).addAll(seeds.get(f));
            }
        }
        return new FuzzSeeds(seeds);
    }

    /** Projects and Podcasting 2.0 files written from the SRT seeds that read. */
    private static void addWritten(Map<Family, List<byte[]>> seeds) {
        ConversionService service = ConversionService.standard();
        int written = 0;
        for (byte[] srt : seeds.get(Family.SRT)) {
            try {
                LoadedDocument doc = service.read(srt, "seed.srt", ImportSettings.DEFAULTS);
                for (String format : List.of("json", "podcast-json")) {
                    seeds.get(Family.JSON).add(service.exportBytes(doc.transcript(), format, ExportOptions.DEFAULTS));
                }
                if (++written == 4) {
                    return;
                }
            } catch (FormatException unreadable) {
                // a fixture of malformed SRT: nothing to write from it
            }
        }
        seeds.get(Family.JSON).add("{\"format\": \"turnscript\", \"version\": 1}".getBytes(StandardCharsets.UTF_8));
    }

    public List<byte[]> of(Family family) {
        return seeds.get(family);
    }
}
