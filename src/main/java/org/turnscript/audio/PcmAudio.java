package org.turnscript.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A recording as mono samples in [-1, 1]. WAV and AIFF are read with {@code javax.sound.sampled}, which every JDK
 * has; the channels are averaged.
 *
 * @param samples    one value per sample frame
 * @param sampleRate frames per second
 */
public record PcmAudio(float[] samples, float sampleRate) {

    /** Length in milliseconds. */
    public long durationMs() {
        return Math.round(samples.length * 1000.0 / sampleRate);
    }

    /**
     * Reads a WAV or AIFF file as 16-bit PCM.
     *
     * @throws IOException with a sentence for a person when the file cannot be read or is not WAV or AIFF
     */
    public static PcmAudio read(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             AudioInputStream source = AudioSystem.getAudioInputStream(raw)) {
            AudioFormat in = source.getFormat();
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, in.getSampleRate(), 16,
                    in.getChannels(), in.getChannels() * 2, in.getSampleRate(), false);
            try (AudioInputStream decoded = AudioSystem.getAudioInputStream(pcm, source)) {
                return fromPcm16(decoded.readAllBytes(), in.getChannels(), in.getSampleRate());
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new IOException("not a WAV or AIFF recording Turnscript can read (" + e.getMessage()
                    + "); convert it first, e.g. ffmpeg -i IN -ac 1 -ar 16000 OUT.wav");
        }
    }

    /** Little-endian signed 16-bit frames, channels averaged. */
    static PcmAudio fromPcm16(byte[] bytes, int channels, float sampleRate) {
        int frames = bytes.length / (2 * channels);
        float[] out = new float[frames];
        int at = 0;
        for (int f = 0; f < frames; f++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += (short) ((bytes[at] & 0xff) | (bytes[at + 1] << 8));
                at += 2;
            }
            out[f] = sum / (32768f * channels);
        }
        return new PcmAudio(out, sampleRate);
    }
}
