/**
 * File formats: one reader/writer per format behind {@link org.turnscript.formats.TranscriptFormat}, each extending
 * {@link org.turnscript.formats.ReadWriteFormat}, {@link org.turnscript.formats.ReadOnlyFormat} or
 * {@link org.turnscript.formats.WriteOnlyFormat} so it states only its names and its own work; the registry
 * Formats that detects a file's format, {@link org.turnscript.formats.TextDecoder}
 * for encodings, and {@link org.turnscript.formats.FormatException} whose message names file and line.
 * Pure Java; only {@code formats.json} uses Jackson.
 */
package org.turnscript.formats;
