package org.turnscript.audio;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ffmpeg executable when it is installed, and the command lines Turnscript runs with it. Nothing is bundled:
 * without ffmpeg the formats JavaFX Media cannot play are explained with the exact command to run by hand.
 */
public final class Ffmpeg {

    private final Path executable;

    private Ffmpeg(Path executable) {
        this.executable = executable;
    }

    /**
     * ffmpeg from the {@code turnscript.ffmpeg} system property, or the first on the PATH.
     *
     * @param path the PATH to search (the environment's, or a test's)
     */
    public static Optional<Ffmpeg> locate(String path) {
        String given = System.getProperty("turnscript.ffmpeg");
        if (given != null) {
            // An explicit choice, also "none" to test the path without ffmpeg: never second-guessed.
            Path p = Path.of(given);
            return Files.isExecutable(p) ? Optional.of(new Ffmpeg(p)) : Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : List.of("ffmpeg", "ffmpeg.exe")) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(new Ffmpeg(p));
                }
            }
        }
        return Optional.empty();
    }

    /** ffmpeg as the environment's PATH finds it. */
    public static Optional<Ffmpeg> locate() {
        return locate(System.getenv("PATH"));
    }

    public Path executable() {
        return executable;
    }

    /**
     * Converts a recording JavaFX cannot play into AAC in an M4A container (audio only: re-encoding video would
     * take as long as the recording), reporting progress on standard output.
     */
    public List<String> convertCommand(Path in, Path out) {
        List<String> c = new ArrayList<>(List.of(executable.toString(), "-hide_banner", "-nostdin", "-y", "-i",
                in.toString(), "-vn", "-c:a", "aac", "-b:a", "128k", "-progress", "pipe:1", "-nostats"));
        c.add(out.toString());
        return c;
    }

    /** Decodes any recording to mono 16-bit little-endian PCM at {@code rate} on standard output. */
    public List<String> pcmCommand(Path in, int rate) {
        return List.of(executable.toString(), "-hide_banner", "-nostdin", "-loglevel", "error", "-i", in.toString(),
                "-vn", "-ac", "1", "-ar", String.valueOf(rate), "-f", "s16le", "-");
    }

    /**
     * Decodes any recording to mono 16-bit little-endian PCM at {@code rate} on standard output, with the input's
     * description (its "Duration:") on standard error for progress.
     */
    public List<String> analysisCommand(Path in, int rate) {
        return List.of(executable.toString(), "-hide_banner", "-nostdin", "-nostats", "-i", in.toString(),
                "-vn", "-ac", "1", "-ar", String.valueOf(rate), "-f", "s16le", "-");
    }

    /** A conversion to a mono 16 kHz WAV that Turnscript reads itself, as a person would type it. */
    public static String wavCommand(Path in, Path out) {
        return "ffmpeg -i " + quoted(in) + " -vn -ac 1 -ar 16000 " + quoted(out);
    }

    /** The conversion as a person would type it, for the message shown when ffmpeg is missing. */
    public static String manualCommand(Path in, Path out) {
        return "ffmpeg -i " + quoted(in) + " -vn -c:a aac -b:a 128k " + quoted(out);
    }

    private static String quoted(Path p) {
        String s = p.toString();
        return s.matches("[A-Za-z0-9_./:\\\\-]+") ? s : "\"" + s.replace("\"", "\\\"") + "\"";
    }
}
