/**
 * The cleanup dialog and the step that writes its result into the editor. Read
 * {@link org.turnscript.ui.cleanup.CleanupDialog} first: it asks which rules to run (and with which glossary) and
 * previews what they change; {@link org.turnscript.ui.cleanup.CleanupDialogModel} holds those choices and the
 * preview without a window, and {@link org.turnscript.ui.cleanup.CleanupApplier} replaces the changed paragraphs
 * of the transcript area as one undo step.
 */
package org.turnscript.ui.cleanup;
