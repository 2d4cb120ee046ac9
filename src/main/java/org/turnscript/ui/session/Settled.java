package org.turnscript.ui.session;

import org.turnscript.convert.DocumentInfo;
import org.turnscript.model.Transcript;

/**
 * The document as it stood when the last burst of edits settled, worked out off the JavaFX thread for the views
 * that summarise it (counts, talk time, timeline, subtitle check).
 *
 * @param transcript the document as a transcript
 * @param turns      the same with continued turns resolved to their speaker
 * @param info       its counts, for the status bar
 */
public record Settled(Transcript transcript, Transcript turns, DocumentInfo info) {
}
