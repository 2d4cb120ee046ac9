package org.turnscript.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The voices of a recording kept in the media cache beside its waveform peaks, so a project opened again hears them
 * at once instead of decoding and measuring the recording again (about 30 s for ten hours; reading them back, 0.4 s).
 * The entry is named after the recording's path, size and modification time ({@link MediaCache}), and says which
 * measure wrote it: frames of another version are measured again.
 */
public final class VoiceFramesCache {

    private static final int MAGIC = 0x54535646; // "TSVF"
    /** The measure's version: raise it when the frames would come out different. */
    static final int VERSION = 2;
    private static final int HEADER = 6 * Integer.BYTES;
    /** Twelve coefficients and the pitch as floats, and the speech flag as a byte. */
    private static final int FRAME_BYTES = (VoiceFrames.COEFFICIENTS + 1) * Float.BYTES + 1;
    /** More frames than a hundred hours is no entry this cache wrote: refused before anything is allocated. */
    static final int MAX_FRAMES = 100 * 3600 * 1000 / VoiceFrames.HOP_MS;
    private static final int CHUNK = 1 << 20;

    private final MediaCache cache;

    public VoiceFramesCache(MediaCache cache) {
        this.cache = cache;
    }

    /**
     * The voices of {@code media}: from the cache, or measured now and kept.
     *
     * @throws IOException as {@link RecordingDecoder#decode} does; a damaged entry is measured again, and one that
     *                     cannot be written is only not kept
     */
    public VoiceFrames load(Path media, RecordingDecoder decoder, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        Path entry = entry(media);
        VoiceFrames kept = readIfKept(entry);
        if (kept != null) {
            return kept;
        }
        VoiceFrames v = VoiceFrames.of(media, decoder, progress, cancelled);
        keep(media, entry, v);
        return v;
    }

    /** The entry {@code media} as it is now would be kept under; taken before it is decoded (see {@link #keep}). */
    public Path entry(Path media) throws IOException {
        return cache.entry(media, ".voices");
    }

    /** The voices of {@code media} measured before, or null (none kept, or an entry cut short or of another version). */
    public VoiceFrames cached(Path media) {
        try {
            return readIfKept(entry(media));
        } catch (IOException gone) {
            return null; // the recording cannot be looked at: the decoding that follows says why
        }
    }

    private static VoiceFrames readIfKept(Path entry) {
        try {
            return Files.isRegularFile(entry) ? read(entry) : null;
        } catch (IOException damaged) {
            // Cut short by a crash or written by another version: measured again instead, and replaced.
            return null;
        }
    }

    /**
     * Keeps the voices of {@code media} under {@code entry}, taken before it was decoded: a recording that changed
     * meanwhile (its entry is another now) is not kept under its new name with the old voices. An entry that cannot
     * be written (a full disk) is only not kept.
     */
    public void keep(Path media, Path entry, VoiceFrames v) {
        try {
            if (entry.equals(entry(media))) {
                write(v, entry);
            }
        } catch (IOException full) {
            // The voices are heard all the same; the next opening measures them again.
        }
    }

    /** Writes the frames atomically: a cache entry is never seen half written. */
    static void write(VoiceFrames v, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "voices-", ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(MAGIC).putInt(VERSION).putInt(VoiceFrames.HOP_MS).putInt(VoiceFrames.COEFFICIENTS)
                    .putInt(RecordingDecoder.ANALYSIS_RATE).putInt(v.size());
            for (int f = 0; f < v.size(); f++) {
                if (b.remaining() < FRAME_BYTES) {
                    drain(b, out);
                }
                for (int c = 0; c < VoiceFrames.COEFFICIENTS; c++) {
                    b.putFloat(v.coefficient(f, c));
                }
                b.putFloat(v.logPitch(f));
                b.put((byte) (v.speech(f) ? 1 : 0));
            }
            drain(b, out);
            out.close();
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp); // left only when the write or the move failed: never a half entry
        }
    }

    private static void drain(ByteBuffer b, FileChannel out) throws IOException {
        b.flip();
        while (b.hasRemaining()) {
            out.write(b);
        }
        b.clear();
    }

    /** Reads frames written by {@link #write}; a file of another version or layout, or cut short, is refused. */
    static VoiceFrames read(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            fill(head, in, file);
            if (head.getInt() != MAGIC || head.getInt() != VERSION || head.getInt() != VoiceFrames.HOP_MS
                    || head.getInt() != VoiceFrames.COEFFICIENTS || head.getInt() != RecordingDecoder.ANALYSIS_RATE) {
                throw new IOException(file + " is not a voice cache of this version");
            }
            int frames = head.getInt();
            long perFrame = FRAME_BYTES;
            if (frames < 0 || frames > MAX_FRAMES || HEADER + frames * perFrame != in.size()) {
                throw new IOException(file + " is cut short or too long");
            }
            float[] mfcc = new float[frames * VoiceFrames.COEFFICIENTS];
            float[] logPitch = new float[frames];
            boolean[] speech = new boolean[frames];
            ByteBuffer b = ByteBuffer.allocate(CHUNK - CHUNK % (int) perFrame).order(ByteOrder.LITTLE_ENDIAN);
            int f = 0;
            while (f < frames) {
                b.clear();
                b.limit((int) Math.min(b.capacity(), (frames - f) * perFrame));
                fill(b, in, file);
                while (b.hasRemaining()) {
                    for (int c = 0; c < VoiceFrames.COEFFICIENTS; c++) {
                        mfcc[f * VoiceFrames.COEFFICIENTS + c] = b.getFloat();
                    }
                    logPitch[f] = b.getFloat();
                    speech[f] = b.get() != 0;
                    f++;
                }
            }
            return VoiceFrames.of(frames, mfcc, logPitch, speech);
        }
    }

    /** Reads until {@code b} is full, then flips it for reading. */
    private static void fill(ByteBuffer b, FileChannel in, Path file) throws IOException {
        while (b.hasRemaining()) {
            if (in.read(b) < 0) {
                throw new IOException(file + " is cut short");
            }
        }
        b.flip();
    }
}
