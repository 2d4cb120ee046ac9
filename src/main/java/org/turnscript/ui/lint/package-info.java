/**
 * The problems panel: the subtitle cues the document would export, checked against a profile, as a list that
 * jumps to each problem. Read {@link org.turnscript.ui.lint.ProblemsPanel} first; the check itself and the
 * wording of each row are in the pure {@link org.turnscript.ui.lint.ProblemsModel}.
 */
package org.turnscript.ui.lint;
