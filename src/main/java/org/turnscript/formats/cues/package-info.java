/**
 * What the cue-based readers (SRT, WebVTT) share once a file is parsed into timed cues: each
 * {@link org.turnscript.formats.cues.ReadCue} becomes one segment, with speakers taken from voice spans and
 * leading labels and word times spread over the cue. Start with {@link org.turnscript.formats.cues.CueTranscriptBuilder}.
 * Cues also travel one at a time, without a transcript, from a {@link org.turnscript.formats.cues.CueSource} (over a
 * {@link org.turnscript.formats.cues.LineSource}) to a {@link org.turnscript.formats.cues.CueSink}: how a subtitle
 * conversion keeps the source cues.
 */
package org.turnscript.formats.cues;
