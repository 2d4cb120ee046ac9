package org.turnscript.ui.session;

import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Transcript;

/**
 * The open document at one moment: RichTextFX's immutable document (paragraphs shared with the live one, so
 * taking it costs nothing), the roster and the metadata. Safe to read on any thread, which is what lets the
 * statistics, the journal and exports work off the JavaFX thread.
 */
public record BufferSnapshot(ReadOnlyStyledDocument<ParStyle, String, WordStyle> document, Roster roster,
                             Metadata metadata) {

    /** The document as a transcript: words keep the times their styles carry; typed words are interpolated. */
    public Transcript toTranscript() {
        return TranscriptDocuments.toTranscript(document.getParagraphs(), roster, metadata);
    }

    /** The same, taking unchanged paragraphs' words from {@code cache} (one thread's). */
    Transcript toTranscript(ParagraphWords cache) {
        return TranscriptDocuments.toTranscript(document.getParagraphs(), roster, metadata, cache);
    }
}
