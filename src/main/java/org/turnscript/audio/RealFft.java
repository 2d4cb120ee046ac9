package org.turnscript.audio;

/**
 * The FFT of real input of one fixed length n (a power of two), as the voice features need it twice per 20 ms
 * frame: the input's even and odd samples are taken as one complex signal of n/2 points, transformed, and the two
 * halves told apart again. That is half the work of a complex transform of n points, and the tables (bit reversal,
 * twiddles) are worked out once per plan, not per frame. Not thread-safe: each meter keeps its own.
 */
final class RealFft {

    private final int half;
    private final int[] reversed;
    /**
     * e^(-2πik/n) for k ≤ half: what untangles the two halves; every second one, e^(-2πik/half), is also the
     * half-size transform's twiddle.
     */
    private final double[] cosFull;
    private final double[] sinFull;
    private final double[] zr;
    private final double[] zi;

    RealFft(int n) {
        if (Integer.bitCount(n) != 1 || n < 4) {
            throw new IllegalArgumentException("FFT length must be a power of two of at least 4: " + n);
        }
        this.half = n / 2;
        this.reversed = new int[half];
        int bits = Integer.numberOfTrailingZeros(half);
        for (int i = 0; i < half; i++) {
            reversed[i] = Integer.reverse(i) >>> (32 - bits);
        }
        cosFull = new double[half + 1];
        sinFull = new double[half + 1];
        for (int k = 0; k <= half; k++) {
            cosFull[k] = Math.cos(2 * Math.PI * k / n);
            sinFull[k] = -Math.sin(2 * Math.PI * k / n);
        }
        zr = new double[half];
        zi = new double[half];
    }

    /**
     * X[k] = Σ x[j]·e^(-2πijk/n) for k = 0 … n/2 into {@code re}, {@code im} (length n/2 + 1 at least); the rest
     * of the spectrum of real input is their mirror image, conjugated.
     */
    void forward(double[] x, double[] re, double[] im) {
        for (int i = 0; i < half; i++) {
            int r = reversed[i];
            zr[r] = x[2 * i];
            zi[r] = x[2 * i + 1];
        }
        for (int len = 2; len <= half; len <<= 1) {
            int step = 2 * half / len;
            for (int i = 0; i < half; i += len) {
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k;
                    int b = a + len / 2;
                    double cr = cosFull[k * step];
                    double ci = sinFull[k * step];
                    double xr = zr[b] * cr - zi[b] * ci;
                    double xi = zr[b] * ci + zi[b] * cr;
                    zr[b] = zr[a] - xr;
                    zi[b] = zi[a] - xi;
                    zr[a] += xr;
                    zi[a] += xi;
                }
            }
        }
        // Z = E + i·O, where E and O are the transforms of the even and odd samples; X[k] = E[k] + w^k·O[k].
        for (int k = 0; k <= half; k++) {
            int a = k % half;
            int b = (half - k) % half;
            double er = 0.5 * (zr[a] + zr[b]);
            double ei = 0.5 * (zi[a] - zi[b]);
            double or = 0.5 * (zi[a] + zi[b]);
            double oi = -0.5 * (zr[a] - zr[b]);
            re[k] = er + cosFull[k] * or - sinFull[k] * oi;
            im[k] = ei + cosFull[k] * oi + sinFull[k] * or;
        }
    }
}
