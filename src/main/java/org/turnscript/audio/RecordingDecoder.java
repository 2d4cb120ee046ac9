package org.turnscript.audio;

import fr.delthas.javamp3.Sound;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.LongToDoubleFunction;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Decodes a recording for analysis: mono, at {@value #ANALYSIS_RATE} Hz (or its own rate when lower), read in
 * chunks so that only the analysis samples are ever held (86 MB for 45 minutes, whatever the file's rate and
 * channels). WAV and AIFF with {@code javax.sound.sampled}; everything else with ffmpeg when it is on the PATH; without
 * it, MPEG-1 MP3 (32, 44.1 and 48 kHz, what podcasts publish) with the pure-Java JavaMP3 decoder, and other formats
 * (MPEG-2 MP3 at 22.05 kHz and below included) fail with a message that says what to install or run.
 */
public final class RecordingDecoder {

    /**
     * The analysis rate: loudness every 10 ms and voicing up to 400 Hz need no more, and 8 kHz keeps a 45-minute
     * recording at 21.6 million samples.
     */
    public static final int ANALYSIS_RATE = 8000;

    private static final int CHUNK = 1 << 16;

    private final Optional<Ffmpeg> ffmpeg;

    public RecordingDecoder(Optional<Ffmpeg> ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** With ffmpeg as the PATH finds it. */
    public static RecordingDecoder standard() {
        return new RecordingDecoder(Ffmpeg.locate());
    }

    /**
     * The recording as mono samples at the analysis rate.
     *
     * @param progress  0..1 as the file is read (called from this thread, every chunk)
     * @param cancelled checked every chunk
     * @throws IOException           with a sentence for a person (the file's name, and what to install or run when
     *                               the format needs ffmpeg and there is none)
     * @throws CancellationException when {@code cancelled} turned true
     */
    public PcmAudio decode(Path file, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        return decode(file, null, progress, cancelled);
    }

    /**
     * The recording as mono samples at the analysis rate, handed to {@code sink} a block at a time and not kept.
     * Fails as {@link #decode(Path, DoubleConsumer, BooleanSupplier)} does.
     */
    public void stream(Path file, SampleSink sink, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        decode(file, java.util.Objects.requireNonNull(sink), progress, cancelled);
    }

    private PcmAudio decode(Path file, SampleSink sink, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        String ext = MediaFormats.extension(file);
        if (MediaFormats.JDK_DECODED.contains(ext)) {
            return decodeWithJdk(file, sink, progress, cancelled);
        }
        // ffmpeg decodes MP3 about ten times faster than the pure-Java decoder, so it is used when it is there;
        // the pure-Java decoder makes MP3 work everywhere else.
        if (ext.equals("mp3") && ffmpeg.isEmpty() && Mp3Header.isMpeg1(file)) {
            return decodeMp3(file, sink, progress, cancelled);
        }
        return decodeWithFfmpeg(file, sink, progress, cancelled);
    }

    // ---- WAV and AIFF ----------------------------------------------------------------------------------

    private PcmAudio decodeWithJdk(Path file, SampleSink sink, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             AudioInputStream source = AudioSystem.getAudioInputStream(raw)) {
            AudioFormat in = source.getFormat();
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, in.getSampleRate(), 16,
                    in.getChannels(), in.getChannels() * 2, in.getSampleRate(), false);
            try (AudioInputStream decoded = AudioSystem.getAudioInputStream(pcm, source)) {
                long frames = source.getFrameLength();
                return read(decoded, in.getChannels(), in.getSampleRate(), false, frames,
                        done -> frames > 0 ? (double) done / frames : -1, sink, progress, cancelled);
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            // A file named .wav that is not one (or a WAV in a coding the JDK lacks, such as A-law in some
            // containers or 32-bit float): ffmpeg reads those when it is there.
            if (ffmpeg.isPresent()) {
                return decodeWithFfmpeg(file, sink, progress, cancelled);
            }
            throw new IOException(file.getFileName() + " is not a WAV or AIFF recording Turnscript can read ("
                    + e.getMessage() + "). " + installOrConvert(file));
        }
    }

    // ---- MP3 -----------------------------------------------------------------------------------------

    private PcmAudio decodeMp3(Path file, SampleSink sink, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        long size = Math.max(1, Files.size(file));
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
             Sound sound = new Sound(new BufferedInputStream(counted, CHUNK))) {
            AudioFormat f = sound.getAudioFormat();
            return read(sound, f.getChannels(), f.getSampleRate(), f.isBigEndian(), -1,
                    done -> (double) counted.count / size, sink, progress, cancelled);
        } catch (CancellationException e) {
            throw e; // an IllegalStateException too, but the user's, not the decoder's
        } catch (IOException | IndexOutOfBoundsException | IllegalArgumentException | IllegalStateException
                 | NegativeArraySizeException e) {
            // The decoder fails inside a damaged or unusual stream (free format, a bad frame) with an index out of
            // its tables as often as with an IOException; ffmpeg is more forgiving.
            throw new IOException("Turnscript's MP3 decoder cannot read " + file.getFileName() + " (" + e
                    + "). " + installOrConvert(file));
        }
    }

    // ---- Everything else -----------------------------------------------------------------------------

    private PcmAudio decodeWithFfmpeg(Path file, SampleSink sink, DoubleConsumer progress,
                                      BooleanSupplier cancelled) throws IOException {
        if (ffmpeg.isEmpty()) {
            throw new IOException("Reading " + file.getFileName() + " needs ffmpeg, which is not on the PATH. "
                    + installOrConvert(file));
        }
        Path log = Files.createTempFile("turnscript-ffmpeg-", ".log");
        Process p = new ProcessBuilder(ffmpeg.get().analysisCommand(file, ANALYSIS_RATE))
                .redirectError(log.toFile()).start();
        try {
            p.getOutputStream().close();
            double[] seconds = {-1};
            long[] read = {0};
            PcmAudio audio;
            try (InputStream out = p.getInputStream()) {
                audio = read(out, 1, ANALYSIS_RATE, false, -1, done -> {
                    read[0] = done;
                    if (seconds[0] < 0) {
                        seconds[0] = MediaConversion.durationSeconds(readLog(log));
                    }
                    return seconds[0] > 0 ? done / (seconds[0] * ANALYSIS_RATE) : -1;
                }, sink, progress, cancelled);
            }
            int exit = p.waitFor();
            if (exit != 0 && read[0] == 0) {
                throw new IOException("ffmpeg could not read " + file.getFileName() + ": " + lastLine(readLog(log)));
            }
            return audio;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            p.destroy();
            Files.deleteIfExists(log);
        }
    }

    /** What to do without ffmpeg, with the command that makes a WAV Turnscript reads itself. */
    static String installOrConvert(Path file) {
        String name = file.getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path wav = file.resolveSibling(base + ".wav");
        if (wav.equals(file)) {
            wav = file.resolveSibling(base + "-mono.wav");
        }
        return "Install ffmpeg (Debian/Ubuntu: apt install ffmpeg; macOS: brew install ffmpeg; Windows: winget "
                + "install ffmpeg) so that Turnscript can read it, or convert it yourself and use the WAV: "
                + Ffmpeg.wavCommand(file, wav);
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return ""; // the log is only for progress and the error line: without it both are vaguer
        }
    }

    private static String lastLine(String log) {
        List<String> lines = new ArrayList<>(log.strip().lines().filter(l -> !l.isBlank()).toList());
        return lines.isEmpty() ? "no message" : lines.get(lines.size() - 1);
    }

    // ---- The shared loop -------------------------------------------------------------------------------

    /** Reads 16-bit frames in chunks, averages the channels and resamples; nothing else of the file is kept. */
    private static PcmAudio read(InputStream in, int channels, float rate, boolean bigEndian, long expectedFrames,
            LongToDoubleFunction share, SampleSink sink, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        if (channels < 1 || rate <= 0) {
            throw new IOException("a recording with " + channels + " channels at " + rate + " Hz");
        }
        MonoResampler out = new MonoResampler(rate, ANALYSIS_RATE, expectedFrames, sink);
        byte[] buf = new byte[CHUNK];
        int frameBytes = 2 * channels;
        float scale = 1f / (32768f * channels);
        int hi = bigEndian ? 0 : 1;
        int lo = 1 - hi;
        int carry = 0;
        long frames = 0;
        int n;
        while ((n = in.read(buf, carry, buf.length - carry)) >= 0) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("decoding cancelled");
            }
            int len = carry + n;
            int whole = len - len % frameBytes;
            for (int i = 0; i < whole; i += frameBytes) {
                int sum = 0;
                for (int c = 0; c < frameBytes; c += 2) {
                    sum += (short) ((buf[i + c + lo] & 0xff) | (buf[i + c + hi] << 8));
                }
                out.accept(sum * scale);
            }
            frames += whole / frameBytes;
            carry = len - whole;
            System.arraycopy(buf, whole, buf, 0, carry);
            double done = share.applyAsDouble(frames); // negative while the length is unknown
            if (done >= 0) {
                progress.accept(Math.min(1, done));
            }
        }
        return out.finish();
    }

    /** Counts the bytes read from the file, for the progress of a decoder that does not report its own. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }

    /** The first MPEG audio frame header of an MP3, after any ID3v2 tag. */
    static final class Mp3Header {

        private Mp3Header() {
        }

        /** Whether the stream is MPEG-1 audio, the only version the pure-Java decoder reads. */
        static boolean isMpeg1(Path file) throws IOException {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                byte[] head = in.readNBytes(10);
                long skip = 0;
                if (head.length == 10 && head[0] == 'I' && head[1] == 'D' && head[2] == '3') {
                    // ID3v2: a 28-bit "sync-safe" size after the 10-byte header, plus a footer when flagged.
                    skip = ((head[6] & 0x7f) << 21) | ((head[7] & 0x7f) << 14) | ((head[8] & 0x7f) << 7)
                            | (head[9] & 0x7f);
                    if ((head[5] & 0x10) != 0) {
                        skip += 10;
                    }
                    in.skipNBytes(skip);
                    head = new byte[0];
                }
                // Look for the frame sync in the next 64 KB (some files have padding or junk before it).
                byte[] rest = in.readNBytes(1 << 16);
                byte[] scan = new byte[head.length + rest.length];
                System.arraycopy(head, 0, scan, 0, head.length);
                System.arraycopy(rest, 0, scan, head.length, rest.length);
                for (int i = 0; i + 1 < scan.length; i++) {
                    int b0 = scan[i] & 0xff;
                    int b1 = scan[i + 1] & 0xff;
                    if (b0 == 0xff && (b1 & 0xe0) == 0xe0) {
                        int version = (b1 >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5, 1 reserved
                        int layer = (b1 >> 1) & 3;   // 1 = Layer III
                        if (version != 1 && layer != 0) {
                            return version == 3;
                        }
                    }
                }
                return false;
            }
        }
    }
}
