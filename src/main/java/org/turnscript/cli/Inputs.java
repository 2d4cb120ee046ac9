package org.turnscript.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.convert.InputLimits;
import org.turnscript.convert.LoadedDocument;
import org.turnscript.formats.FormatException;

/**
 * Reads a command's input: a file, or standard input when the name is "-". Bad input ends in a
 * {@link FormatException}; anything else is a bug, which no catch here hides.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * All of standard input, up to the limit.
     *
     * @throws FormatException when standard input is closed, unreadable or over the limit
     */
    static byte[] standardInput(InputStream stdin, InputLimits limits) throws FormatException {
        if (StandardInput.isClosed()) {
            throw new FormatException("-", 0, "standard input is closed: give a file, or pipe one in");
        }
        try {
            byte[] bytes = stdin.readNBytes((int) Math.min(limits.maxInputBytes() + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > limits.maxInputBytes()) {
                throw new FormatException("-", 0, "standard input holds more than " + (limits.maxInputBytes() >> 20)
                        + " MB; Turnscript reads input of up to that whole (raise the limit with "
                        + InputLimits.MAX_INPUT_OPTION + ")");
            }
            return bytes;
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

    /** The bytes of an input file, read whole, up to the limit. */
    static byte[] bytes(String input, InputLimits limits) throws FormatException {
        return ConversionService.readWhole(existing(input), limits);
    }

    static LoadedDocument read(ConversionService service, String input, ImportSettings settings, InputStream stdin)
            throws FormatException {
        if ("-".equals(input)) {
            return service.read(standardInput(stdin, settings.limits()), "-", settings);
        }
        return service.read(existing(input), settings);
    }
}
