package org.turnscript.ui.media;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The player's keys, which work while the caret is in the text (and anywhere else in the window): Ctrl+Space
 * plays and pauses, Alt+Left/Right skip 2 s, Alt+[ and Alt+] change the speed, Ctrl+Shift+Space plays the
 * caret's segment and stops at its end, Ctrl+Shift+Enter plays from the caret's word, F9 anchors a word at the playback
 * position (tap-to-sync). Listed in F1.
 */
final class MediaKeys {

    private final ListenPanel listen;

    MediaKeys(Scene scene, ListenPanel listen) {
        this.listen = listen;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        // Ctrl+Space must not also type a space into the text.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.isShortcutDown() && " ".equals(e.getCharacter())) {
                e.consume();
            }
        });
    }

    private void pressed(KeyEvent e) {
        Playback p = listen.playback();
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        Runnable action = null;
        if (code == KeyCode.SPACE && shortcut && !e.isAltDown()) {
            action = e.isShiftDown() ? listen::playCaretSegment : p::togglePlay;
        } else if (code == KeyCode.ENTER && shortcut && e.isShiftDown() && !e.isAltDown()) {
            action = listen::playFromCaret;
        } else if (e.isAltDown() && !shortcut && (code == KeyCode.LEFT || code == KeyCode.KP_LEFT)) {
            action = () -> p.skip(-Playback.SKIP_MS);
        } else if (e.isAltDown() && !shortcut && (code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT)) {
            action = () -> p.skip(Playback.SKIP_MS);
        } else if (e.isAltDown() && !shortcut && code == KeyCode.OPEN_BRACKET) {
            action = p::slower;
        } else if (e.isAltDown() && !shortcut && code == KeyCode.CLOSE_BRACKET) {
            action = p::faster;
        } else if (code == KeyCode.F9 && !shortcut && !e.isAltDown()) {
            action = listen::tapSync;
        }
        if (action == null) {
            return;
        }
        e.consume();
        if (!p.hasMedia()) {
            listen.noMediaYet();
            return;
        }
        action.run();
        p.tick();
    }
}
