package org.turnscript.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.turnscript.convert.AtomicFiles;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.ExportOptions;
import org.turnscript.formats.FormatException;
import org.turnscript.model.Transcript;

/**
 * The crash-recovery journal: while the document has unsaved changes, its latest state is written (atomically)
 * to {@code autosave/recovery.turnscript.json} in the Turnscript folder, with the path of the file it belongs to.
 * A clean close or a save removes it; finding it at start means the last session ended without either.
 */
public final class Autosave {

    private final Path dir;
    private final ConversionService service;

    public Autosave(Path home, ConversionService service) {
        this.dir = home.resolve("autosave");
        this.service = service;
    }

    /**
     * A journalled document from a session that did not end cleanly.
     *
     * @param transcript the unsaved state
     * @param origin     the file it was editing, or {@code null} for an unsaved import
     */
    public record Recovery(Transcript transcript, Path origin) {
    }

    public void write(Transcript t, Path origin) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(journal(), service.exportBytes(t, "json", ExportOptions.DEFAULTS));
        AtomicFiles.write(originFile(), (origin == null ? "" : origin.toAbsolutePath().toString())
                .getBytes(StandardCharsets.UTF_8));
    }

    public void clear() {
        try {
            Files.deleteIfExists(journal());
            Files.deleteIfExists(originFile());
        } catch (IOException e) {
            // A journal that cannot be removed is offered again at the next start; nothing is lost.
        }
    }

    /**
     * Keeps a journal the user did not take (or that could not be read) under a dated name next to it, so the
     * next autosave does not overwrite it and nothing unsaved is ever deleted unasked.
     */
    public void setAside() {
        if (!Files.isRegularFile(journal())) {
            return;
        }
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss"));
        try {
            Files.move(journal(), dir.resolve("recovery-" + stamp + ".turnscript.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(originFile());
        } catch (IOException e) {
            // Left where it is, it is offered again at the next start.
        }
    }

    /** Whether a journal is there, readable or not. */
    public boolean exists() {
        return Files.isRegularFile(journal());
    }

    public Optional<Recovery> pending() {
        if (!Files.isRegularFile(journal())) {
            return Optional.empty();
        }
        try {
            LoadedDocument doc = service.read(journal(), ImportSettings.DEFAULTS);
            String origin = Files.isRegularFile(originFile())
                    ? Files.readString(originFile(), StandardCharsets.UTF_8).strip() : "";
            return Optional.of(new Recovery(doc.transcript(), origin.isEmpty() ? null : Path.of(origin)));
        } catch (FormatException | IOException e) {
            return Optional.empty();
        }
    }

    Path journal() {
        return dir.resolve("recovery.turnscript.json");
    }

    private Path originFile() {
        return dir.resolve("recovery.origin");
    }
}
