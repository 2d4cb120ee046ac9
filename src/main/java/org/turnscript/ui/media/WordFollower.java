package org.turnscript.ui.media;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.turnscript.ui.editor.TranscriptArea;
import org.turnscript.ui.session.ParStyle;
import org.turnscript.ui.session.TranscriptBuffer;
import org.turnscript.ui.session.WordStyle;

/**
 * The word being said, highlighted in the text as a second selection of the area (never a change of the document,
 * so it does not touch the undo history or the journal), and the view following it when asked. Ctrl+click on a
 * word seeks there. The caret stays where the user types.
 */
public final class WordFollower {

    private final TranscriptArea area;
    private final TranscriptBuffer buffer;
    private final Playback playback;
    private final Selection<ParStyle, String, WordStyle> spoken;
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private SpokenWords.WordAt shown;

    public WordFollower(TranscriptArea area, TranscriptBuffer buffer, Playback playback) {
        this.area = area;
        this.buffer = buffer;
        this.playback = playback;
        this.spoken = new SelectionImpl<>("spoken-word", area, path -> path.getStyleClass().add("spoken-word"));
        area.addSelection(spoken);
        playback.positionProperty().addListener((o, a, ms) -> show(ms.longValue()));
        playback.playerProperty().addListener((o, a, p) -> {
            if (p == null) {
                clear();
            } else {
                show(playback.positionMs()); // the word at the start is marked before anything plays
            }
        });
        // Any edit can move the words: the highlight is worked out again at the next position.
        buffer.changes().subscribe(c -> shown = null);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::seekOnShortcutClick);
    }

    /** Whether the view scrolls to keep the spoken word in sight. */
    public BooleanProperty followProperty() {
        return follow;
    }

    /** The highlighted word, if any. */
    public Optional<SpokenWords.WordAt> shown() {
        return Optional.ofNullable(shown);
    }

    /** The highlighted text (empty when none), for tests and the accessible text. */
    public String shownText() {
        return spoken.getSelectedText();
    }

    public javafx.beans.value.ObservableValue<String> shownTextProperty() {
        return spoken.selectedTextProperty();
    }

    void show(long ms) {
        if (!playback.hasMedia()) {
            return;
        }
        Optional<SpokenWords.WordAt> word = SpokenWords.at(buffer, ms);
        if (word.isEmpty()) {
            clear();
            return;
        }
        SpokenWords.WordAt w = word.get();
        if (w.equals(shown)) {
            return;
        }
        shown = w;
        spoken.selectRange(w.paragraph(), w.start(), w.paragraph(), w.end());
        if (follow.get()) {
            reveal(w.paragraph());
        }
    }

    private void clear() {
        shown = null;
        spoken.selectRange(0, 0);
    }

    /** Scrolls only when the word's paragraph is off screen or at its lower edge, so reading along is calm. */
    private void reveal(int par) {
        var visible = area.getVisibleParagraphs();
        if (visible.isEmpty()) {
            area.showParagraphAtTop(par);
            return;
        }
        int first = area.visibleParToAllParIndex(0);
        int last = area.visibleParToAllParIndex(visible.size() - 1);
        if (par < first || par >= last) {
            area.showParagraphAtTop(Math.max(0, par - 1));
        }
    }

    /** Ctrl+click (Cmd+click on macOS): the word under the pointer is played from. */
    private void seekOnShortcutClick(MouseEvent e) {
        if (!e.isShortcutDown() || !playback.hasMedia()) {
            return;
        }
        var hit = area.hit(e.getX(), e.getY());
        int offset = hit.getCharacterIndex().orElse(hit.getInsertionIndex());
        var pos = area.offsetToPosition(Math.min(offset, area.getLength()),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        long ms = SpokenWords.timeAt(buffer, pos.getMajor(), pos.getMinor());
        if (ms >= 0) {
            playback.seek(ms);
        }
    }
}
