package org.turnscript.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.FormatException;

/** Reads a command's input: a file, or standard input when the name is "-". */
final class Inputs {

    private Inputs() {
    }

    /** What a command does with its input, which may fail as bad input or as a reader bug. */
    interface Reading<T> {
        T run() throws FormatException, IOException;
    }

    /** Runs {@code reading}; a reader bug still ends in one line naming the file, never a stack trace. */
    static <T> T guarded(String input, Reading<T> reading) throws FormatException, IOException {
        try {
            return reading.run();
        } catch (RuntimeException e) {
            throw new FormatException(input, 0, "could not be read (" + e + ")");
        }
    }

    /** All of standard input. */
    static byte[] standardInput(InputStream stdin) throws FormatException {
        try {
            return stdin.readAllBytes();
        } catch (IOException e) {
            throw new FormatException("-", 0, "cannot read standard input: " + e.getMessage());
        }
    }

    /** The path of an input file that exists and is not a folder. */
    static Path existing(String input) throws FormatException {
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new FormatException(input, 0, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new FormatException(input, 0, "is a folder, not a file");
        }
        return path;
    }

    /** The bytes of an input file. */
    static byte[] bytes(String input) throws FormatException {
        Path path = existing(input);
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FormatException(input, 0, "cannot read the file: " + e.getMessage());
        }
    }

    static LoadedDocument read(ConversionService service, String input, ImportSettings settings, InputStream stdin)
            throws FormatException {
        if ("-".equals(input)) {
            try {
                return service.read(stdin.readAllBytes(), "-", settings);
            } catch (IOException e) {
                throw new FormatException("-", 0, "cannot read standard input: " + e.getMessage());
            }
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new FormatException(input, 0, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new FormatException(input, 0, "is a folder, not a file");
        }
        try {
            return service.read(path, settings);
        } catch (FormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // A reader bug must still end in one line naming the file, never a stack trace.
            throw new FormatException(input, 0, "could not be read (" + e + ")");
        }
    }

}
