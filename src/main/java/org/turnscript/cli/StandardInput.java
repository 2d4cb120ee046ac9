package org.turnscript.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells a closed standard input from an open one. */
final class StandardInput {

    private static final Path DESCRIPTOR_0 = Path.of("/proc/self/fd/0");

    private StandardInput() {
    }

    /**
     * Whether the process was started with standard input closed ({@code turnscript convert - <&-}). The JVM then
     * opens its own files on descriptor 0 (the runtime's {@code lib/modules}, 130 MB), and reading "standard input"
     * would read that. Linux shows where descriptor 0 points; elsewhere the answer is no.
     */
    static boolean isClosed() {
        if (!Files.isSymbolicLink(DESCRIPTOR_0)) {
            return false;
        }
        try {
            Path target = Files.readSymbolicLink(DESCRIPTOR_0);
            Path javaHome = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
            String name = target.getFileName() == null ? "" : target.getFileName().toString();
            return target.isAbsolute() && (target.normalize().startsWith(javaHome) || name.endsWith(".jar"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // cannot tell: read it as given
        }
    }
}
