package org.turnscript.ui.editor;

import org.turnscript.ui.session.WordBoundaries;
import static javafx.scene.input.KeyCode.KP_LEFT;
import static javafx.scene.input.KeyCode.KP_RIGHT;
import static javafx.scene.input.KeyCode.LEFT;
import static javafx.scene.input.KeyCode.RIGHT;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.anyOf;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;

import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * Ctrl+Left and Ctrl+Right by words of one paragraph at a time, with Shift selecting. A fresh selection starts at
 * the word, not at the space before it: in Turnscript a word's space belongs to the word before, so deleting or
 * retyping a selection with the space in front would glue two words together.
 */
final class WordNavigation {

    private WordNavigation() {
    }

    static void install(TranscriptArea area) {
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(anyOf(keyPressed(RIGHT, SHORTCUT_DOWN), keyPressed(KP_RIGHT, SHORTCUT_DOWN)),
                        e -> forward(area, false)),
                InputMap.consume(anyOf(keyPressed(RIGHT, SHIFT_DOWN, SHORTCUT_DOWN),
                        keyPressed(KP_RIGHT, SHIFT_DOWN, SHORTCUT_DOWN)), e -> forward(area, true)),
                InputMap.consume(anyOf(keyPressed(LEFT, SHORTCUT_DOWN), keyPressed(KP_LEFT, SHORTCUT_DOWN)),
                        e -> backward(area, false)),
                InputMap.consume(anyOf(keyPressed(LEFT, SHIFT_DOWN, SHORTCUT_DOWN),
                        keyPressed(KP_LEFT, SHIFT_DOWN, SHORTCUT_DOWN)), e -> backward(area, true))));
    }

    /** To the end of the next word; a paragraph's end goes on into the next paragraph. */
    static void forward(TranscriptArea area, boolean select) {
        int par = area.getCurrentParagraph();
        String text = area.getParagraph(par).getText();
        int start = WordBoundaries.skipSpacesForward(text, area.getCaretColumn());
        if (start == text.length() && par + 1 < area.getParagraphs().size()) {
            par++;
            text = area.getParagraph(par).getText();
            start = WordBoundaries.skipSpacesForward(text, 0);
        }
        int end = area.getAbsolutePosition(par, WordBoundaries.wordEnd(text, start));
        move(area, select, area.getAbsolutePosition(par, start), end);
    }

    /** To the start of the previous word; a paragraph's start goes back into the previous paragraph. */
    static void backward(TranscriptArea area, boolean select) {
        int par = area.getCurrentParagraph();
        String text = area.getParagraph(par).getText();
        int end = WordBoundaries.skipSpacesBackward(text, area.getCaretColumn());
        if (end == 0 && area.getCaretColumn() == 0 && par > 0) {
            par--;
            text = area.getParagraph(par).getText();
            end = WordBoundaries.skipSpacesBackward(text, text.length());
        }
        int start = area.getAbsolutePosition(par, WordBoundaries.wordStart(text, end));
        move(area, select, area.getAbsolutePosition(par, end), start);
    }

    /** Moves the caret to {@code target}; a new selection is anchored at {@code wordEdge}, past the spaces. */
    private static void move(TranscriptArea area, boolean select, int wordEdge, int target) {
        if (!select) {
            area.moveTo(target);
        } else if (area.getSelection().getLength() == 0) {
            area.selectRange(wordEdge, target);
        } else {
            area.selectRange(area.getAnchor(), target);
        }
        area.requestFollowCaret();
    }
}
