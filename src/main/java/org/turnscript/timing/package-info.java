/**
 * Timing: estimated times for untimed text, anchors, and re-alignment of word times after text edits.
 * Pure Java.
 *
 * <p>Start with {@link org.turnscript.timing.DurationEstimator}, which spreads untimed words over a duration
 * (through {@code RunSpreader}, by {@code SpokenLength} and {@code Pauses}); then
 * {@link org.turnscript.timing.Anchors}, which fixes a word at a time the editor sets and re-spreads its
 * neighbours the same way; {@link org.turnscript.timing.Realigner} keeps times through a paragraph's text edit;
 * {@link org.turnscript.timing.GapFiller} interpolates words left untimed between timed ones.
 */
package org.turnscript.timing;
