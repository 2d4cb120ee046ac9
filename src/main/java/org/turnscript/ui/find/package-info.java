/**
 * Find and replace in the transcript area. Read {@link org.turnscript.ui.find.FindReplaceBar} first; the matching is
 * the pure {@link org.turnscript.ui.find.TextSearch}, and {@link org.turnscript.ui.find.ReplacementStyles} decides
 * which word's time each replaced word keeps.
 */
package org.turnscript.ui.find;
