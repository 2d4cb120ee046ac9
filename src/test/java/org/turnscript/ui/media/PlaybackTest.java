package org.turnscript.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport on a clock moved by hand: auto-rewind, skips, speed limits, a segment that stops at its end. */
class PlaybackTest {

    private final Playback playback = new Playback();
    private FakePlayer player;

    @BeforeEach
    void attach() {
        player = new FakePlayer(60_000);
        playback.attach(player);
    }

    @Test
    void resumingAfterAPauseRewindsTheChosenSeconds() {
        playback.play();
        player.advance(10_000);
        playback.tick();
        playback.pause();
        assertThat(playback.positionMs()).isEqualTo(10_000);
        playback.autoRewindSecondsProperty().set(3);
        playback.play();
        playback.tick();
        assertThat(playback.positionMs()).isEqualTo(7_000);
        assertThat(playback.isPlaying()).isTrue();
    }

    @Test
    void aSeekBeforeResumingIsNotUndoneByTheRewind() {
        playback.play();
        player.advance(10_000);
        playback.pause();
        playback.seek(30_000);
        playback.play();
        assertThat(playback.positionMs()).isEqualTo(30_000);
    }

    @Test
    void skipsStayInsideTheRecording() {
        playback.seek(1_000);
        playback.skip(-Playback.SKIP_MS);
        assertThat(playback.positionMs()).isZero();
        playback.seek(59_000);
        playback.skip(Playback.SKIP_MS);
        assertThat(playback.positionMs()).isEqualTo(60_000);
    }

    @Test
    void speedStepsByATenthBetweenHalfAndDouble() {
        playback.faster();
        assertThat(player.rate()).isEqualTo(1.1);
        for (int i = 0; i < 20; i++) {
            playback.faster();
        }
        assertThat(playback.rateProperty().get()).isEqualTo(Playback.MAX_RATE);
        for (int i = 0; i < 30; i++) {
            playback.slower();
        }
        assertThat(playback.rateProperty().get()).isEqualTo(Playback.MIN_RATE);
        assertThat(player.rate()).isEqualTo(0.5);
        playback.rateProperty().set(7);
        assertThat(playback.rateProperty().get()).as("a typed speed is held to the range").isEqualTo(2.0);
    }

    @Test
    void playingASegmentStopsAtItsEndAndResumesThereWithoutRewinding() {
        playback.playRange(5_000, 8_000);
        player.advance(2_000);
        playback.tick();
        assertThat(playback.isPlaying()).isTrue();
        player.advance(1_500);
        playback.tick();
        assertThat(playback.isPlaying()).isFalse();
        assertThat(player.isPlaying()).isFalse();
        long stopped = playback.positionMs();
        assertThat(stopped).isBetween(8_000L, 8_500L);
        playback.play();
        assertThat(player.positionMs()).isEqualTo(stopped);
    }

    @Test
    void theEndOfTheRecordingStopsAndTheNextPlayStartsAgain() {
        playback.seek(59_000);
        playback.play();
        player.advance(5_000);
        assertThat(playback.isPlaying()).isFalse();
        assertThat(playback.positionMs()).isEqualTo(60_000);
        playback.play();
        assertThat(player.positionMs()).isZero();
    }

    @Test
    void anotherRecordingDisposesTheFirst() {
        playback.volumeProperty().set(0.4);
        FakePlayer second = new FakePlayer(1_000);
        playback.attach(second);
        assertThat(player.disposed()).isTrue();
        assertThat(second.volume()).isEqualTo(0.4);
        assertThat(playback.durationProperty().get()).isEqualTo(1_000);
        playback.attach(null);
        assertThat(playback.hasMedia()).isFalse();
        playback.togglePlay(); // nothing to play: nothing happens
        assertThat(playback.isPlaying()).isFalse();
    }
}
