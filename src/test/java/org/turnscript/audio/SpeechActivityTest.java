package org.turnscript.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpeechActivityTest {

    /** A word-like sound: a 150 Hz tone with a 5 ms fade in and out, from {@code fromMs} to {@code toMs}. */
    private static void tone(float[] out, float rate, long fromMs, long toMs, float loudness) {
        int from = (int) (fromMs * rate / 1000);
        int to = (int) (toMs * rate / 1000);
        int fade = (int) (0.005 * rate);
        for (int i = from; i < to && i < out.length; i++) {
            double envelope = Math.min(1, Math.min(i - from, to - i) / (double) fade);
            out[i] += (float) (loudness * envelope * Math.sin(2 * Math.PI * 150 * i / rate));
        }
    }

    @Test
    void findsTheStretchesOfSoundBetweenPausesAndBridgesShortGaps() {
        float rate = 16_000f;
        float[] s = new float[(int) (rate * 6)];
        tone(s, rate, 500, 1500, 0.5f);
        tone(s, rate, 1540, 2000, 0.2f); // 40 ms of silence: a stop inside a word, not a pause
        tone(s, rate, 2600, 3000, 0.5f);
        tone(s, rate, 4000, 4020, 0.5f); // a 20 ms click

        long[] sounds = SpeechActivity.detect(new PcmAudio(s, rate));

        assertThat(sounds).hasSize(4);
        assertThat(sounds[0]).isBetween(490L, 510L);
        assertThat(sounds[1]).isBetween(1990L, 2010L);
        assertThat(sounds[2]).isBetween(2590L, 2610L);
        assertThat(sounds[3]).isBetween(2990L, 3010L);
    }

    /** At 11 025 Hz a 10 ms block is 110.25 samples; a sound near the end of three minutes is still in its place. */
    @Test
    void doesNotDriftWhenABlockIsNotAWholeNumberOfSamples() {
        float rate = 11_025f;
        float[] s = new float[(int) (rate * 180)];
        tone(s, rate, 1_000, 1_300, 0.5f);
        tone(s, rate, 178_000, 178_300, 0.5f);

        long[] sounds = SpeechActivity.detect(new PcmAudio(s, rate));

        assertThat(sounds).hasSize(4);
        assertThat(sounds[2]).isBetween(177_990L, 178_010L);
    }

    /** A noise bed that swells and fades by 10 dB under the speech is not speech; the pauses over it stay pauses. */
    @Test
    void aNoiseBedThatRisesAndFallsIsNotSpeech() {
        float rate = 8_000f;
        float[] s = new float[(int) (rate * 40)];
        Random random = new Random(7);
        for (int i = 0; i < s.length; i++) {
            double bed = 0.008 * (1 + 0.5 * Math.sin(2 * Math.PI * i / (rate * 30)));
            s[i] = (float) (bed * random.nextGaussian());
        }
        for (long t = 1_000; t < 39_000; t += 2_000) {
            tone(s, rate, t, t + 700, 0.4f);
        }

        long[] sounds = SpeechActivity.detect(new PcmAudio(s, rate));

        assertThat(sounds).hasSize(2 * 19);
        for (int k = 0; k < 19; k++) {
            assertThat(sounds[2 * k]).isBetween(1_000L + 2_000L * k - 20, 1_000L + 2_000L * k + 20);
            assertThat(sounds[2 * k + 1] - sounds[2 * k]).isBetween(650L, 730L);
        }
    }

    @Test
    void silenceHasNoSound() {
        assertThat(SpeechActivity.detect(new PcmAudio(new float[16_000], 16_000f))).isEmpty();
        assertThat(SpeechActivity.detect(new PcmAudio(new float[0], 16_000f))).isEmpty();
    }
}
