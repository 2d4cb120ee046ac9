/**
 * The cleanup dialog. Read
 * {@link org.turnscript.ui.cleanup.CleanupDialog} first: it asks which rules to run (and with which glossary) and
 * previews what they change; {@link org.turnscript.ui.cleanup.CleanupDialogModel} holds those choices and the
 * preview without a window. The session writes the result into the document as one undo step
 * ({@link org.turnscript.ui.session.EditorSession#applyCleanup}).
 */
package org.turnscript.ui.cleanup;
