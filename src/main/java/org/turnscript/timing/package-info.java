/**
 * Timing: estimated times for untimed text, anchors, re-alignment of word times after text edits, and re-timing
 * from a timed caption file.
 * Pure Java.
 *
 * <p>Start with {@link org.turnscript.timing.DurationEstimator}, which spreads untimed words over a duration
 * (through {@code RunSpreader}, by {@code SpokenLength} and {@code Pauses}); then
 * {@link org.turnscript.timing.Anchors}, which fixes a word at a time the editor sets and re-spreads its
 * neighbours the same way; {@link org.turnscript.timing.Realigner} keeps times through a paragraph's text edit;
 * {@link org.turnscript.timing.GapFiller} interpolates words left untimed between timed ones;
 * {@link org.turnscript.timing.CaptionRetimer} re-times a whole document from a timed caption file of its recording
 * (aligning the words with {@code CaptionAligner}) and says what it matched in a {@link org.turnscript.timing.RetimeReport};
 * {@link org.turnscript.timing.SpeechTimer} times words from a recording's stretches of sound and syllable nuclei
 * ({@link org.turnscript.timing.HeardSpeech}), by a path over the pauses ({@code SoundPath}) with word lengths learnt
 * from the recording ({@code DurationFit});
 * {@link org.turnscript.timing.TimingQuality} tells when most times are only estimated.
 */
package org.turnscript.timing;
