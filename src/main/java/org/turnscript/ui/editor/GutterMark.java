package org.turnscript.ui.editor;

/**
 * A faint note in a paragraph's gutter from a feature above the editor (a suggested turn, say): a short text in a
 * speaker's colour and a tooltip.
 *
 * @param speakerId whose colour it takes, or null
 * @param text      a few characters, e.g. "▸ Kate"
 * @param tip       the longer explanation
 */
public record GutterMark(String speakerId, String text, String tip) {
}
