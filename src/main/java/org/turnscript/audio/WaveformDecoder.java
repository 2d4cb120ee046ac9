package org.turnscript.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Decodes a recording into its {@link Waveform}, in the background, and keeps the result in the cache: WAV and AIFF
 * with {@code javax.sound.sampled}, everything else with ffmpeg (8 kHz mono PCM is plenty for 10 ms peaks).
 */
public final class WaveformDecoder {

    /** The rate ffmpeg decodes to for peaks: the ear does not see 10 ms peaks of 8 kHz and 44.1 kHz differ. */
    static final int FFMPEG_RATE = 8000;

    private final MediaCache cache;
    private final Optional<Ffmpeg> ffmpeg;

    public WaveformDecoder(MediaCache cache, Optional<Ffmpeg> ffmpeg) {
        this.cache = cache;
        this.ffmpeg = ffmpeg;
    }

    /** Whether this recording can be decoded here at all. */
    public boolean canDecode(Path media) {
        return MediaFormats.JDK_DECODED.contains(MediaFormats.extension(media)) || ffmpeg.isPresent()
                || pureJavaMp3(media);
    }

    /** An MPEG-1 MP3 with no ffmpeg to read it: the pure-Java decoder draws it. */
    private boolean pureJavaMp3(Path media) {
        try {
            return ffmpeg.isEmpty() && MediaFormats.extension(media).equals("mp3")
                    && RecordingDecoder.Mp3Header.isMpeg1(media);
        } catch (IOException e) {
            return false; // unreadable: the decode that follows says why
        }
    }

    /**
     * The waveform of {@code media}, from the cache or decoded now (then cached).
     *
     * @param durationMs the recording's length when known (−1 if not), for progress
     * @param progress   0..1
     */
    public Waveform load(Path media, long durationMs, DoubleConsumer progress, AtomicBoolean cancelled)
            throws IOException {
        Path entry = cache.entry(media, ".peaks");
        if (Files.isRegularFile(entry)) {
            try {
                return Waveform.read(entry);
            } catch (IOException damaged) {
                // A cache entry from an older version or cut short by a crash: decode again and replace it.
            }
        }
        Waveform w = MediaFormats.JDK_DECODED.contains(MediaFormats.extension(media))
                ? decodeWithJdk(media, progress, cancelled)
                : pureJavaMp3(media) ? decodeMp3(media, durationMs, progress, cancelled)
                : decodeWithFfmpeg(media, durationMs, progress, cancelled);
        w.write(entry);
        return w;
    }

    private static Waveform decodeWithJdk(Path media, DoubleConsumer progress, AtomicBoolean cancelled)
            throws IOException {
        try (AudioInputStream source = AudioSystem.getAudioInputStream(new BufferedInputStream(
                Files.newInputStream(media)))) {
            AudioFormat f = source.getFormat();
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, f.getSampleRate(), 16,
                    f.getChannels(), 2 * f.getChannels(), f.getSampleRate(), false);
            try (AudioInputStream in = AudioSystem.getAudioInputStream(pcm, source)) {
                long frames = source.getFrameLength();
                return read(in, f.getSampleRate(), f.getChannels(), frames > 0 ? frames : -1, progress, cancelled);
            }
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(media.getFileName() + " is not a WAV or AIFF file the JDK can read: "
                    + e.getMessage(), e);
        }
    }

    private static Waveform decodeMp3(Path media, long durationMs, DoubleConsumer progress, AtomicBoolean cancelled)
            throws IOException {
        try (fr.delthas.javamp3.Sound sound = new fr.delthas.javamp3.Sound(new BufferedInputStream(
                Files.newInputStream(media), 1 << 16))) {
            int channels = sound.isStereo() ? 2 : 1;
            long frames = durationMs > 0 ? durationMs * sound.getSamplingFrequency() / 1000 : -1;
            return read(sound, sound.getSamplingFrequency(), channels, frames, progress, cancelled);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            // The decoder's tables overrun on a damaged frame: no waveform, said in the status bar.
            throw new IOException("the MP3 decoder cannot read " + media.getFileName() + ": " + e, e);
        }
    }

    private Waveform decodeWithFfmpeg(Path media, long durationMs, DoubleConsumer progress, AtomicBoolean cancelled)
            throws IOException {
        Ffmpeg f = ffmpeg.orElseThrow(() -> new IOException("drawing the waveform of "
                + media.getFileName() + " needs ffmpeg, which is not on the PATH"));
        Process p = new ProcessBuilder(f.pcmCommand(media, FFMPEG_RATE))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        long frames = durationMs > 0 ? durationMs * FFMPEG_RATE / 1000 : -1;
        try (InputStream in = p.getInputStream()) {
            Waveform w = read(in, FFMPEG_RATE, 1, frames, progress, cancelled);
            if (p.waitFor() != 0 && w.buckets() == 0) {
                throw new IOException("ffmpeg could not decode " + media.getFileName());
            }
            return w;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("decoding interrupted", e);
        } finally {
            p.destroy();
        }
    }

    /** Reads 16-bit little-endian frames; each frame's loudest channel is its sample. */
    private static Waveform read(InputStream in, float rate, int channels, long frames, DoubleConsumer progress,
                                 AtomicBoolean cancelled) throws IOException {
        Waveform.Builder b = new Waveform.Builder(rate);
        byte[] buf = new byte[1 << 16];
        int frameBytes = 2 * channels;
        int carry = 0;
        long done = 0;
        int n;
        while ((n = in.read(buf, carry, buf.length - carry)) > 0) {
            if (cancelled.get()) {
                throw new IOException("decoding cancelled");
            }
            int len = carry + n;
            int whole = len - len % frameBytes;
            for (int i = 0; i < whole; i += frameBytes) {
                int loudest = 0;
                for (int c = 0; c < channels; c++) {
                    int s = (short) ((buf[i + 2 * c] & 0xff) | (buf[i + 2 * c + 1] << 8));
                    if (Math.abs(s) > Math.abs(loudest)) {
                        loudest = s;
                    }
                }
                b.add(loudest);
            }
            done += whole / frameBytes;
            carry = len - whole;
            System.arraycopy(buf, whole, buf, 0, carry);
            if (frames > 0) {
                progress.accept(Math.min(1, (double) done / frames));
            }
        }
        return b.build();
    }
}
