package org.turnscript.convert;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.turnscript.model.Transcript;

/**
 * How a project names its recording. In the editor the path is absolute; the project file stores it relative to
 * its own folder when the recording lies in that folder or below (so a folder moved or shared as a whole keeps
 * working), else absolute, with {@code /} between folders on every system.
 */
public final class MediaPaths {

    private MediaPaths() {
    }

    /** The path as the project at {@code projectFile} stores it. */
    public static String stored(Path media, Path projectFile) {
        Path abs = media.toAbsolutePath().normalize();
        Path folder = projectFile == null ? null : projectFile.toAbsolutePath().normalize().getParent();
        if (folder != null && abs.startsWith(folder)) {
            return folder.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }

    /**
     * The transcript naming {@code media} as its recording, as the project at {@code projectFile} stores it
     * (absolute when there is no file, as on standard output): opened in the window, it plays that recording.
     */
    public static Transcript named(Transcript t, Path media, Path projectFile) {
        return t.withMetadata(t.metadata().withMedia(stored(media, projectFile)));
    }

    /** The transcript as a project at {@code projectFile} is written: its recording named relative to it. */
    public static Transcript forProject(Transcript t, Path projectFile) {
        String media = t.metadata().media();
        if (media == null) {
            return t;
        }
        Optional<Path> abs = resolve(media, null);
        return abs.isEmpty() ? t : t.withMetadata(t.metadata().withMedia(stored(abs.get(), projectFile)));
    }

    /**
     * Where a stored path points: as it is when absolute, else against the folder of {@code documentFile}.
     * Empty when the text is not a path on this system or is relative with no document to resolve it against.
     */
    public static Optional<Path> resolve(String stored, Path documentFile) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(stored);
            if (p.isAbsolute()) {
                return Optional.of(p.normalize());
            }
            if (documentFile == null || documentFile.toAbsolutePath().getParent() == null) {
                return Optional.empty();
            }
            return Optional.of(documentFile.toAbsolutePath().getParent().resolve(p).normalize());
        } catch (InvalidPathException e) {
            // A project written on another system ("C:\\audio\\x.wav" read on Linux is fine, but "a\0b" is not).
            return Optional.empty();
        }
    }
}
