package org.turnscript.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Two made-up voices for tests, without any speech synthesiser: each "word" is a vowel-like burst of harmonics of
 * the voice's pitch, shaped by the voice's own two resonances (its timbre), with a little pitch drift and noise.
 * A low, dark voice and a high, bright one differ the way two people do, if far more plainly.
 */
public final class SyntheticVoices {

    /** @param pitch Hz; @param formant1 and formant2 the resonances, Hz */
    public record Voice(double pitch, double formant1, double formant2) {
    }

    public static final Voice LOW = new Voice(110, 500, 1000);
    public static final Voice HIGH = new Voice(230, 800, 2300);

    public static final float RATE = 8000f;
    /** Each word lasts this long ... */
    public static final int WORD_MS = 260;
    /** ... and the next starts this much later. */
    public static final int STEP_MS = 400;

    private SyntheticVoices() {
    }

    /**
     * Words spoken one after another, {@link #STEP_MS} apart from 500 ms on, the i-th in {@code voices[i]}; a
     * change of voice adds {@code turnPauseMs} of silence.
     *
     * @param starts filled with each word's start in ms
     */
    public static PcmAudio speak(Voice[] voices, long turnPauseMs, long[] starts) {
        long total = 1000 + (long) voices.length * STEP_MS + 10 * turnPauseMs + 1000;
        float[] out = new float[(int) (total * RATE / 1000)];
        Random noise = new Random(7);
        long t = 500;
        for (int i = 0; i < voices.length; i++) {
            if (i > 0 && voices[i] != voices[i - 1]) {
                t += turnPauseMs;
            }
            starts[i] = t;
            word(out, (int) (t * RATE / 1000), voices[i], noise, i);
            t += STEP_MS;
        }
        for (int k = 0; k < out.length; k++) {
            out[k] += (float) (noise.nextGaussian() * 0.001);
        }
        return new PcmAudio(out, RATE);
    }

    private static void word(float[] out, int from, Voice v, Random noise, int index) {
        int n = (int) (WORD_MS * RATE / 1000);
        double phase = 0;
        for (int k = 0; k < n && from + k < out.length; k++) {
            double f0 = v.pitch() * (1 + 0.04 * Math.sin(2 * Math.PI * k / n + index));
            phase += 2 * Math.PI * f0 / RATE;
            double s = 0;
            for (int h = 1; h * f0 < 3800; h++) {
                double f = h * f0;
                s += (resonance(f, v.formant1()) + 0.6 * resonance(f, v.formant2())) * Math.sin(h * phase) / h;
            }
            double envelope = Math.sin(Math.PI * k / n);
            out[from + k] += (float) (0.3 * envelope * s + noise.nextGaussian() * 0.005 * envelope);
        }
    }

    private static double resonance(double f, double centre) {
        double d = (f - centre) / (0.25 * centre);
        return 1 / (1 + d * d);
    }

    /** Writes {@code audio} as a 16-bit mono WAV. */
    public static void write(PcmAudio audio, Path wav) throws IOException {
        float[] s = audio.samples();
        ByteBuffer bytes = ByteBuffer.allocate(s.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : s) {
            bytes.putShort((short) Math.max(-32768, Math.min(32767, Math.round(v * 32767))));
        }
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes.array()),
                new AudioFormat(audio.sampleRate(), 16, 1, true, false), s.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, wav.toFile());
        }
    }
}
