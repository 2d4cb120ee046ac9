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

    /** A seed with the name it is read under, for the families whose extension depends on the seed. */
    public record Named(String name, byte[] bytes) {
    }

    private final Map<Family, List<byte[]>> seeds;
    private final List<Named> documents;

    private FuzzSeeds(Map<Family, List<byte[]>> seeds, List<Named> documents) {
        this.seeds = seeds;
        this.documents = documents;
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
        List<Named> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                Family f = Family.ofFile(name);
                if (f != null) {
                    byte[] bytes = Files.readAllBytes(p);
                    seeds.get(f).add(bytes);
                    // the JSON family also holds the WebVTT suites' expected results; only real documents seed trees
                    if (f == Family.JSON && p.getParent().getFileName().toString().equals("json")) {
                        documents.add(new Named(name, bytes));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        addWritten(seeds, documents);
        for (Family f : Family.values()) {
            if (f != Family.LONG_LINES && f != Family.JSON_TREE) {
                seeds.get(Family.LONG_LINES).addAll(seeds.get(f));
            }
        }
        for (Named d : documents) {
            seeds.get(Family.JSON_TREE).add(d.bytes());
        }
        return new FuzzSeeds(seeds, documents);
    }

    /** Projects and Podcasting 2.0 files written from the SRT seeds that read. */
    private static void addWritten(Map<Family, List<byte[]>> seeds, List<Named> documents) {
        ConversionService service = ConversionService.standard();
        int written = 0;
        for (byte[] srt : seeds.get(Family.SRT)) {
            try {
                LoadedDocument doc = service.read(srt, "seed.srt", ImportSettings.DEFAULTS);
                for (String format : List.of("json", "podcast-json")) {
                    byte[] bytes = service.exportBytes(doc.transcript(), format, ExportOptions.DEFAULTS);
                    seeds.get(Family.JSON).add(bytes);
                    documents.add(new Named("written-" + written + "." + format, bytes));
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

    /** The valid JSON documents, with their file names: the seeds of {@link Family#JSON_TREE}. */
    public List<Named> documents() {
        return documents;
    }

    public List<byte[]> of(Family family) {
        return seeds.get(family);
    }
}
