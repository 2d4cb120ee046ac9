package org.turnscript.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where converted recordings, waveform peaks and voices are kept: one file per source, named after the source's absolute
 * path, size and modification time, so a changed or replaced recording never reuses a stale entry.
 */
public final class MediaCache {

    private final Path folder;

    public MediaCache(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The cache file for {@code source} with the given suffix (e.g. {@code .m4a}, {@code .peaks}). */
    public Path entry(Path source, String suffix) throws IOException {
        Path abs = source.toAbsolutePath().normalize();
        String stamp = abs + "|" + Files.size(abs) + "|" + Files.getLastModifiedTime(abs).toMillis();
        String base = abs.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        Files.createDirectories(folder);
        return folder.resolve(base + "-" + Long.toHexString(hash(stamp)) + suffix);
    }

    /** A 64-bit FNV-1a hash: stable across runs and JVMs, unlike {@code String.hashCode} collisions at 32 bits. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
