/**
 * The transcript editing area, a view. Read {@link org.turnscript.ui.editor.TranscriptEditor} first: it shows a
 * {@link org.turnscript.ui.session.TranscriptBuffer} in the RichTextFX {@link org.turnscript.ui.editor.TranscriptArea}
 * (paragraph = segment, paragraph style = speaker, text style = word time), runs the caret-based commands on the
 * buffer and draws the speaker gutter.
 */
package org.turnscript.ui.editor;
