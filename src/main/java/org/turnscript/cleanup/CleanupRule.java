package org.turnscript.cleanup;

import org.turnscript.model.Transcript;

/**
 * One named cleanup step: a pure function from a transcript to a cleaned transcript plus the list of what it
 * changed. Rules never delete a word: a word they leave out is flagged {@link org.turnscript.model.WordFlag#DROPPED}
 * and a word they correct keeps its {@link org.turnscript.model.Word#original()}, so {@link Restore} can undo them.
 * Applying a rule to its own output changes nothing.
 */
public interface CleanupRule {

    /** Short stable id used on the command line and in settings, e.g. {@code fillers}. */
    String id();

    /** Name for menus and reports, e.g. "Drop fillers". */
    String displayName();

    /** One sentence on what the rule does and what it leaves alone. */
    String description();

    /** A worked example, {@code input → output}, for help texts and the cleanup dialog. */
    String example();

    CleanupResult apply(Transcript transcript);
}
