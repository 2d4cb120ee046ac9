package org.turnscript.audio;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which recordings the player opens as they are and which it needs converted first. JavaFX Media reads WAV,
 * AIFF, MP3, AAC in an MP4/M4A container and MP4 (H.264/AAC); what YouTube downloads and many recorders give
 * (WebM, Opus, Ogg, FLAC, Matroska) and bare ADTS {@code .aac} it refuses ("Unrecognized file signature"), so
 * those go through ffmpeg.
 */
public final class MediaFormats {

    /** Played as they are. */
    public static final Set<String> DIRECT = Set.of("wav", "aif", "aiff", "mp3", "m4a", "mp4", "m4v");
    /** Converted with ffmpeg into the cache first. */
    public static final Set<String> CONVERTED = Set.of("webm", "opus", "ogg", "oga", "flac", "mkv", "mka", "aac");
    /** Decoded for the waveform by the JDK itself; the others by ffmpeg. */
    public static final Set<String> JDK_DECODED = Set.of("wav", "aif", "aiff");
    /** Video containers: these show a picture when they have one. */
    public static final Set<String> VIDEO = Set.of("mp4", "m4v", "mkv", "webm");

    /** Every extension a recording may have, for the open dialog and for finding one beside a transcript. */
    public static final List<String> ALL = List.of("wav", "aif", "aiff", "mp3", "m4a", "mp4", "m4v", "aac",
            "webm", "opus", "ogg", "oga", "flac", "mkv", "mka");

    private MediaFormats() {
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean isMedia(Path file) {
        return DIRECT.contains(extension(file)) || CONVERTED.contains(extension(file));
    }

    public static boolean playsDirectly(Path file) {
        return DIRECT.contains(extension(file));
    }

    public static boolean needsConversion(Path file) {
        return CONVERTED.contains(extension(file));
    }
}
