/**
 * WebVTT: a reader that follows the W3C parsing rules where they matter for transcripts (signature, blocks,
 * voice spans, entities) and a writer that puts every cue's speaker in a {@code <v>} span. Start with
 * {@link org.turnscript.formats.vtt.WebVttFormat}; cue text markup lives in {@link org.turnscript.formats.vtt.VttCueText}.
 */
package org.turnscript.formats.vtt;
