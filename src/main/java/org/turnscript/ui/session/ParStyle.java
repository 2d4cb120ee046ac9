package org.turnscript.ui.session;

import org.turnscript.model.SegmentKind;

/**
 * The paragraph style of the transcript area: whose segment it is and what kind. It is the speaker tag, so
 * tagging shares the text's undo history. It never holds a segment id: RichTextFX copies the paragraph style to
 * both halves when a paragraph is split.
 *
 * @param speakerId the speaker, or {@code null} when unassigned
 * @param kind      speech or non-speech
 */
public record ParStyle(String speakerId, SegmentKind kind) {

    public static final ParStyle UNASSIGNED = new ParStyle(null, SegmentKind.SPEECH);

    public ParStyle withSpeaker(String id) {
        return new ParStyle(id, kind);
    }
}
