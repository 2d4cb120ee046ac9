package org.turnscript.ui.session;

import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.turnscript.model.Transcript;

/**
 * A transcript and the area's document built from it. Building the styled document of ten hours takes a while,
 * so it is done off the JavaFX thread; loading it is then one replace.
 *
 * @param transcript the transcript as read
 * @param document   its paragraphs; only turn starts keep their tags
 */
public record PreparedDocument(Transcript transcript, ReadOnlyStyledDocument<ParStyle, String, WordStyle> document) {

    /**
     * Only turn starts keep their tags (files that label every cue come in tagged throughout), so "from this word
     * on, Kate speaks" re-attributes the rest of the turn wherever the document came from.
     */
    public static PreparedDocument of(Transcript t) {
        return new PreparedDocument(t, TranscriptDocuments.toDocument(t.keepTurnStartsOnly()));
    }
}
