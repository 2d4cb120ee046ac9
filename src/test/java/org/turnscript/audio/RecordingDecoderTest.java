package org.turnscript.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decoding for analysis: any rate and channel count comes out mono at the analysis rate with its loudness kept and
 * what lies above the new Nyquist frequency removed; MPEG-1 MP3 without ffmpeg; other formats with ffmpeg or with a
 * message that names the command; progress and Cancel.
 */
class RecordingDecoderTest {

    @TempDir
    Path dir;

    private static final RecordingDecoder NO_FFMPEG = new RecordingDecoder(Optional.empty());

    /** A stereo 16-bit WAV: a tone of {@code hz} in the left channel, its inverse times {@code right} in the right. */
    private Path tone(String name, float rate, double hz, double seconds, double right) throws IOException {
        int frames = (int) (rate * seconds);
        byte[] bytes = new byte[frames * 4];
        for (int i = 0; i < frames; i++) {
            double v = 0.5 * Math.sin(2 * Math.PI * hz * i / rate);
            short l = (short) Math.round(v * 32767);
            short r = (short) Math.round(-v * right * 32767);
            bytes[4 * i] = (byte) l;
            bytes[4 * i + 1] = (byte) (l >> 8);
            bytes[4 * i + 2] = (byte) r;
            bytes[4 * i + 3] = (byte) (r >> 8);
        }
        AudioFormat f = new AudioFormat(rate, 16, 2, true, false);
        Path out = dir.resolve(name);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), f, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out.toFile());
        }
        return out;
    }

    private static double rms(float[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += s[i] * s[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    @Test
    void aStereoRecordingAt44kComesOutMonoAt8kWithItsLoudness() throws IOException {
        Path wav = tone("tone.wav", 44100, 440, 3, 0);
        List<Double> progress = new ArrayList<>();

        PcmAudio a = NO_FFMPEG.decode(wav, progress::add, () -> false);

        assertThat(a.sampleRate()).isEqualTo(RecordingDecoder.ANALYSIS_RATE);
        assertThat(a.samples().length).isCloseTo(24_000, within(2));
        assertThat(a.durationMs()).isCloseTo(3000, within(1L));
        // Left 0.5 amplitude, right silent: the average is a 0.25 sine, RMS 0.25/√2.
        assertThat(rms(a.samples(), 1000, 23000)).isCloseTo(0.25 / Math.sqrt(2), within(0.005));
        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void streamedTheSamplesAreThoseDecodedWholeInBlocks() throws IOException {
        Path wav = tone("long.wav", 44100, 440, 20, 0.3); // 160,000 samples at 8 kHz: two blocks and a part
        PcmAudio whole = NO_FFMPEG.decode(wav, p -> { }, () -> false);
        float[] streamed = new float[whole.samples().length + 1];
        int[] at = {0};
        List<Integer> blocks = new ArrayList<>();
        float[] rate = {0};
        NO_FFMPEG.stream(wav, new SampleSink() {
            @Override
            public void start(float r) {
                rate[0] = r;
            }

            @Override
            public void accept(float[] samples, int length) {
                System.arraycopy(samples, 0, streamed, at[0], length);
                at[0] += length;
                blocks.add(length);
            }
        }, p -> { }, () -> false);

        assertThat(rate[0]).isEqualTo(RecordingDecoder.ANALYSIS_RATE);
        assertThat(at[0]).isEqualTo(whole.samples().length);
        assertThat(java.util.Arrays.copyOf(streamed, at[0])).isEqualTo(whole.samples());
        assertThat(blocks).hasSizeGreaterThan(2).allMatch(n -> n <= 1 << 16);
    }

    @Test
    void channelsAreAveragedSoOppositePhasesCancel() throws IOException {
        PcmAudio a = NO_FFMPEG.decode(tone("phase.wav", 48000, 300, 1, 1), p -> { }, () -> false);
        assertThat(rms(a.samples(), 100, a.samples().length - 100)).isLessThan(1e-3);
    }

    @Test
    void toneAboveTheNewNyquistFrequencyIsFilteredNotFoldedDown() throws IOException {
        // 6 kHz at 48 kHz would alias to 2 kHz at 8 kHz without the low-pass.
        PcmAudio a = NO_FFMPEG.decode(tone("high.wav", 48000, 6000, 1, 0), p -> { }, () -> false);
        assertThat(rms(a.samples(), 100, a.samples().length - 100)).isLessThan(0.01);
    }

    @Test
    void aRecordingBelowTheAnalysisRateKeepsItsOwnRate() throws IOException {
        Path wav = tone("low.wav", 6000, 200, 1, 0);
        PcmAudio a = NO_FFMPEG.decode(wav, p -> { }, () -> false);
        assertThat(a.sampleRate()).isEqualTo(6000f);
        assertThat(a.samples().length).isEqualTo(6000);
    }

    @Test
    void anMpeg1Mp3IsDecodedWithoutFfmpeg() throws IOException {
        Path mp3 = copy("speech.mp3");
        PcmAudio fromMp3 = NO_FFMPEG.decode(mp3, p -> { }, () -> false);
        Path wav = dir.resolve("speech.wav");
        try (InputStream in = RecordingDecoderTest.class.getResourceAsStream("/org/turnscript/ui/media/speech.wav")) {
            Files.copy(in, wav);
        }
        PcmAudio fromWav = NO_FFMPEG.decode(wav, p -> { }, () -> false);

        assertThat(fromMp3.sampleRate()).isEqualTo(RecordingDecoder.ANALYSIS_RATE);
        // The encoder adds a frame of delay and padding: the same six seconds, give or take 0.1 s.
        assertThat(fromMp3.durationMs()).isCloseTo(fromWav.durationMs(), within(100L));
        assertThat(rms(fromMp3.samples(), 0, fromMp3.samples().length))
                .isCloseTo(rms(fromWav.samples(), 0, fromWav.samples().length), within(0.02));
        // Speech, not silence or noise: syllables found in both, about as many.
        assertThat(SyllableNuclei.detect(fromMp3).length).isCloseTo(SyllableNuclei.detect(fromWav).length, within(3));
    }

    @Test
    void withoutFfmpegOtherFormatsSayWhatToInstallAndWhatToRun() throws IOException {
        Path webm = Files.write(dir.resolve("my talk.webm"), new byte[] {26, 69, -33, -93});
        assertThatThrownBy(() -> NO_FFMPEG.decode(webm, p -> { }, () -> false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Reading my talk.webm needs ffmpeg, which is not on the PATH")
                .hasMessageContaining("apt install ffmpeg")
                .hasMessageContaining("ffmpeg -i \"" + webm + "\" -vn -ac 1 -ar 16000 \"" + dir.resolve("my talk.wav")
                        + "\"");
        Path mpeg2 = copy("speech-mpeg2.mp3");
        assertThatThrownBy(() -> NO_FFMPEG.decode(mpeg2, p -> { }, () -> false))
                .as("MPEG-2 audio (22.05 kHz) is beyond the built-in decoder").hasMessageContaining("needs ffmpeg");
    }

    @Test
    void withFfmpegOtherFormatsAreDecodedAtTheAnalysisRate() throws Exception {
        Optional<Ffmpeg> ffmpeg = Ffmpeg.locate();
        assumeTrue(ffmpeg.isPresent(), "ffmpeg is not on the PATH");
        Path mpeg2 = copy("speech-mpeg2.mp3");
        List<Double> progress = new ArrayList<>();
        PcmAudio a = new RecordingDecoder(ffmpeg).decode(mpeg2, progress::add, () -> false);
        assertThat(a.sampleRate()).isEqualTo(RecordingDecoder.ANALYSIS_RATE);
        assertThat(a.durationMs()).isBetween(6200L, 6500L);
        assertThat(SyllableNuclei.detect(a)).hasSizeGreaterThan(10);
        assertThat(progress).isNotEmpty();
    }

    @Test
    void cancelStopsTheDecoding() throws IOException {
        Path wav = tone("long.wav", 44100, 440, 5, 0);
        int[] calls = {0};
        assertThatThrownBy(() -> NO_FFMPEG.decode(wav, p -> calls[0]++, () -> calls[0] >= 2))
                .isInstanceOf(CancellationException.class);
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void theMpegVersionIsReadFromTheFirstFrameAfterTheTag() throws IOException {
        assertThat(RecordingDecoder.Mp3Header.isMpeg1(copy("speech.mp3"))).isTrue();
        assertThat(RecordingDecoder.Mp3Header.isMpeg1(copy("speech-mpeg2.mp3"))).isFalse();
        assertThat(RecordingDecoder.Mp3Header.isMpeg1(Files.write(dir.resolve("junk.mp3"), new byte[100]))).isFalse();
    }

    private Path copy(String resource) throws IOException {
        Path out = dir.resolve(resource);
        try (InputStream in = RecordingDecoderTest.class.getResourceAsStream(resource)) {
            Files.copy(in, out);
        }
        return out;
    }
}
