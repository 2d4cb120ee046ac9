/**
 * WebVTT: a reader built on {@link org.turnscript.formats.vtt.WebVttParser}, a port of the W3C file-parsing
 * algorithm that yields {@link org.turnscript.formats.vtt.VttCue}s, and a writer that puts every cue's speaker in a
 * {@code <v>} span. YouTube roll-up auto-captions are read by the same format (id {@code vtt}):
 * {@link org.turnscript.formats.vtt.YouTubeRollUp} recognises them by their {@code <00:00:01.234><c>} word stamps
 * and collapses the repeated lines, keeping the word times. Start with
 * {@link org.turnscript.formats.vtt.WebVttFormat}; cue text markup lives in
 * {@link org.turnscript.formats.vtt.VttCueText}.
 */
package org.turnscript.formats.vtt;
