package org.turnscript.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * What a voice sounds like, every {@value #HOP_MS} ms of a recording: the timbre as twelve mel-frequency cepstral
 * coefficients (MFCC c1–c12) and the pitch as the log of the fundamental frequency where the frame is voiced. Who
 * speaks is audible in both: a lower or higher voice, a darker or brighter one. Only frames loud enough to be speech
 * count; the rest are marked silent, so a pause does not pull a voice towards silence.
 *
 * <p>Each frame is {@value #WINDOW_MS} ms of samples at the analysis rate (8 kHz; higher rates are brought down to it
 * first), Hamming-windowed, through a 512-point FFT. The MFCC are the DCT of the log energies of
 * {@value #MEL_BANDS} triangular mel bands from 100 to 3,800 Hz. The pitch is the highest peak of the normalised
 * autocorrelation (the inverse FFT of the power spectrum, divided by the window's own, after Boersma 1993) between
 * 70 and 400 Hz; the frame is voiced when that peak reaches {@value #VOICED}. A 45-minute recording has 135,000
 * frames and takes a few seconds; the features are held as floats (7.5 MB for 45 minutes).
 */
public final class VoiceFrames {

    public static final int HOP_MS = 20;
    static final int WINDOW_MS = 32;
    static final int MEL_BANDS = 24;
    /** Timbre coefficients per frame (c1–c12; c0 is loudness, which says more about the microphone than the voice). */
    public static final int COEFFICIENTS = 12;
    static final double VOICED = 0.45;
    /** A frame is speech when it is louder than the loudest frames less this many dB (and above the noise floor). */
    static final double RANGE_DB = 30;
    static final double FLOOR_MARGIN_DB = 6;

    private static final int RATE = RecordingDecoder.ANALYSIS_RATE;
    private static final int FFT = 512;

    private final float[] mfcc;
    private final float[] logPitch;
    private final boolean[] speech;
    private final int frames;

    private VoiceFrames(int frames, float[] mfcc, float[] logPitch, boolean[] speech) {
        this.frames = frames;
        this.mfcc = mfcc;
        this.logPitch = logPitch;
        this.speech = speech;
    }

    /** Frames measured before, as {@link VoiceFramesCache} reads them back. */
    static VoiceFrames of(int frames, float[] mfcc, float[] logPitch, boolean[] speech) {
        return new VoiceFrames(frames, mfcc, logPitch, speech);
    }

    /** The voice features of a recording (any rate; above 8 kHz it is brought down first). */
    public static VoiceFrames of(PcmAudio audio) {
        PcmAudio at8k = audio;
        if (audio.sampleRate() > RATE + 1) {
            MonoResampler down = new MonoResampler(audio.sampleRate(), RATE, audio.samples().length);
            for (float v : audio.samples()) {
                down.accept(v);
            }
            at8k = down.finish();
        }
        return compute(at8k.samples(), at8k.sampleRate());
    }

    /**
     * The voice features of a recording file, decoded a block at a time: only the frames are kept (94 MB for ten
     * hours, against 1.15 GB for its samples).
     *
     * @throws IOException as {@link RecordingDecoder#decode} does
     */
    public static VoiceFrames of(Path file, RecordingDecoder decoder, DoubleConsumer progress,
                                 BooleanSupplier cancelled) throws IOException {
        Meter[] meter = {null};
        decoder.stream(file, new SampleSink() {
            @Override
            public void start(float rate) {
                meter[0] = new Meter(rate);
            }

            @Override
            public void accept(float[] samples, int length) {
                meter[0].accept(samples, length);
            }
        }, progress, cancelled);
        return (meter[0] == null ? new Meter(RATE) : meter[0]).finish();
    }

    private static VoiceFrames compute(float[] s, float rate) {
        Meter meter = new Meter(rate);
        meter.accept(s, s.length);
        return meter.finish();
    }

    /**
     * Measures the frames as the samples arrive, keeping only the samples of the frame not yet complete: a recording
     * decoded a block at a time is never held whole (ten hours at 8 kHz would be 1.15 GB). Gives the same frames as
     * {@link #of} on the whole recording.
     */
    public static final class Meter {

        private final float rate;
        private final int window;
        private final double hop;
        private final double[] hamming;
        private final double[] windowAc;
        /** Per mel band, the first FFT bin it weighs and its weights from there: most of a band's bins weigh 0. */
        private final int[] melFrom;
        private final double[][] melWeights;
        private final double[][] dct = dct();
        private final int minLag;
        private final int maxLag;
        private final RealFft fft = new RealFft(FFT);
        /** The windowed frame, zero beyond the window. */
        private final double[] frame = new double[FFT];
        /** The power spectrum, both halves, for the autocorrelation. */
        private final double[] spectrum = new double[FFT];
        private final double[] re = new double[FFT / 2 + 1];
        private final double[] im = new double[FFT / 2 + 1];
        private final double[] power = new double[FFT / 2 + 1];
        private final double[] bands = new double[MEL_BANDS];
        /** Samples from {@code base} on, not yet measured past. */
        private float[] pending = new float[4096];
        private int pendingLength;
        private long base;
        private int frames;
        private float[] mfcc = new float[1024 * COEFFICIENTS];
        private float[] logPitch = new float[1024];
        private double[] energy = new double[1024];

        /** @param rate the samples' rate (the analysis rate, or lower) */
        public Meter(float rate) {
            this.rate = rate;
            this.window = Math.min(FFT / 2, Math.round(rate * WINDOW_MS / 1000f));
            this.hop = rate * HOP_MS / 1000.0;
            this.hamming = new double[window];
            for (int i = 0; i < window; i++) {
                hamming[i] = 0.54 - 0.46 * Math.cos(2 * Math.PI * i / (window - 1));
            }
            this.windowAc = windowAutocorrelation(hamming);
            double[][] mel = melBank(rate);
            this.melFrom = new int[MEL_BANDS];
            this.melWeights = new double[MEL_BANDS][];
            for (int b = 0; b < MEL_BANDS; b++) {
                int from = 0;
                while (from <= FFT / 2 && mel[b][from] == 0) {
                    from++;
                }
                int to = FFT / 2 + 1;
                while (to > from && mel[b][to - 1] == 0) {
                    to--;
                }
                melFrom[b] = from;
                melWeights[b] = Arrays.copyOfRange(mel[b], from, Math.max(from, to));
            }
            this.minLag = (int) Math.floor(rate / 400.0);
            this.maxLag = Math.min(window - 2, (int) Math.ceil(rate / 70.0));
        }

        /** The next {@code length} samples. */
        public void accept(float[] samples, int length) {
            int at = 0;
            while (at < length) {
                if (pendingLength == pending.length) {
                    pending = Arrays.copyOf(pending, pending.length * 2);
                }
                int take = Math.min(length - at, pending.length - pendingLength);
                System.arraycopy(samples, at, pending, pendingLength, take);
                pendingLength += take;
                at += take;
                measureWhatIsComplete();
            }
        }

        private void measureWhatIsComplete() {
            while (true) {
                long from = Math.round(frames * hop);
                if (from + window > base + pendingLength) {
                    break;
                }
                measure((int) (from - base));
            }
            // Keep the samples from the next frame's start on.
            int keep = (int) Math.max(0, Math.min(pendingLength, Math.round(frames * hop) - base));
            System.arraycopy(pending, keep, pending, 0, pendingLength - keep);
            pendingLength -= keep;
            base += keep;
        }

        private void measure(int from) {
            if (frames == logPitch.length) {
                mfcc = Arrays.copyOf(mfcc, mfcc.length * 2);
                logPitch = Arrays.copyOf(logPitch, logPitch.length * 2);
                energy = Arrays.copyOf(energy, energy.length * 2);
            }
            int f = frames++;
            float[] s = pending;
            double mean = 0;
            for (int i = 0; i < window; i++) {
                mean += s[from + i];
            }
            mean /= window;
            double e = 0;
            for (int i = 0; i < window; i++) {
                frame[i] = (s[from + i] - mean) * hamming[i];
                e += frame[i] * frame[i];
            }
            energy[f] = 10 * Math.log10(Math.max(e / window, 1e-12));
            fft.forward(frame, re, im);
            for (int k = 0; k <= FFT / 2; k++) {
                power[k] = re[k] * re[k] + im[k] * im[k];
            }
            for (int b = 0; b < MEL_BANDS; b++) {
                double sum = 0;
                double[] w = melWeights[b];
                int k0 = melFrom[b];
                for (int k = 0; k < w.length; k++) {
                    sum += w[k] * power[k0 + k];
                }
                bands[b] = Math.log(Math.max(sum, 1e-10));
            }
            for (int c = 0; c < COEFFICIENTS; c++) {
                double sum = 0;
                for (int b = 0; b < MEL_BANDS; b++) {
                    sum += dct[c][b] * bands[b];
                }
                mfcc[f * COEFFICIENTS + c] = (float) sum;
            }
            logPitch[f] = (float) pitch(power, fft, spectrum, re, im, windowAc, minLag, maxLag, rate);
        }

        /**
         * The frames measured; the samples short of a last whole frame are left out. A meter measures one recording:
         * it lets go of its frames here.
         */
        public VoiceFrames finish() {
            boolean[] speech = new boolean[frames];
            markSpeech(energy, frames, speech);
            // Trimmed once, and the meter lets go of its own arrays: ten hours of frames are about 94 MB.
            VoiceFrames out = new VoiceFrames(frames, Arrays.copyOf(mfcc, frames * COEFFICIENTS),
                    Arrays.copyOf(logPitch, frames), speech);
            mfcc = new float[0];
            logPitch = new float[0];
            energy = new double[0];
            frames = 0;
            return out;
        }
    }

    /**
     * Log F0 in ln(Hz), or NaN when the frame is not voiced. The autocorrelation is the inverse transform of the
     * power spectrum: real and even, so the forward transform of real input gives it (scaled by 1/n as the inverse
     * would be). Reuses {@code spectrum}, {@code re}, {@code im}.
     */
    private static double pitch(double[] power, RealFft fft, double[] spectrum, double[] re, double[] im,
                                double[] windowAc, int minLag, int maxLag, float rate) {
        for (int k = 0; k < FFT; k++) {
            spectrum[k] = power[k <= FFT / 2 ? k : FFT - k] / FFT;
        }
        fft.forward(spectrum, re, im);
        if (re[0] <= 1e-12) {
            return Double.NaN;
        }
        double best = 0;
        int bestLag = -1;
        for (int lag = minLag; lag <= maxLag; lag++) {
            double r = re[lag] / re[0] / windowAc[lag];
            if (r > best && re[lag] >= re[lag - 1] && re[lag] >= re[lag + 1]) {
                best = r;
                bestLag = lag;
            }
        }
        if (bestLag < 0 || best < VOICED) {
            return Double.NaN;
        }
        // Parabolic interpolation between the neighbouring lags, for a pitch finer than one sample of lag.
        double a = re[bestLag - 1];
        double b = re[bestLag];
        double c = re[bestLag + 1];
        double denominator = a - 2 * b + c;
        double shift = denominator == 0 ? 0 : 0.5 * (a - c) / denominator;
        return Math.log(rate / (bestLag + Math.max(-0.5, Math.min(0.5, shift))));
    }

    /** The window's autocorrelation, normalised to 1 at lag 0: what the signal's is divided by. */
    private static double[] windowAutocorrelation(double[] w) {
        double[] out = new double[w.length];
        for (int lag = 0; lag < w.length; lag++) {
            double sum = 0;
            for (int i = 0; i + lag < w.length; i++) {
                sum += w[i] * w[i + lag];
            }
            out[lag] = sum;
        }
        double zero = out[0];
        for (int lag = 0; lag < w.length; lag++) {
            out[lag] = Math.max(out[lag] / zero, 1e-3);
        }
        return out;
    }

    /** Triangular filters evenly spaced on the mel scale from 100 to 3,800 Hz, over the FFT's bins. */
    private static double[][] melBank(float rate) {
        double low = mel(100);
        double high = mel(Math.min(3800, rate / 2 - 100));
        double[] edges = new double[MEL_BANDS + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = hz(low + (high - low) * i / (MEL_BANDS + 1));
        }
        double[][] bank = new double[MEL_BANDS][FFT / 2 + 1];
        for (int b = 0; b < MEL_BANDS; b++) {
            for (int k = 0; k <= FFT / 2; k++) {
                double f = k * rate / (double) FFT;
                if (f > edges[b] && f < edges[b + 2]) {
                    bank[b][k] = f <= edges[b + 1] ? (f - edges[b]) / (edges[b + 1] - edges[b])
                            : (edges[b + 2] - f) / (edges[b + 2] - edges[b + 1]);
                }
            }
        }
        return bank;
    }

    private static double mel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    private static double hz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }

    /** DCT-II rows 1..12 (orthonormal scale). */
    private static double[][] dct() {
        double[][] out = new double[COEFFICIENTS][MEL_BANDS];
        for (int c = 0; c < COEFFICIENTS; c++) {
            for (int b = 0; b < MEL_BANDS; b++) {
                out[c][b] = Math.sqrt(2.0 / MEL_BANDS) * Math.cos(Math.PI * (c + 1) * (b + 0.5) / MEL_BANDS);
            }
        }
        return out;
    }

    /** Loud enough to be speech: above the loudest frames less {@value #RANGE_DB} dB and above the floor. */
    private static void markSpeech(double[] energy, int frames, boolean[] speech) {
        if (frames == 0) {
            return;
        }
        double[] sorted = Arrays.copyOf(energy, frames);
        Arrays.sort(sorted);
        double threshold = Math.max(sorted[(int) (sorted.length * 0.99)] - RANGE_DB,
                sorted[(int) (sorted.length * 0.05)] + FLOOR_MARGIN_DB);
        for (int f = 0; f < frames; f++) {
            speech[f] = energy[f] > threshold;
        }
    }

    /** How many frames. */
    public int size() {
        return frames;
    }

    /** The frame that starts nearest {@code ms}. */
    public static int frameAt(long ms) {
        return (int) Math.max(0, Math.round(ms / (double) HOP_MS));
    }

    /** Whether frame {@code f} is loud enough to be speech. */
    public boolean speech(int f) {
        return f >= 0 && f < frames && speech[f];
    }

    /** Timbre coefficient {@code c} (0 = c1) of frame {@code f}. */
    public float coefficient(int f, int c) {
        return mfcc[f * COEFFICIENTS + c];
    }

    /** Log F0 of frame {@code f} in ln(Hz), or NaN when it is not voiced. */
    public float logPitch(int f) {
        return logPitch[f];
    }
}
