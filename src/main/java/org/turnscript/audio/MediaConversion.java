package org.turnscript.audio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts a recording JavaFX Media cannot play (WebM, Opus, Ogg, FLAC, Matroska) into an M4A in the cache with
 * ffmpeg, once: a second attach of the same file finds it there. Runs on the caller's (background) thread.
 */
public final class MediaConversion {

    private static final Pattern DURATION = Pattern.compile("Duration: (\\d+):(\\d\\d):(\\d\\d(?:\\.\\d+)?)");

    private final Ffmpeg ffmpeg;
    private final MediaCache cache;

    public MediaConversion(Ffmpeg ffmpeg, MediaCache cache) {
        this.ffmpeg = ffmpeg;
        this.cache = cache;
    }

    /** Where {@code source} is (or will be) converted to. */
    public Path target(Path source) throws IOException {
        return cache.entry(source, ".m4a");
    }

    /**
     * The converted file, made now if the cache does not have it.
     *
     * @param progress 0..1 as ffmpeg reports it (−1 while the length is not known yet)
     * @param cancelled checked as ffmpeg runs; when set the conversion stops and nothing is left in the cache
     * @throws IOException when ffmpeg fails (its last error line is the message) or is cancelled
     */
    public Path convert(Path source, DoubleConsumer progress, AtomicBoolean cancelled) throws IOException {
        Path target = target(source);
        if (Files.isRegularFile(target) && Files.size(target) > 0) {
            progress.accept(1);
            return target;
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part.m4a");
        Path errors = Files.createTempFile(cache.folder(), "ffmpeg-", ".log");
        try {
            List<String> command = ffmpeg.convertCommand(source, partial);
            Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            p.getOutputStream().close();
            double total = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (cancelled.get()) {
                        p.destroy();
                        throw new IOException("conversion cancelled");
                    }
                    if (total < 0) {
                        total = durationSeconds(Files.readString(errors, StandardCharsets.ISO_8859_1));
                    }
                    if (line.startsWith("out_time_us=") && total > 0) {
                        progress.accept(Math.min(1, parseMicros(line.substring(12)) / 1e6 / total));
                    }
                }
            }
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IOException("ffmpeg could not convert " + source.getFileName() + ": "
                        + lastLine(Files.readString(errors, StandardCharsets.ISO_8859_1)));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.accept(1);
            return target;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("conversion interrupted", e);
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(errors);
        }
    }

    /** The input's length from ffmpeg's banner ("Duration: 00:44:30.12"), or −1 before it is printed. */
    static double durationSeconds(String log) {
        Matcher m = DURATION.matcher(log);
        if (!m.find()) {
            return -1;
        }
        return Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
                + Double.parseDouble(m.group(3));
    }

    private static double parseMicros(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0; // ffmpeg writes "N/A" before the first packet
        }
    }

    private static String lastLine(String log) {
        String[] lines = log.strip().split("\\R");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "no message" : lines[lines.length - 1];
    }
}
