package org.turnscript.ui.session;

/**
 * A file being opened in the background, for the status bar's progress and Cancel.
 *
 * @param fileName what is being opened
 * @param step     what is happening now, in words ("Reading", "Laying out")
 * @param fraction 0..1, or -1 while unknown
 */
public record LoadProgress(String fileName, String step, double fraction) {
}
