package org.turnscript.cli;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a whole export to standard output, and notices when it could not (a full disk, a closed pipe). */
final class StandardOutput {

    private StandardOutput() {
    }

    /** The file an {@code -o} value names, or null for "-", standard output. */
    static java.nio.file.Path fileOrNull(String output) {
        return "-".equals(output) ? null : java.nio.file.Path.of(output);
    }

    /** Standard output as a stream; call {@link #check()} after writing to it. */
    static OutputStream stream() {
        return System.out;
    }

    /** Flushes standard output and fails if anything written to it was lost. */
    static void check() throws IOException {
        System.out.flush();
        if (System.out.checkError()) {
            throw new IOException("standard output could not be written (disk full or pipe closed?)");
        }
    }

    static void write(byte[] bytes) throws IOException {
        System.out.write(bytes);
        System.out.flush();
        // PrintStream swallows write errors; checkError() is the only way to learn of them.
        if (System.out.checkError()) {
            throw new IOException("standard output could not be written (disk full or pipe closed?)");
        }
    }
}
