/**
 * File formats: one reader/writer per format behind {@link org.turnscript.formats.TranscriptFormat}, each extending
 * {@link org.turnscript.formats.AbstractFormat}, which keeps its names and direction; the registry
 * Formats that detects a file's format, {@link org.turnscript.formats.cues.CueFormat} for the subtitle formats whose
 * cues can be read and written one at a time, {@link org.turnscript.formats.TextDecoder}
 * for encodings, and {@link org.turnscript.formats.FormatException} whose message names file and line.
 * Pure Java; only {@code formats.json} uses Jackson.
 */
package org.turnscript.formats;
