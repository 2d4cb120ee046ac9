package org.turnscript.ui.cleanup;

import org.turnscript.model.Transcript;
import org.turnscript.ui.editor.TranscriptEditor;

/**
 * Writes a cleaned transcript into the editor as one undo step; dropped words stay in the text, styled as dropped,
 * so cleanup stays visible and reversible. See {@link org.turnscript.ui.session.TranscriptPatch}.
 */
public final class CleanupApplier {

    private CleanupApplier() {
    }

    /**
     * @param cleaned the result of cleaning {@link TranscriptEditor#snapshot()} of the document as it is now
     * @throws IllegalStateException when {@code cleaned} has another number of segments than the document (cleanup
     *                               rules never add or remove one, so it was not made from this document)
     */
    public static void apply(TranscriptEditor editor, Transcript cleaned) {
        editor.buffer().applyTransform(editor.snapshot(), cleaned);
    }
}
