package org.turnscript.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The voices kept in the media cache: read back as they were measured, measured again when the entry is bad. */
class VoiceFramesCacheTest {

    @TempDir
    Path dir;

    private static final RecordingDecoder DECODER = new RecordingDecoder(Optional.empty());

    private Path recording() throws IOException {
        return VoicedTalk.write(dir, 12, SyntheticVoices.LOW, SyntheticVoices.HIGH).wav();
    }

    @Test
    void theSecondLoadReadsTheFramesTheFirstMeasured() throws IOException {
        Path wav = recording();
        VoiceFramesCache cache = new VoiceFramesCache(new MediaCache(dir.resolve("cache")));
        AtomicInteger measuring = new AtomicInteger();

        VoiceFrames measured = cache.load(wav, DECODER, p -> measuring.incrementAndGet(), () -> false);
        int progressWhileMeasuring = measuring.getAndSet(0);
        VoiceFrames read = cache.load(wav, DECODER, p -> measuring.incrementAndGet(), () -> false);

        assertThat(progressWhileMeasuring).isPositive();
        assertThat(measuring.get()).as("nothing decoded the second time").isZero();
        assertThat(read.size()).isEqualTo(measured.size()).isGreaterThan(100);
        assertThat(VoiceFramesTest.values(read)).isEqualTo(VoiceFramesTest.values(measured));
    }

    @Test
    void aDamagedEntryIsMeasuredAgainAndReplaced() throws IOException {
        Path wav = recording();
        MediaCache media = new MediaCache(dir.resolve("cache"));
        VoiceFramesCache cache = new VoiceFramesCache(media);
        VoiceFrames measured = cache.load(wav, DECODER, p -> { }, () -> false);
        Path entry = media.entry(wav, ".voices");
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(whole, whole.length - 7)); // cut short, as by a crash

        assertThatThrownBy(() -> VoiceFramesCache.read(entry)).isInstanceOf(IOException.class)
                .hasMessageContaining("cut short");
        VoiceFrames again = cache.load(wav, DECODER, p -> { }, () -> false);

        assertThat(VoiceFramesTest.values(again)).isEqualTo(VoiceFramesTest.values(measured));
        assertThat(Files.size(entry)).isEqualTo(whole.length);
    }

    @Test
    void anEntryOfAnotherVersionIsRefused() throws IOException {
        Path file = dir.resolve("other.voices");
        Files.write(file, new byte[] {0x46, 0x56, 0x53, 0x54, 99, 0, 0, 0, 20, 0, 0, 0, 12, 0, 0, 0, 0x40, 0x1f, 0, 0,
                0, 0, 0, 0});
        assertThatThrownBy(() -> VoiceFramesCache.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a voice cache of this version");
    }

    @Test
    void framesAcrossManyWriteAndReadBlocksComeBackBitForBit() throws IOException {
        int frames = 50_000; // about 2.6 MB: the 1 MB blocks end inside frames' worth of bytes
        java.util.Random random = new java.util.Random(3);
        float[] mfcc = new float[frames * VoiceFrames.COEFFICIENTS];
        float[] pitch = new float[frames];
        boolean[] speech = new boolean[frames];
        for (int i = 0; i < mfcc.length; i++) {
            mfcc[i] = (float) random.nextGaussian() * 10;
        }
        for (int f = 0; f < frames; f++) {
            pitch[f] = f % 7 == 0 ? Float.NaN : 4 + random.nextFloat();
            speech[f] = random.nextBoolean();
        }
        VoiceFrames v = VoiceFrames.of(frames, mfcc, pitch, speech);
        Path file = dir.resolve("many.voices");

        VoiceFramesCache.write(v, file);

        assertThat(VoiceFramesTest.values(VoiceFramesCache.read(file))).isEqualTo(VoiceFramesTest.values(v));
        try (var left = Files.list(dir)) {
            assertThat(left.map(f -> f.getFileName().toString())).containsExactly("many.voices");
        }
    }

    @Test
    void anEntryClaimingMoreFramesThanAnyRecordingIsRefusedBeforeAnythingIsAllocated() throws IOException {
        Path file = dir.resolve("huge.voices");
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(24).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(0x54535646).putInt(VoiceFramesCache.VERSION).putInt(VoiceFrames.HOP_MS)
                .putInt(VoiceFrames.COEFFICIENTS).putInt(RecordingDecoder.ANALYSIS_RATE)
                .putInt(VoiceFramesCache.MAX_FRAMES + 1);
        Files.write(file, head.array());

        assertThatThrownBy(() -> VoiceFramesCache.read(file)).isInstanceOf(IOException.class);
    }
}
