/**
 * The transcript editing area. Read {@link org.turnscript.ui.editor.TranscriptEditor} first: it owns the
 * RichTextFX {@link org.turnscript.ui.editor.TranscriptArea} (paragraph = segment, paragraph style = speaker, text
 * style = word time) and the single undo history; {@link org.turnscript.ui.session.TranscriptDocuments} converts
 * between the area's document and the pure transcript model.
 */
package org.turnscript.ui.editor;
