package org.turnscript.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Peaks from decoded samples, the per-second shortcut, the cache file, and WAV/AIFF decoding with the JDK. */
class WaveformTest {

    @TempDir
    Path dir;

    @Test
    void aPeakOverAnyRangeIsTheLoudestBucketInIt() {
        Random r = new Random(7);
        byte[] peaks = new byte[5_000];
        for (int i = 0; i < peaks.length; i++) {
            peaks[i] = (byte) r.nextInt(128);
        }
        Waveform w = new Waveform(peaks);
        for (int k = 0; k < 500; k++) {
            long from = r.nextInt(52_000);
            long to = from + r.nextInt(20_000);
            int expected = 0;
            int a = (int) (from / Waveform.BUCKET_MS);
            int b = (int) Math.min(peaks.length, (to + Waveform.BUCKET_MS - 1) / Waveform.BUCKET_MS);
            for (int i = a; i < b; i++) {
                expected = Math.max(expected, peaks[i]);
            }
            if (a == b && a < peaks.length) {
                expected = peaks[a];
            }
            assertThat(w.peak(from, to)).as("%d..%d", from, to).isEqualTo(expected);
        }
        assertThat(w.durationMs()).isEqualTo(50_000);
    }

    @Test
    void theBuilderMakesOneBucketPer10MsAndKeepsTheLoudestSample() {
        Waveform.Builder b = new Waveform.Builder(8000);
        for (int i = 0; i < 8000; i++) { // one second: loud in the second half only
            b.add(i < 4000 ? 100 : (i % 2 == 0 ? 20_000 : -30_000));
        }
        Waveform w = b.build();
        assertThat(w.buckets()).isEqualTo(100);
        assertThat(w.peak(0, 490)).isZero();
        assertThat(w.peak(500, 1000)).isEqualTo(30_000 >> 8);
    }

    @Test
    void theCacheFileReadsBackTheSamePeaksAndRefusesOtherFiles() throws IOException {
        byte[] peaks = {0, 5, 127, 64, 1};
        Waveform w = new Waveform(peaks);
        Path f = dir.resolve("w.peaks");
        w.write(f);
        Waveform back = Waveform.read(f);
        assertThat(back.buckets()).isEqualTo(5);
        assertThat(back.peak(20, 30)).isEqualTo(127);
        Files.writeString(f, "not peaks at all");
        assertThatThrownBy(() -> Waveform.read(f)).isInstanceOf(IOException.class);
    }

    @Test
    void aStereoWavIsDecodedWithTheJdkAndCached() throws IOException {
        Path wav = dir.resolve("tone.wav");
        writeTone(wav, AudioFileFormat.Type.WAVE, 2);
        MediaCache cache = new MediaCache(dir.resolve("cache"));
        WaveformDecoder decoder = new WaveformDecoder(cache, Optional.empty());
        assertThat(decoder.canDecode(wav)).isTrue();
        assertThat(decoder.canDecode(dir.resolve("talk.mp3"))).as("MP3 needs ffmpeg").isFalse();
        double[] last = {0};
        Waveform w = decoder.load(wav, -1, p -> last[0] = p, new AtomicBoolean());
        assertThat(w.durationMs()).isBetween(1990L, 2010L);
        assertThat(w.peak(0, 990)).as("first second silent").isLessThan(2);
        assertThat(w.peak(1000, 2000)).as("second second loud").isGreaterThan(100);
        assertThat(last[0]).isEqualTo(1.0);
        assertThat(Files.list(cache.folder()).filter(p -> p.toString().endsWith(".peaks")).count()).isEqualTo(1);
        // A second load reads the cache: the same peaks even when the decoder could not read the file again.
        Waveform again = decoder.load(wav, -1, p -> { }, new AtomicBoolean());
        assertThat(again.buckets()).isEqualTo(w.buckets());
    }

    @Test
    void anAiffIsDecodedToo() throws IOException {
        Path aiff = dir.resolve("tone.aiff");
        writeTone(aiff, AudioFileFormat.Type.AIFF, 1);
        Waveform w = new WaveformDecoder(new MediaCache(dir.resolve("c")), Optional.empty())
                .load(aiff, -1, p -> { }, new AtomicBoolean());
        assertThat(w.peak(1500, 1600)).isGreaterThan(100);
    }

    /** Two seconds at 8 kHz: silence, then a loud square wave. */
    private static void writeTone(Path file, AudioFileFormat.Type type, int channels) throws IOException {
        int rate = 8000;
        boolean bigEndian = type == AudioFileFormat.Type.AIFF;
        AudioFormat f = new AudioFormat(rate, 16, channels, true, bigEndian);
        byte[] data = new byte[2 * rate * 2 * channels];
        for (int i = 0; i < 2 * rate; i++) {
            short s = i < rate ? 0 : (short) ((i / 20) % 2 == 0 ? 30_000 : -30_000);
            for (int c = 0; c < channels; c++) {
                int at = (i * channels + c) * 2;
                short v = c == 0 ? s : (short) (s / 2);
                if (bigEndian) {
                    data[at] = (byte) (v >> 8);
                    data[at + 1] = (byte) v;
                } else {
                    data[at] = (byte) v;
                    data[at + 1] = (byte) (v >> 8);
                }
            }
        }
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(data), f, 2L * rate)) {
            AudioSystem.write(in, type, file.toFile());
        }
    }
}
