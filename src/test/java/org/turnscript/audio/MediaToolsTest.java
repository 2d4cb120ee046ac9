package org.turnscript.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files play as they are, finding ffmpeg, the command shown without it, and a real conversion with it. */
class MediaToolsTest {

    @TempDir
    Path dir;

    @Test
    void formatsAreSortedByWhatThePlayerReads() {
        assertThat(MediaFormats.playsDirectly(Path.of("a/Talk.MP3"))).isTrue();
        assertThat(MediaFormats.playsDirectly(Path.of("talk.m4a"))).isTrue();
        assertThat(MediaFormats.needsConversion(Path.of("talk.webm"))).isTrue();
        assertThat(MediaFormats.needsConversion(Path.of("talk.aac"))).as("bare ADTS is refused by JavaFX").isTrue();
        assertThat(MediaFormats.isMedia(Path.of("talk.srt"))).isFalse();
        assertThat(MediaFormats.isMedia(Path.of("noextension"))).isFalse();
        for (String ext : MediaFormats.ALL) {
            assertThat(MediaFormats.isMedia(Path.of("x." + ext))).as(ext).isTrue();
        }
    }

    @Test
    void ffmpegIsFoundOnThePathGiven() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path exe = Files.writeString(bin.resolve("ffmpeg"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(Ffmpeg.locate(dir.resolve("empty") + java.io.File.pathSeparator + bin))
                .map(Ffmpeg::executable).contains(exe);
        assertThat(Ffmpeg.locate(dir.resolve("empty").toString())).isEmpty();
        assertThat(Ffmpeg.locate((String) null)).isEmpty();
    }

    @Test
    void theManualCommandQuotesPathsWithSpaces() {
        assertThat(Ffmpeg.manualCommand(Path.of("/m/my talk.webm"), Path.of("/m/my talk.m4a")))
                .isEqualTo("ffmpeg -i \"/m/my talk.webm\" -vn -c:a aac -b:a 128k \"/m/my talk.m4a\"");
        assertThat(Ffmpeg.manualCommand(Path.of("/m/talk.flac"), Path.of("/m/talk.m4a")))
                .isEqualTo("ffmpeg -i /m/talk.flac -vn -c:a aac -b:a 128k /m/talk.m4a");
    }

    @Test
    void theDurationIsReadFromFfmpegsBanner() {
        assertThat(MediaConversion.durationSeconds("  Duration: 00:44:30.12, start: 0.000000, bitrate: 128 kb/s"))
                .isEqualTo(2670.12, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(MediaConversion.durationSeconds("Input #0, ogg")).isEqualTo(-1);
    }

    @Test
    void cacheEntriesDifferForDifferentFilesAndStayForTheSameOne() throws IOException {
        MediaCache cache = new MediaCache(dir.resolve("cache"));
        Path a = Files.writeString(dir.resolve("a.flac"), "a");
        Path b = Files.writeString(dir.resolve("b.flac"), "b");
        assertThat(cache.entry(a, ".m4a")).isEqualTo(cache.entry(a, ".m4a")).isNotEqualTo(cache.entry(b, ".m4a"));
        assertThatThrownBy(() -> cache.entry(dir.resolve("missing.flac"), ".m4a")).isInstanceOf(IOException.class);
    }

    /** With ffmpeg installed (CI installs it): a FLAC becomes a playable M4A in the cache, once. */
    @Test
    void aFlacIsConvertedWithProgressAndTheSecondTimeComesFromTheCache() throws Exception {
        Optional<Ffmpeg> ffmpeg = Ffmpeg.locate();
        assumeTrue(ffmpeg.isPresent(), "ffmpeg is not on the PATH: the conversion is tested where it is");
        Path flac = dir.resolve("tone.flac");
        Process make = new ProcessBuilder(ffmpeg.get().executable().toString(), "-loglevel", "error", "-y", "-f",
                "lavfi", "-i", "sine=frequency=440:duration=3", flac.toString()).inheritIO().start();
        assertThat(make.waitFor()).isZero();
        MediaConversion conversion = new MediaConversion(ffmpeg.get(), new MediaCache(dir.resolve("cache")));
        List<Double> progress = new ArrayList<>();
        Path m4a = conversion.convert(flac, progress::add, new AtomicBoolean());
        assertThat(m4a.getFileName().toString()).endsWith(".m4a");
        assertThat(Files.size(m4a)).isGreaterThan(1000);
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
        long made = Files.getLastModifiedTime(m4a).toMillis();
        assertThat(conversion.convert(flac, p -> { }, new AtomicBoolean())).isEqualTo(m4a);
        assertThat(Files.getLastModifiedTime(m4a).toMillis()).isEqualTo(made);
        // And its waveform, decoded by ffmpeg: three seconds of a steady tone.
        Waveform w = new WaveformDecoder(new MediaCache(dir.resolve("cache")), ffmpeg)
                .load(flac, 3000, p -> { }, new AtomicBoolean());
        assertThat(w.durationMs()).isBetween(2900L, 3100L);
        assertThat(w.peak(1000, 2000)).as("lavfi's sine is at an eighth of full scale: 4096 >> 8")
                .isBetween(14, 17);
    }

    @Test
    void aFileFfmpegCannotReadFailsWithItsMessageAndLeavesNothingInTheCache() throws Exception {
        Optional<Ffmpeg> ffmpeg = Ffmpeg.locate();
        assumeTrue(ffmpeg.isPresent(), "ffmpeg is not on the PATH");
        Path bad = Files.writeString(dir.resolve("broken.webm"), "this is no WebM");
        MediaCache cache = new MediaCache(dir.resolve("cache"));
        assertThatThrownBy(() -> new MediaConversion(ffmpeg.get(), cache).convert(bad, p -> { }, new AtomicBoolean()))
                .isInstanceOf(IOException.class).hasMessageContaining("broken.webm");
        try (var files = Files.list(cache.folder())) {
            assertThat(files.filter(p -> p.toString().endsWith(".m4a")).count()).isZero();
        }
    }
}
