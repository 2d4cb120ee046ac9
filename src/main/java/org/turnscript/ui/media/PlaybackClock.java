package org.turnscript.ui.media;

/** Where playback is: what following the words, tap-to-sync and the playhead read. */
public interface PlaybackClock {

    /** The position in the recording, ms. */
    long positionMs();

    boolean isPlaying();
}
