package org.turnscript.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings mono samples down to the analysis rate as they are decoded, so a long recording is never held at its own
 * rate: a windowed-sinc low-pass, evaluated only at the output samples (a few dozen multiplications each), and the
 * output kept in fixed blocks until {@link #finish()} joins them.
 *
 * <p>A recording already at or below the target rate passes through at its own rate: the syllable detector works at
 * any rate from 8 kHz up, and up-sampling would only cost memory. Each output sample is taken at the input sample
 * nearest its ideal position; the jitter (under one input sample, 23 µs at 44.1 kHz) is far below the 10 ms the
 * detector measures in.
 */
final class MonoResampler {

    private static final int BLOCK = 1 << 16;
    /** Zero crossings of the sinc on each side, in output samples: enough for a clean cut in a loudness measure. */
    private static final int LOBES = 4;

    private final float outRate;
    private final double step;
    private final float[] taps;
    private final int half;
    private final float[] ring;
    private final int mask;
    private long consumed;
    private long produced;
    private final List<float[]> blocks = new ArrayList<>();
    private float[] block = new float[BLOCK];
    private int inBlock;

    /** The output when its length is known beforehand (a WAV says how many frames it has): filled in place. */
    private float[] known = new float[0];
    /** Where full blocks go instead of being kept, or null. */
    private final SampleSink sink;

    MonoResampler(float inRate, float targetRate) {
        this(inRate, targetRate, -1);
    }

    /**
     * @param expectedFrames the input's length when the file says it, else −1; with it the output is one array from
     *                       the start and is never copied, which halves the peak memory of a long recording
     */
    MonoResampler(float inRate, float targetRate, long expectedFrames) {
        this(inRate, targetRate, expectedFrames, null);
    }

    /** Handing each block of output to {@code sink} as it fills, keeping none; {@link #finish()} is then empty. */
    MonoResampler(float inRate, float targetRate, long expectedFrames, SampleSink sink) {
        this.sink = sink;
        this.outRate = inRate <= targetRate ? inRate : targetRate;
        this.step = inRate / (double) outRate;
        if (step == 1) {
            taps = new float[] {1};
            half = 0;
        } else {
            // Cut-off just below the output's Nyquist frequency, as a fraction of the input rate.
            double cutoff = 0.45 / step;
            half = (int) Math.ceil(LOBES * step);
            taps = new float[2 * half + 1];
            double sum = 0;
            for (int i = -half; i <= half; i++) {
                double x = 2 * cutoff * i;
                double sinc = i == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
                double hann = 0.5 + 0.5 * Math.cos(Math.PI * i / (half + 1));
                taps[i + half] = (float) (sinc * hann);
                sum += taps[i + half];
            }
            for (int i = 0; i < taps.length; i++) {
                taps[i] /= (float) sum; // unity gain at 0 Hz: loudness in dB stays comparable across rates
            }
        }
        if (sink != null) {
            sink.start(outRate);
        } else if (expectedFrames > 0) {
            known = new float[(int) Math.min(Integer.MAX_VALUE - 8, (long) Math.floor(expectedFrames / step))];
        }
        int size = Integer.highestOneBit(Math.max(1, taps.length)) << 1;
        ring = new float[size];
        mask = size - 1;
    }

    /** The rate of what {@link #finish()} returns. */
    float outputRate() {
        return outRate;
    }

    /** One mono input sample in [-1, 1]. */
    void accept(float sample) {
        ring[(int) (consumed & mask)] = sample;
        consumed++;
        // Every output sample whose window of input has now fully arrived.
        while (true) {
            long centre = Math.round(produced * step);
            if (centre + half >= consumed) {
                return;
            }
            emit(centre);
        }
    }

    private void emit(long centre) {
        float v = 0;
        for (int i = -half; i <= half; i++) {
            long at = centre + i;
            if (at >= 0) { // before the first sample the signal is silence
                v += taps[i + half] * ring[(int) (at & mask)];
            }
        }
        push(v);
    }

    private void push(float v) {
        if (produced < known.length) {
            known[(int) produced++] = v;
            return;
        }
        if (inBlock == BLOCK && sink != null) {
            sink.accept(block, BLOCK);
            inBlock = 0;
        } else if (inBlock == BLOCK) {
            blocks.add(block);
            block = new float[BLOCK];
            inBlock = 0;
        }
        block[inBlock++] = v;
        produced++;
    }

    /**
     * The samples at {@link #outputRate()}; the input's tail is padded with silence for the last window. With a sink,
     * the last samples go to it and the result has none.
     */
    PcmAudio finish() {
        long total = Math.round(Math.floor(consumed / step));
        while (produced < total) {
            long centre = Math.round(produced * step);
            float v = 0;
            for (int i = -half; i <= half; i++) {
                long at = centre + i;
                if (at >= 0 && at < consumed) {
                    v += taps[i + half] * ring[(int) (at & mask)];
                }
            }
            push(v);
        }
        if (sink != null) {
            sink.accept(block, inBlock);
            inBlock = 0;
            return new PcmAudio(new float[0], outRate);
        }
        if (produced > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("recording too long to analyse: " + produced + " samples");
        }
        if (produced == known.length) {
            return new PcmAudio(known, outRate); // the length the file gave: no copy
        }
        float[] out = new float[(int) produced];
        int at = (int) Math.min(produced, known.length);
        System.arraycopy(known, 0, out, 0, at);
        for (float[] b : blocks) {
            System.arraycopy(b, 0, out, at, b.length);
            at += b.length;
        }
        System.arraycopy(block, 0, out, at, inBlock);
        blocks.clear();
        block = new float[0];
        known = new float[0];
        return new PcmAudio(out, outRate);
    }
}
