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

    @Test
    void theFftGivesBackWhatItWasGiven() {
        double[] re = new double[16];
        double[] im = new double[16];
        for (int i = 0; i < 16; i++) {
            re[i] = Math.sin(i) + i % 3;
        }
        double[] copy = re.clone();
        Fft.transform(re, im, false);
        assertThat(re[0]).isCloseTo(Arrays.stream(copy).sum(), org.assertj.core.data.Offset.offset(1e-9));
        Fft.transform(re, im, true);
        for (int i = 0; i < 16; i++) {
            assertThat(re[i]).isCloseTo(copy[i], org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
