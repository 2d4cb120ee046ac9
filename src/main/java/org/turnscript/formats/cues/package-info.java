/**
 * What the cue-based readers (SRT, WebVTT) share once a file is parsed into timed cues: each
 * {@link org.turnscript.formats.cues.ReadCue} becomes one segment, with speakers taken from voice spans and
 * leading labels and word times spread over the cue. Start with {@link org.turnscript.formats.cues.CueTranscriptBuilder}.
 */
package org.turnscript.formats.cues;
