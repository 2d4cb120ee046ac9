package org.turnscript.ui.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.EventTarget;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.turnscript.model.Speaker;
import org.turnscript.ui.editor.GutterMark;
import org.turnscript.ui.editor.TranscriptEditor;
import org.turnscript.ui.session.EditorSession;
import org.turnscript.ui.session.SuggestionEdits;
import org.turnscript.ui.suggest.SuggestionReview.Place;

/**
 * Suggested turns in the window: a faint mark in the gutter of each paragraph that holds one, in the predicted
 * speaker's colour; F8 / Shift+F8 go to the next / previous one (the caret selects its word and the status bar
 * says who and why); Alt+Shift+Left / Alt+Shift+Right move it one word; Alt+Enter accepts it and Alt+Backspace rejects it, each moving on to the next, so pressing
 * them in turn reviews the document in order; Ctrl+digit on a suggestion accepts it with another speaker;
 * Ctrl+Enter anywhere tags from the caret's word with the speaker the model expects next; Escape ends the review.
 *
 * <p>The keys are a filter on the window, so that they are seen before the window-wide speaker keys: Ctrl+digit
 * on the suggestion under review is an answer to it, anywhere else it is the usual tag.
 */
public final class SuggestionControls {

    private final TranscriptEditor editor;
    private final SuggestionReview review;
    private final Consumer<String> message;
    private final javafx.event.EventHandler<KeyEvent> keys = this::pressed;
    private Window window;

    public SuggestionControls(TranscriptEditor editor, EditorSession session, Consumer<String> message) {
        this.editor = editor;
        this.review = new SuggestionReview(session.buffer(), session::voices);
        this.message = message;
        editor.setGutterMarks(this::mark);
        review.placesProperty().addListener((o, a, b) -> editor.refreshVisibleGutter());
        session.settledProperty().addListener((o, a, settled) -> {
            if (settled != null) {
                review.refreshLater(settled.transcript());
            }
        });
        // The recording's voices, heard after the document was shown: the suggestions listen to them from now on.
        session.voicesProperty().addListener((o, a, heard) -> {
            if (heard != null) {
                review.refreshLater(); // the document as it is now, read off the JavaFX thread
            }
        });
        // Moving the caret off the suggestion under review ends the review.
        editor.area().caretPositionProperty().addListener((o, a, b) -> {
            Place p = review.currentProperty().get();
            if (p != null && !onWord(p)) {
                review.currentProperty().set(null);
            }
        });
    }

    public SuggestionReview review() {
        return review;
    }

    /** Listens for the keys on {@code window} (before the scene's own key filters) until {@link #dispose}. */
    public void install(Window window) {
        this.window = window;
        window.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    /** Items for the Speakers menu. */
    public List<MenuItem> menuItems() {
        return List.of(new SeparatorMenuItem(),
                item("Review suggested turns from the start", null, this::reviewFromStart),
                item("Next suggested turn (F8)", null, () -> next(true)),
                item("Previous suggested turn (Shift+F8)", null, () -> next(false)),
                item("Accept the suggested turn (Alt+Enter)", null, this::accept),
                item("Reject the suggested turn (Alt+Backspace)", null, this::reject),
                item("Move the suggested turn a word back (Alt+Shift+Left)", null, () -> nudgeCurrent(false)),
                item("Move the suggested turn a word on (Alt+Shift+Right)", null, () -> nudgeCurrent(true)),
                item("From the caret, the predicted speaker (Ctrl+Enter)", null, this::tagPredicted));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void pressed(KeyEvent e) {
        if (!inTranscript(e.getTarget())) {
            return;
        }
        Place current = review.currentProperty().get();
        int digit = e.getCode().isDigitKey() ? e.getCode().getName().charAt(e.getCode().getName().length() - 1) - '0'
                : -1;
        boolean handled = true;
        if (e.getCode() == KeyCode.F8 && !e.isShortcutDown() && !e.isAltDown()) {
            next(!e.isShiftDown());
        } else if (e.getCode() == KeyCode.ENTER && e.isAltDown() && !e.isShortcutDown() && current != null) {
            accept();
        } else if (e.getCode() == KeyCode.BACK_SPACE && e.isAltDown() && !e.isShortcutDown() && current != null) {
            reject();
        } else if ((e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) && e.isAltDown() && e.isShiftDown()
                && !e.isShortcutDown() && current != null) {
            nudge(current, e.getCode() == KeyCode.RIGHT);
        } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
            tagPredicted();
        } else if (digit > 0 && e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown() && current != null
                && onWord(current)) {
            acceptAs(digit);
        } else if (e.getCode() == KeyCode.ESCAPE && current != null) {
            review.currentProperty().set(null);
            message.accept("Review of suggested turns ended");
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private boolean inTranscript(EventTarget target) {
        // A window may outlive this editor (a new document window on the same stage): its scene must be ours.
        return editor.area().getScene() != null && window != null && window.getScene() == editor.area().getScene()
                && editor.area().getScene().getFocusOwner() == editor.area();
    }

    private void reviewFromStart() {
        review.refreshNow();
        show(review.after(-1, -1, true));
    }

    private void next(boolean forward) {
        review.refreshNow();
        int par = editor.area().getCurrentParagraph();
        int[] word = caretWord();
        Place current = review.currentProperty().get();
        // From the suggestion under review, or from the caret's word (the one at the caret counts, going forward).
        Optional<Place> found = forward
                ? current != null ? review.after(current.paragraph(), current.word(), false)
                : review.after(par, word[0], true)
                : review.before(current != null ? current.paragraph() : par, current != null ? current.word() : word[0]);
        if (found.isEmpty()) {
            message.accept(forward ? "No suggested turn after the caret" : "No suggested turn before the caret");
        }
        show(found);
    }

    /** The caret's word index in its paragraph (the next word when the caret is between words). */
    private int[] caretWord() {
        String text = editor.area().getParagraph(editor.area().getCurrentParagraph()).getText();
        int column = editor.area().getCaretColumn();
        int index = 0;
        int[] cols;
        while ((cols = SuggestionEdits.wordColumns(text, index)) != null && cols[1] < column) {
            index++;
        }
        return new int[] {index};
    }

    /**
     * Moves the suggestion under review one word on or back, keeping the review: a change heard a word early or late
     * is then accepted where it belongs with Alt+Enter (or Ctrl+digit). Moving changes nothing in the document, so it
     * is no undo step; the answer that follows is one.
     */
    private void nudge(Place p, boolean forward) {
        int par = p.paragraph();
        int word = p.word() + (forward ? 1 : -1);
        if (word < 0) {
            // Back from a paragraph's first word: the last word of the paragraph before.
            if (par == 0) {
                return;
            }
            par--;
            word = wordCount(par) - 1;
        } else if (SuggestionEdits.wordColumns(editor.area().getParagraph(par).getText(), word) == null) {
            if (par + 1 >= editor.area().getParagraphs().size()) {
                return;
            }
            par++;
            word = 0;
        }
        if (word < 0) {
            return; // an empty paragraph: nowhere to go
        }
        Place moved = new Place(par, word, p.suggestion());
        show(Optional.of(moved));
        message.accept("Moved to \"" + wordText(moved) + "\" · " + status(moved));
    }

    private void nudgeCurrent(boolean forward) {
        Place p = review.currentProperty().get();
        if (p != null) {
            nudge(p, forward);
        }
    }

    private int wordCount(int par) {
        String text = editor.area().getParagraph(par).getText();
        int n = 0;
        while (SuggestionEdits.wordColumns(text, n) != null) {
            n++;
        }
        return n;
    }

    private void accept() {
        Place p = review.currentProperty().get();
        if (p != null) {
            String who = editor.roster().nameOf(p.suggestion().speakerId());
            show(review.accept(p, p.suggestion().speakerId()));
            message.accept(who + " from here · " + status(review.currentProperty().get()));
        }
    }

    private void acceptAs(int key) {
        Place p = review.currentProperty().get();
        Optional<Speaker> speaker = editor.roster().byKey(key);
        if (p == null || speaker.isEmpty()) {
            message.accept("No speaker has key " + key + " yet (add one in the Speakers panel)");
            return;
        }
        show(review.accept(p, speaker.get().id()));
        message.accept(speaker.get().name() + " from here · " + status(review.currentProperty().get()));
    }

    private void reject() {
        Place p = review.currentProperty().get();
        if (p != null) {
            show(review.reject(p));
            message.accept("Rejected · " + status(review.currentProperty().get()));
        }
    }

    private void tagPredicted() {
        Place p = review.currentProperty().get();
        if (p != null && onWord(p)) {
            accept();
            return;
        }
        int par = editor.area().getCurrentParagraph();
        Optional<Speaker> who = review.tagPredicted(par, caretWord()[0]);
        message.accept(who.map(s -> s.name() + " from here (the predicted speaker)")
                .orElse("No word at the caret to tag"));
    }

    /** Puts the caret on the suggestion's word, selected, and says who and why. */
    private void show(Optional<Place> place) {
        review.currentProperty().set(null);
        if (place.isEmpty()) {
            return;
        }
        Place p = place.get();
        String text = editor.area().getParagraph(p.paragraph()).getText();
        int[] cols = SuggestionEdits.wordColumns(text, p.word());
        if (cols == null) {
            return;
        }
        editor.centre(p.paragraph());
        editor.area().selectRange(p.paragraph(), cols[1], p.paragraph(), cols[0]);
        review.currentProperty().set(p);
        message.accept(status(p));
    }

    private String status(Place p) {
        if (p == null) {
            return "no more suggested turns after this one";
        }
        int[] at = review.position(p);
        return String.format(Locale.ROOT, "Suggested turn %d of %d: %s — %s (%.2f). Alt+Enter accepts, "
                        + "Alt+Backspace rejects, Ctrl+digit picks another speaker, Alt+Shift+Left/Right moves it", at[0], at[1],
                editor.roster().nameOf(p.suggestion().speakerId()), p.suggestion().explanation(),
                p.suggestion().score());
    }

    private boolean onWord(Place p) {
        if (editor.area().getCurrentParagraph() != p.paragraph()) {
            return false;
        }
        int[] cols = SuggestionEdits.wordColumns(editor.area().getParagraph(p.paragraph()).getText(), p.word());
        int column = editor.area().getCaretColumn();
        return cols != null && column >= cols[0] && column <= cols[1];
    }

    private GutterMark mark(int par) {
        return review.firstIn(par).map(p -> {
            String name = editor.roster().nameOf(p.suggestion().speakerId());
            // One character: the gutter is narrow and the colour says who; the tooltip says the rest.
            return new GutterMark(p.suggestion().speakerId(), "▸",
                    String.format(Locale.ROOT, "Suggested turn: %s from \"%s\" — %s (%.2f). F8 goes there.", name,
                            wordText(p), p.suggestion().explanation(), p.suggestion().score()));
        }).orElse(null);
    }

    private String wordText(Place p) {
        String text = editor.area().getParagraph(p.paragraph()).getText();
        int[] cols = SuggestionEdits.wordColumns(text, p.word());
        return cols == null ? "" : text.substring(cols[0], cols[1]);
    }

    public void dispose() {
        if (window != null) {
            window.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        review.dispose();
    }
}
