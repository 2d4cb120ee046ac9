package org.turnscript.ui.session;

import java.util.Optional;
import org.fxmisc.richtext.model.RichTextChange;
import org.turnscript.model.Roster;

/**
 * One entry of the editor's single undo history: a change to the text (which includes speaker tags, as
 * paragraph styles) or a change to the roster (rename, recolour, add, reorder).
 */
public sealed interface EditorChange {

    EditorChange invert();

    boolean isIdentity();

    Optional<EditorChange> mergeWith(EditorChange later);

    /** A change RichTextFX reported for the area. */
    record TextEdit(RichTextChange<ParStyle, String, WordStyle> change) implements EditorChange {
        @Override
        public EditorChange invert() {
            return new TextEdit(change.invert());
        }

        @Override
        public boolean isIdentity() {
            return change.isIdentity();
        }

        @Override
        public Optional<EditorChange> mergeWith(EditorChange later) {
            // Typing merges into one step; the undo manager stops merging after a pause.
            return later instanceof TextEdit t ? change.mergeWith(t.change).map(TextEdit::new) : Optional.empty();
        }
    }

    /** The roster before and after, e.g. a rename. */
    record RosterEdit(Roster before, Roster after) implements EditorChange {
        @Override
        public EditorChange invert() {
            return new RosterEdit(after, before);
        }

        @Override
        public boolean isIdentity() {
            return before.equals(after);
        }

        @Override
        public Optional<EditorChange> mergeWith(EditorChange later) {
            return Optional.empty();
        }
    }
}
