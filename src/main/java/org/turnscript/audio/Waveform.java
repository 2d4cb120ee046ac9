package org.turnscript.audio;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The loudness outline of a recording: the highest absolute sample (0–127) in each 10 ms, plus the same per second
 * so that a view of ten hours reads 36,000 values instead of 3.6 million. Immutable; 3.6 MB for ten hours.
 */
public final class Waveform {

    public static final int BUCKET_MS = 10;
    private static final int PER_SECOND = 1000 / BUCKET_MS;
    private static final int MAGIC = 0x54535750; // "TSWP"
    private static final int VERSION = 1;

    private final byte[] peaks;
    private final byte[] seconds;

    public Waveform(byte[] peaks) {
        this.peaks = peaks.clone();
        this.seconds = new byte[(peaks.length + PER_SECOND - 1) / PER_SECOND];
        for (int i = 0; i < peaks.length; i++) {
            int s = i / PER_SECOND;
            if (peaks[i] > seconds[s]) {
                seconds[s] = peaks[i];
            }
        }
    }

    public long durationMs() {
        return (long) peaks.length * BUCKET_MS;
    }

    public int buckets() {
        return peaks.length;
    }

    /** The highest peak (0–127) from {@code fromMs} up to {@code toMs}; 0 outside the recording. */
    public int peak(long fromMs, long toMs) {
        int from = (int) Math.max(0, Math.min(peaks.length, fromMs / BUCKET_MS));
        int to = (int) Math.max(from, Math.min(peaks.length, (toMs + BUCKET_MS - 1) / BUCKET_MS));
        if (from == to) {
            return from < peaks.length ? peaks[from] : 0;
        }
        int max = 0;
        int i = from;
        // Whole seconds inside the range come from the per-second peaks.
        while (i < to) {
            if (i % PER_SECOND == 0 && i + PER_SECOND <= to) {
                max = Math.max(max, seconds[i / PER_SECOND]);
                i += PER_SECOND;
            } else {
                max = Math.max(max, peaks[i]);
                i++;
            }
        }
        return max;
    }

    /** Writes the peaks atomically (a cache entry is never seen half written). */
    public void write(Path file) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "peaks-", ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp); DataOutputStream out = new DataOutputStream(
                    new java.io.BufferedOutputStream(raw))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(BUCKET_MS);
                out.writeInt(peaks.length);
                out.write(peaks);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp); // left only when the write or the move failed
        }
    }

    /** Reads peaks written by {@link #write}; a file of another version or layout is refused. */
    public static Waveform read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(
                new java.io.BufferedInputStream(raw))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != BUCKET_MS) {
                throw new IOException(file + " is not a waveform cache of this version");
            }
            int n = in.readInt();
            if (n < 0 || n > Files.size(file)) {
                throw new IOException(file + " is cut short");
            }
            byte[] peaks = new byte[n];
            in.readFully(peaks);
            return new Waveform(peaks);
        }
    }

    /** Collects samples into 10 ms peaks as they are decoded, so a long recording is never held whole. */
    public static final class Builder {

        private final double samplesPerBucket;
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        private long samples;
        private int peak;
        private long nextBoundary;

        public Builder(float sampleRate) {
            this.samplesPerBucket = sampleRate * BUCKET_MS / 1000.0;
            this.nextBoundary = Math.round(samplesPerBucket);
        }

        /** One mono sample, −32768..32767. */
        public void add(int sample) {
            int abs = Math.abs(sample) >> 8;
            if (abs > peak) {
                peak = Math.min(127, abs);
            }
            samples++;
            if (samples >= nextBoundary) {
                out.write(peak);
                peak = 0;
                nextBoundary = Math.round((out.size() + 1) * samplesPerBucket);
            }
        }

        public Waveform build() {
            if (samples > Math.round(out.size() * samplesPerBucket)) {
                out.write(peak); // the last, partial bucket
            }
            return new Waveform(out.toByteArray());
        }
    }
}
