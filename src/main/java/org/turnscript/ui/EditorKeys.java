package org.turnscript.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.session.EditorSession;

/**
 * The window-wide keys: Ctrl+digit tags from the caret's word, Ctrl+Shift+digit the whole segment, Ctrl+0
 * clears, Ctrl+D repeats the previous speaker, F1 shows the shortcuts; in the text, Alt+arrows move by turns and
 * Alt+. Alt+? Alt+, punctuate.
 */
final class EditorKeys {

    private final Scene scene;
    private final TranscriptEditor editor;
    private final EditorSession session;
    private final Runnable showShortcuts;

    EditorKeys(Scene scene, TranscriptEditor editor, EditorSession session, Runnable showShortcuts) {
        this.scene = scene;
        this.editor = editor;
        this.session = session;
        this.showShortcuts = showShortcuts;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        // The punctuation keys act on key press; the character they would also type must not reach the text.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.isAltDown() && !e.isShortcutDown() && ".,?/".contains(e.getCharacter()) && inTranscript()) {
                e.consume();
            }
        });
    }

    private void pressed(KeyEvent e) {
        int digit = digitOf(e.getCode());
        if (e.isShortcutDown() && !e.isAltDown() && digit >= 0) {
            if (digit == 0) {
                editor.unassignSegment();
            } else if (e.isShiftDown()) {
                editor.assignSegment(digit);
            } else if (!editor.speakerFromCaret(digit)) {
                session.setMessage("No speaker has key " + digit + " yet (add one in the Speakers panel)");
            }
            e.consume();
        } else if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.D) {
            editor.sameSpeakerAsPrevious();
            e.consume();
        } else if (e.getCode() == KeyCode.F1) {
            showShortcuts.run();
            e.consume();
        } else if (!inTranscript()) {
            return; // Alt+arrows and the punctuation keys belong to the text fields they are typed in
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            editor.nextTurn();
            e.consume();
        } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            editor.previousTurn();
            e.consume();
        } else if (e.isAltDown() && !e.isShortcutDown() && punctuationOf(e) != 0) {
            editor.punctuateAtCaret(punctuationOf(e));
            e.consume();
        }
    }

    private boolean inTranscript() {
        return scene.getFocusOwner() == editor.area();
    }

    /** Alt+. ends a sentence, Alt+Shift+/ (Alt+?) asks, Alt+, pauses. */
    private static char punctuationOf(KeyEvent e) {
        return switch (e.getCode()) {
            case PERIOD -> '.';
            case COMMA -> ',';
            case SLASH -> e.isShiftDown() ? '?' : 0;
            default -> 0;
        };
    }

    private static int digitOf(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '0';
        }
        return -1;
    }
}
