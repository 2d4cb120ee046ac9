/**
 * Audio without a window (JDK only): which recordings play as they are and which need converting
 * ({@link org.turnscript.audio.MediaFormats}), ffmpeg when it is on the PATH ({@link org.turnscript.audio.Ffmpeg},
 * {@link org.turnscript.audio.MediaConversion}), and the peaks a waveform draws, decoded in the background and cached
 * ({@link org.turnscript.audio.Waveform}, {@link org.turnscript.audio.WaveformDecoder}). Start with
 * {@code WaveformDecoder}.
 */
package org.turnscript.audio;
