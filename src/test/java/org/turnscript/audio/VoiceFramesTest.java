package org.turnscript.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VoiceFramesTest {

    private static VoiceFrames of(SyntheticVoices.Voice voice, int words) {
        SyntheticVoices.Voice[] voices = new SyntheticVoices.Voice[words];
        Arrays.fill(voices, voice);
        return VoiceFrames.of(SyntheticVoices.speak(voices, 0, new long[words]));
    }

    /** The median log pitch of the voiced speech frames, in Hz. */
    private static double medianPitch(VoiceFrames v) {
        return Math.exp(java.util.stream.IntStream.range(0, v.size())
                .filter(f -> v.speech(f) && !Float.isNaN(v.logPitch(f)))
                .mapToDouble(v::logPitch).sorted().skip(countVoiced(v) / 2).findFirst().orElseThrow());
    }

    private static long countVoiced(VoiceFrames v) {
        return java.util.stream.IntStream.range(0, v.size()).filter(f -> v.speech(f) && !Float.isNaN(v.logPitch(f)))
                .count();
    }

    /** Every value of every frame, for comparing two measurements exactly. */
    static float[] values(VoiceFrames v) {
        float[] out = new float[v.size() * (VoiceFrames.COEFFICIENTS + 2)];
        int k = 0;
        for (int f = 0; f < v.size(); f++) {
            for (int c = 0; c < VoiceFrames.COEFFICIENTS; c++) {
                out[k++] = v.coefficient(f, c);
            }
            out[k++] = v.logPitch(f);
            out[k++] = v.speech(f) ? 1 : 0;
        }
        return out;
    }

    @Test
    void measuredAsTheSamplesArriveTheFramesAreThoseOfTheWholeRecording() {
        SyntheticVoices.Voice[] voices = new SyntheticVoices.Voice[12];
        Arrays.fill(voices, 0, 6, SyntheticVoices.LOW);
        Arrays.fill(voices, 6, 12, SyntheticVoices.HIGH);
        PcmAudio audio = SyntheticVoices.speak(voices, 0, new long[12]);
        VoiceFrames whole = VoiceFrames.of(audio);

        VoiceFrames.Meter meter = new VoiceFrames.Meter(audio.sampleRate());
        java.util.Random random = new java.util.Random(7);
        float[] s = audio.samples();
        for (int at = 0; at < s.length; ) {
            // Blocks of any length, shorter and longer than a frame's window (256 samples) and its hop (160).
            int n = Math.min(s.length - at, 1 + random.nextInt(random.nextBoolean() ? 200 : 5000));
            meter.accept(Arrays.copyOfRange(s, at, at + n), n);
            at += n;
        }
        VoiceFrames streamed = meter.finish();

        assertThat(streamed.size()).isEqualTo(whole.size()).isGreaterThan(100);
        assertThat(values(streamed)).isEqualTo(values(whole));
    }

    @Test
    void fromTheFileTheFramesAreThoseOfTheDecodedRecording(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        SyntheticVoices.Voice[] voices = new SyntheticVoices.Voice[8];
        Arrays.fill(voices, SyntheticVoices.HIGH);
        java.nio.file.Path wav = dir.resolve("voices.wav");
        SyntheticVoices.write(SyntheticVoices.speak(voices, 0, new long[8]), wav);
        RecordingDecoder decoder = new RecordingDecoder(java.util.Optional.empty());
        java.util.List<Double> progress = new java.util.ArrayList<>();

        VoiceFrames fromFile = VoiceFrames.of(wav, decoder, progress::add, () -> false);

        assertThat(values(fromFile)).isEqualTo(values(VoiceFrames.of(decoder.decode(wav, p -> { }, () -> false))));
        assertThat(progress).isNotEmpty().isSorted();
    }

    @Test
    void thePitchOfAVoiceIsFoundInItsWords() {
        assertThat(medianPitch(of(SyntheticVoices.LOW, 10))).isBetween(100.0, 121.0);
        assertThat(medianPitch(of(SyntheticVoices.HIGH, 10))).isBetween(210.0, 250.0);
    }

    @Test
    void theGapsBetweenWordsAreNotSpeech() {
        VoiceFrames v = of(SyntheticVoices.LOW, 10);
        // The first word starts at 500 ms: the frames before it are silence, those in its middle speech.
        assertThat(v.speech(VoiceFrames.frameAt(200))).isFalse();
        assertThat(v.speech(VoiceFrames.frameAt(600))).isTrue();
        // Between the first word (500–760 ms) and the second (900 ms) nothing sounds.
        assertThat(v.speech(VoiceFrames.frameAt(830))).isFalse();
    }

    @Test
    void twoVoicesDifferInTimbreAsWellAsPitch() {
        VoiceFrames low = of(SyntheticVoices.LOW, 10);
        VoiceFrames high = of(SyntheticVoices.HIGH, 10);
        int f = VoiceFrames.frameAt(600);
        double difference = 0;
        for (int c = 0; c < VoiceFrames.COEFFICIENTS; c++) {
            difference += Math.abs(low.coefficient(f, c) - high.coefficient(f, c));
        }
        assertThat(difference).isGreaterThan(1.0);
    }

    @Test
    void aRecordingAboveTheAnalysisRateIsBroughtDownFirst() {
        SyntheticVoices.Voice[] voices = new SyntheticVoices.Voice[10];
        Arrays.fill(voices, SyntheticVoices.HIGH);
        PcmAudio at8k = SyntheticVoices.speak(voices, 0, new long[10]);
        float[] doubled = new float[at8k.samples().length * 2];
        for (int i = 0; i < doubled.length; i++) {
            doubled[i] = at8k.samples()[i / 2];
        }
        VoiceFrames v = VoiceFrames.of(new PcmAudio(doubled, 16_000f));
        assertThat(v.size()).isBetween(VoiceFrames.of(at8k).size() - 2, VoiceFrames.of(at8k).size() + 2);
        assertThat(medianPitch(v)).isBetween(210.0, 250.0);
    }
}
