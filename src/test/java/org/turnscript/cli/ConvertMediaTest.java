package org.turnscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.audio.PcmAudio;
import org.turnscript.audio.SyntheticVoices;
import org.turnscript.convert.ConversionService;
import org.turnscript.convert.ImportSettings;
import org.turnscript.model.Word;

/** {@code convert --media}: the words of a caption dump timed from a recording of them. */
class ConvertMediaTest {

    private static final float RATE = 16_000f;

    @TempDir
    Path dir;

    /** One-syllable words, a 160 ms vowel-like burst each, 300 ms apart, with a 3 s silence after the tenth. */
    static long[] writeRecording(Path wav, int words) throws Exception {
        long[] nuclei = new long[words];
        float[] samples = new float[(int) (RATE * (words * 0.3 + 5))];
        long t = 1000;
        for (int i = 0; i < words; i++) {
            nuclei[i] = t;
            int centre = (int) (t * RATE / 1000);
            int half = (int) (0.08 * RATE);
            for (int k = -half; k <= half; k++) {
                samples[centre + k] += (float) (0.4 * 0.5 * (1 + Math.cos(Math.PI * k / half))
                        * Math.sin(2 * Math.PI * 150 * (centre + k) / RATE));
            }
            t += i == 9 ? 3300 : 300;
        }
        SyntheticVoices.write(new PcmAudio(samples, RATE), wav);
        return nuclei;
    }

    @Test
    void wordsAreTimedFromTheRecordingAcrossItsSilence() throws Exception {
        Path wav = dir.resolve("talk.wav");
        long[] nuclei = writeRecording(wav, 20);
        Path text = dir.resolve("talk.txt");
        Files.writeString(text, String.join(" ", java.util.Collections.nCopies(20, "yes")) + "\n");
        Path out = dir.resolve("talk.json");

        CommandRun run = CommandRun.of("convert", text.toString(), "--media", wav.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Word> words = ConversionService.standard().read(out, ImportSettings.DEFAULTS).transcript().segments()
                .stream().flatMap(s -> s.words().stream()).toList();
        assertThat(words).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(Math.abs(words.get(i).start() - (nuclei[i] - 100))).as("word %d", i).isLessThanOrEqualTo(60);
        }
        assertThat(ConversionService.standard().read(out, ImportSettings.DEFAULTS).transcript().metadata().media())
                .as("the project names the recording its times came from").isEqualTo("talk.wav");
    }

    @Test
    void aRecordingThatCannotBeReadIsAnErrorThatNamesIt() throws Exception {
        Path text = dir.resolve("talk.txt");
        Files.writeString(text, "hello there\n");
        Path mp3 = dir.resolve("talk.mp3");
        Files.write(mp3, new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});

        CommandRun run = CommandRun.of("convert", text.toString(), "--media", mp3.toString(), "--to", "srt");

        assertThat(run.exitCode()).isNotZero();
        // An MP3 of a tag and no audio: ffmpeg refuses it when it is there, the pure-Java decoder finds no frame else.
        assertThat(run.err()).contains("talk.mp3").containsAnyOf("ffmpeg could not read talk.mp3",
                "Reading talk.mp3 needs ffmpeg");
    }
}
