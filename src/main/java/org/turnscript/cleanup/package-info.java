/**
 * Cleanup: one class per rule, each a named pure function from a transcript to a cleaned transcript plus the
 * list of its changes. Nothing is deleted: dropped words stay in the model flagged
 * {@link org.turnscript.model.WordFlag#DROPPED}, corrected words keep their original, and {@link
 * org.turnscript.cleanup.Restore} takes it all back. Start with {@link org.turnscript.cleanup.CleanupRule} and
 * {@link org.turnscript.cleanup.CleanupPipeline}; the rules are {@link org.turnscript.cleanup.SoundTagRule},
 * {@link org.turnscript.cleanup.GlossaryRule} (with {@link org.turnscript.cleanup.GlossaryFile}),
 * {@link org.turnscript.cleanup.FillerRule}, {@link org.turnscript.cleanup.RepeatRule},
 * {@link org.turnscript.cleanup.PunctuationRule} and {@link org.turnscript.cleanup.CasingRule};
 * {@link org.turnscript.cleanup.Punctuator} adds the marks the editor asks for. Pure Java.
 */
package org.turnscript.cleanup;
