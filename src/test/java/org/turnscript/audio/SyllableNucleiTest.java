package org.turnscript.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.convert.TimesFromRecording;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;

class SyllableNucleiTest {

    private static final float RATE = 16_000f;

    @TempDir
    Path dir;

    /** A vowel-like burst: a 180 Hz tone under a raised-cosine envelope, 160 ms, centred at {@code centreMs}. */
    private static void burst(float[] out, long centreMs, float loudness) {
        int centre = (int) (centreMs * RATE / 1000);
        int half = (int) (0.08 * RATE);
        for (int k = -half; k <= half; k++) {
            int at = centre + k;
            if (at >= 0 && at < out.length) {
                double envelope = 0.5 * (1 + Math.cos(Math.PI * k / half));
                out[at] += (float) (loudness * envelope * Math.sin(2 * Math.PI * 180 * at / RATE));
            }
        }
    }

    /** Syllables every 220 ms in phrases of five, with pauses of 0.4 to 2.4 s between phrases. */
    private static List<Long> syllableTimes() {
        List<Long> times = new ArrayList<>();
        long t = 500;
        for (int phrase = 0; phrase < 12; phrase++) {
            for (int s = 0; s < 5; s++) {
                times.add(t);
                t += 220;
            }
            t += 400 + (phrase % 3) * 1000;
        }
        return times;
    }

    private static PcmAudio render(List<Long> times) {
        float[] samples = new float[(int) ((times.get(times.size() - 1) + 1000) * RATE / 1000)];
        for (int i = 0; i < times.size(); i++) {
            burst(samples, times.get(i), i % 2 == 0 ? 0.5f : 0.2f);
        }
        return new PcmAudio(samples, RATE);
    }

    @Test
    void findsOneNucleusPerSyllableNearItsPeak() {
        List<Long> times = syllableTimes();

        long[] nuclei = SyllableNuclei.detect(render(times));

        assertThat(nuclei).hasSameSizeAs(times.toArray());
        for (int i = 0; i < nuclei.length; i++) {
            assertThat(Math.abs(nuclei[i] - times.get(i))).as("nucleus %d", i).isLessThanOrEqualTo(40);
        }
    }

    @Test
    void silenceHasNoNuclei() {
        assertThat(SyllableNuclei.detect(new PcmAudio(new float[(int) RATE * 3], RATE))).isEmpty();
    }

    @Test
    void wordsFollowTheirSoundAcrossPausesThatAnEstimateWouldSmearOver() {
        List<Long> times = syllableTimes();
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            words.add(Word.of(i % 2 == 0 ? "cat" : "dog"));
        }
        Transcript doc = new Transcript(Metadata.EMPTY, Roster.EMPTY,
                List.of(new Segment("s1", null, SegmentKind.SPEECH, words)));
        PcmAudio audio = render(times);

        Transcript timed = TimesFromRecording.retime(doc, audio, audio.durationMs(), "a.wav", p -> { }, () -> false);

        List<Word> out = timed.segment(0).words();
        for (int i = 0; i < out.size(); i++) {
            // A burst is 160 ms with its peak in the middle: the word starts where it becomes audible.
            assertThat(Math.abs(out.get(i).start() - (times.get(i) - 80))).as("word %d", i).isLessThanOrEqualTo(60);
            assertThat(out.get(i).source()).isEqualTo(TimeSource.RECORDING);
        }
        assertThat(timed.metadata().timingNote()).contains("a.wav");
    }

    /** At 22 050 Hz a 10 ms hop is 220.5 samples: the nuclei of the tenth minute are still where they are. */
    @Test
    void nucleiDoNotDriftWhenAHopIsNotAWholeNumberOfSamples() {
        float rate = 22_050f;
        float[] samples = new float[(int) (rate * 600)];
        long[] truth = {1_000, 300_000, 599_000};
        for (long t : truth) {
            int centre = (int) (t * rate / 1000);
            int half = (int) (0.08 * rate);
            for (int k = -half; k <= half; k++) {
                double envelope = 0.5 * (1 + Math.cos(Math.PI * k / half));
                samples[centre + k] = (float) (0.5 * envelope * Math.sin(2 * Math.PI * 180 * (centre + k) / rate));
            }
        }

        long[] nuclei = SyllableNuclei.detect(new PcmAudio(samples, rate));

        assertThat(nuclei).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(Math.abs(nuclei[i] - truth[i])).as("nucleus %d", i).isLessThanOrEqualTo(30);
        }
    }

    @Test
    void readsAStereoWavAsMono(@TempDir Path tmp) throws Exception {
        int frames = 1600;
        ByteBuffer bytes = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            bytes.putShort((short) 16384).putShort((short) 0);
        }
        Path wav = tmp.resolve("stereo.wav");
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes.array()),
                new AudioFormat(RATE, 16, 2, true, false), frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, wav.toFile());
        }

        PcmAudio audio = PcmAudio.read(wav);

        assertThat(audio.samples()).hasSize(frames);
        assertThat(audio.samples()[10]).isEqualTo(0.25f);
        assertThat(audio.durationMs()).isEqualTo(100);
    }

    @Test
    void aFileThatIsNotAudioSaysWhatToDo() throws IOException {
        Path mp3 = dir.resolve("episode.mp3");
        Files.write(mp3, new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> PcmAudio.read(mp3)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a WAV or AIFF recording").hasMessageContaining("ffmpeg");
    }
}
