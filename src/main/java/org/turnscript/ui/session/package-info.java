/**
 * The open document without a window. Read {@link org.turnscript.ui.session.EditorSession} first: it owns the
 * {@link org.turnscript.ui.session.TranscriptBuffer} (RichTextFX's document, the roster and the one undo history),
 * the files, opening in the background, the autosave journal and recovery. Views bind to it and reach the core
 * only through it (see docs/decisions/0006-editor-session.md). {@link org.turnscript.ui.session.TranscriptDocuments}
 * converts between the buffer's paragraphs and the pure transcript model.
 */
package org.turnscript.ui.session;
