/**
 * Audio without a window (JDK only, and the pure-Java JavaMP3 decoder). Recordings decoded in chunks to mono
 * samples at the analysis rate ({@link org.turnscript.audio.RecordingDecoder}, {@link org.turnscript.audio.PcmAudio}) and
 * what the signal alone tells about speech: the stretches of sound between pauses
 * ({@link org.turnscript.audio.SpeechActivity}) and the syllable nuclei ({@link org.turnscript.audio.SyllableNuclei})
 * that speech-aware timing shares the text's words out over, and what each voice sounds like
 * ({@link org.turnscript.audio.VoiceFrames}: timbre and pitch every 20 ms) for telling speakers apart. Which recordings play as they are and which need
 * converting ({@link org.turnscript.audio.MediaFormats}), ffmpeg when it is on the PATH ({@link org.turnscript.audio.Ffmpeg},
 * {@link org.turnscript.audio.MediaConversion}), and the peaks a waveform draws, decoded in the background and cached
 * ({@link org.turnscript.audio.Waveform}, {@link org.turnscript.audio.WaveformDecoder}).
 */
package org.turnscript.audio;
