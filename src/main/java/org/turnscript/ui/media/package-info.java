/**
 * Listening while editing: the recording beside the transcript. {@link org.turnscript.ui.media.Player} is the
 * media layer behind an interface (JavaFX Media in {@link org.turnscript.ui.media.FxPlayer}, a fake clock in tests);
 * {@link org.turnscript.ui.media.Playback} is the transport without a window (auto-rewind, speed, play a segment);
 * {@link org.turnscript.ui.media.MediaSession} attaches, converts and remembers the recording;
 * {@link org.turnscript.ui.media.RecordingTiming} times the words from it (Timing ▸ Time words from the recording,
 * with progress, Cancel and the offer); the views are the
 * player bar, the waveform strip and the video pane, put together by {@link org.turnscript.ui.media.ListenPanel}.
 * Read {@code ListenPanel} first.
 */
package org.turnscript.ui.media;
