/**
 * The conversion pipeline read → clean → time → lay out → write, shared by the command line and the window
 * so both produce the same bytes. Pure Java. Start with ConversionService. Subtitles to subtitles skip the
 * transcript: {@code CueConversion} streams the source cues from reader to writer (docs/decisions, ADR 8).
 */
package org.turnscript.convert;
