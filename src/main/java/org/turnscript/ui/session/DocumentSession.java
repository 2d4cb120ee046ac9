package org.turnscript.ui.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.convert.MediaPaths;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Transcript;

/**
 * Files behind the open document: which project file it is saved to (none for a fresh import), and the reads
 * and writes that go through the conversion service. Holds no JavaFX state, so it is tested without a window.
 */
public final class DocumentSession {

    /** The file name ending of Turnscript projects (native JSON). */
    public static final String PROJECT_EXTENSION = ".turnscript.json";

    /** The bundled sample, shown on the first start. */
    public static final String SAMPLE_RESOURCE = "/org/turnscript/samples/mixture-of-experts-2024-05-31.txt";
    public static final List<String> SAMPLE_SPEAKERS = List.of("Brian", "Kate", "Chris", "Skyler");
    /** The bundled sample's video id, as its page gives it: a copy of the sample opened from disk is recognised. */
    public static final String SAMPLE_MEDIA_ID = "VMmIdX9Zmuw";

    /** The speakers to offer when importing {@code doc}: the sample's four for the sample, else {@code fallback}. */
    public static List<String> speakersToOffer(LoadedDocument doc, List<String> fallback) {
        return SAMPLE_MEDIA_ID.equals(doc.transcript().metadata().mediaId()) ? SAMPLE_SPEAKERS : fallback;
    }

    private final ConversionService service;
    private Path projectFile;
    private String displayName = "Untitled";
    private Path documentFile;

    public DocumentSession(ConversionService service) {
        this.service = service;
    }

    public ConversionService service() {
        return service;
    }

    /** The project file saves go to, or {@code null} before the first Save As. */
    public Path projectFile() {
        return projectFile;
    }

    public String displayName() {
        return displayName;
    }

    /** The file the open document came from or was last saved to; {@code null} for the sample. */
    public Path documentFile() {
        return projectFile != null ? projectFile : documentFile;
    }

    /** Whether a file is a Turnscript project rather than captions to import. */
    public static boolean isProject(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(PROJECT_EXTENSION);
    }

    /** Reads a project or captions without changing the session: nothing is adopted until it is shown. */
    public LoadedDocument read(Path file, ImportSettings settings) throws FormatException {
        return service.read(file, settings);
    }

    /** The document read from {@code file} is now the open one: a project becomes the save target, an import none. */
    public void adopt(Path file, LoadedDocument doc) {
        documentFile = file;
        if ("json".equals(doc.formatId())) {
            projectFile = file;
            displayName = file.getFileName().toString();
        } else {
            projectFile = null;
            displayName = file.getFileName().toString() + " (imported)";
        }
    }

    /** Reads and adopts in one go (the command-free path tests and recovery use). */
    public LoadedDocument open(Path file, ImportSettings settings) throws FormatException {
        LoadedDocument doc = read(file, settings);
        adopt(file, doc);
        return doc;
    }

    /** Reads and adopts the bundled sample with the sample's four speakers. */
    public LoadedDocument openSample() throws FormatException {
        LoadedDocument doc = readSample();
        adoptSample();
        return doc;
    }

    /** The sample is now the open document: it has no project file yet. */
    public void adoptSample() {
        documentFile = null;
        projectFile = null;
        displayName = "Sample: Mixture of Experts";
    }

    /** Reads the bundled sample with the sample's four speakers, without adopting it (any thread). */
    public LoadedDocument readSample() throws FormatException {
        try (InputStream in = DocumentSession.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new FormatException(SAMPLE_RESOURCE, 0, "the bundled sample is missing from this build");
            }
            return service.read(in.readAllBytes(), "mixture-of-experts-2024-05-31.txt",
                    ImportSettings.DEFAULTS.withSpeakers(SAMPLE_SPEAKERS));
        } catch (IOException e) {
            throw new FormatException(SAMPLE_RESOURCE, 0, "cannot read the bundled sample: " + e.getMessage());
        }
    }

    /** Adopts a recovered journal: it belongs to {@code origin} (or to no file yet). */
    public void recovered(Path origin) {
        projectFile = origin != null && isProject(origin) ? origin : null;
        documentFile = origin;
        displayName = (origin == null ? "Untitled" : origin.getFileName().toString()) + " (recovered)";
    }

    /** Saves atomically to the project file. */
    public void save(Transcript t) throws IOException {
        if (projectFile == null) {
            throw new IllegalStateException("no project file yet: use saveAs");
        }
        service.exportTo(projectFile, MediaPaths.forProject(t, projectFile), "json", ExportOptions.DEFAULTS);
        displayName = projectFile.getFileName().toString();
    }

    /** Saves atomically to a new project file, which becomes the save target. */
    public void saveAs(Transcript t, Path file) throws IOException {
        Path target = withProjectExtension(file);
        service.exportTo(target, MediaPaths.forProject(t, target), "json", ExportOptions.DEFAULTS);
        projectFile = target;
        displayName = target.getFileName().toString();
    }

    static Path withProjectExtension(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase().endsWith(PROJECT_EXTENSION)) {
            return file;
        }
        String base = name.toLowerCase().endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return file.resolveSibling(base + PROJECT_EXTENSION);
    }
}
