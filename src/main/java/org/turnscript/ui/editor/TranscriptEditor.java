package org.turnscript.ui.editor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.undo.UndoManager;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.reactfx.EventStream;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.Speaker;
import org.turnscript.model.Transcript;
import org.turnscript.model.Turns;
import org.turnscript.model.Word;
import org.turnscript.ui.session.EditorChange;
import org.turnscript.ui.session.ParStyle;
import org.turnscript.ui.session.PreparedDocument;
import org.turnscript.ui.session.TranscriptBuffer;
import org.turnscript.ui.session.TranscriptDocuments;
import org.turnscript.ui.session.WordBoundaries;
import org.turnscript.ui.session.WordStyle;

/**
 * The transcript area over a {@link TranscriptBuffer}: the caret-based keyboard commands for speakers and
 * segments, the gutter and navigation. The buffer holds the document and its one undo history; this class only
 * says where (the caret) and moves the view afterwards.
 */
public final class TranscriptEditor {

    /** How many paragraphs around the one asked for get their chip worked out in the same pass. */
    private static final int TURN_WINDOW = 64;

    private final TranscriptBuffer buffer;
    private final TranscriptArea area;
    private final SpeakerGutter gutter;
    private final org.turnscript.ui.session.BufferChapters chapters;
    /** What a key did not do and why, for the status bar. */
    private final org.reactfx.EventSource<String> notices = new org.reactfx.EventSource<>();
    /** Chips worked out since the last change; dropped on every change, so it is never stale. */
    private Turns.Span turns;

    /** An editor over a buffer of its own (tests, benchmarks). */
    public TranscriptEditor() {
        this(new TranscriptBuffer());
    }

    public TranscriptEditor(TranscriptBuffer buffer) {
        this.buffer = buffer;
        this.area = new TranscriptArea(buffer.document());
        this.chapters = new org.turnscript.ui.session.BufferChapters(buffer);
        area.setUndoManager(buffer.undoManager());
        gutter = new SpeakerGutter(this);
        area.setParagraphGraphicFactory(gutter);
        buffer.changes().subscribe(c -> turns = null);
        buffer.document().multiRichChanges().subscribe(this::refreshGutterAround);
        buffer.replayedAt().subscribe(offset -> {
            area.moveTo(offset);
            refreshVisibleGutter(); // a replayed tag may change every chip on screen
        });
        buffer.rosterProperty().addListener((obs, before, after) -> refreshVisibleGutter());
        // A document loaded by the session (opened, recovered) starts with the caret on its first word.
        buffer.loaded().subscribe(t -> {
            area.moveTo(0);
            area.requestFollowCaret();
        });
        installKeys();
    }

    // ---- State ------------------------------------------------------------------------------------

    public TranscriptBuffer buffer() {
        return buffer;
    }

    /** The document's chapters and the commands on them. */
    public org.turnscript.ui.session.BufferChapters chapters() {
        return chapters;
    }

    /** The chapter heading shown above paragraph {@code par} ("§ Title"), or null when it has none on screen. */
    public String chapterHeadingShown(int par) {
        return par < area.getParagraphs().size() ? ChapterHeading.shownTitle(area.getParagraphGraphic(par)) : null;
    }

    public TranscriptArea area() {
        return area;
    }

    /** Messages about keys that changed nothing ("Enter splits between two words…"). */
    public EventStream<String> notices() {
        return notices;
    }

    public ReadOnlyObjectProperty<Roster> rosterProperty() {
        return buffer.rosterProperty();
    }

    public Roster roster() {
        return buffer.roster();
    }

    public ObjectProperty<Metadata> metadataProperty() {
        return buffer.metadataProperty();
    }

    public UndoManager<List<EditorChange>> undoManager() {
        return buffer.undoManager();
    }

    public ObservableBooleanValue atSavedState() {
        return buffer.atSavedState();
    }

    public void markSaved() {
        buffer.markSaved();
    }

    public EventStream<?> changes() {
        return buffer.changes();
    }

    /** Replaces the whole document; the undo history starts afresh. */
    public void load(Transcript t) {
        load(PreparedDocument.of(t));
    }

    public void load(PreparedDocument prepared) {
        buffer.load(prepared);
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Loads work that was never saved (a recovered journal): the document starts out unsaved. */
    public void loadUnsaved(Transcript t) {
        buffer.loadUnsaved(PreparedDocument.of(t));
        area.moveTo(0);
    }

    /** The document as a transcript, for saving and exporting. */
    public Transcript snapshot() {
        return buffer.transcript();
    }

    /** The time of the word at the caret, or {@link Word#UNKNOWN_TIME}. */
    public long caretTimeMs() {
        int par = area.getCurrentParagraph();
        Paragraph<ParStyle, String, WordStyle> p = area.getParagraph(par);
        if (p.length() == 0) {
            return Word.UNKNOWN_TIME;
        }
        int col = Math.min(area.getCaretColumn(), p.length() - 1);
        WordStyle s = p.getStyleOfChar(col);
        return s.isTimed() ? s.start() : paragraphStart(par);
    }

    public long paragraphStart(int par) {
        return buffer.paragraphStart(par);
    }

    /** Who speaks in a paragraph, tagged or continuing the turn before it; {@code null} before the first tag. */
    public String effectiveSpeaker(int par) {
        return turnsAround(par).effectiveSpeaker(par);
    }

    public boolean startsTurn(int par) {
        return turnsAround(par).startsTurn(par);
    }

    private Turns.Span turnsAround(int par) {
        if (turns == null || !turns.covers(par)) {
            turns = buffer.turns(Math.max(0, par - TURN_WINDOW / 2),
                    Math.min(buffer.paragraphCount(), par + TURN_WINDOW / 2 + 1));
        }
        return turns;
    }

    // ---- Speaker commands ---------------------------------------------------------------------------

    /** "From this word on, speaker {@code key} speaks": split at the caret's word and tag the second part. */
    public boolean speakerFromCaret(int key) {
        Optional<Speaker> speaker = buffer.roster().byKey(key);
        speaker.ifPresent(s -> split(s.id(), true));
        return speaker.isPresent();
    }

    public boolean assignSegment(int key) {
        Optional<Speaker> speaker = buffer.roster().byKey(key);
        speaker.ifPresent(s -> buffer.setSpeaker(area.getCurrentParagraph(), s.id()));
        return speaker.isPresent();
    }

    public void unassignSegment() {
        buffer.setSpeaker(area.getCurrentParagraph(), null);
    }

    public void sameSpeakerAsPrevious() {
        int par = area.getCurrentParagraph();
        if (par > 0) {
            buffer.setSpeaker(par, effectiveSpeaker(par - 1));
        }
    }

    // ---- Segment commands ---------------------------------------------------------------------------

    /** Enter: splits the segment at the caret's word boundary (never inside a word, never leaving an empty part). */
    public boolean splitAtCaret() {
        return split(null, false);
    }

    private boolean split(String speakerId, boolean assign) {
        var before = buffer.document().snapshot();
        int caret = buffer.split(area.getCurrentParagraph(), area.getCaretColumn(), speakerId, assign);
        if (buffer.document().snapshot() == before) {
            // Nothing changed: say why, rather than leave the key looking ignored.
            notices.push(assign ? "This turn is " + buffer.roster().byId(speakerId).map(Speaker::name).orElse("")
                    + "'s already" : "Enter splits a segment between two words: the caret is at its first or after its"
                    + " last word");
            if (caret < 0) {
                return false;
            }
        }
        area.moveTo(caret);
        if (assign) {
            reveal(area.getCurrentParagraph()); // a new turn is centred when it would sit at an edge
        } else {
            area.requestFollowCaret();
        }
        return true;
    }

    /**
     * Shows the caret's paragraph after a command moved it: where it is when it sits comfortably on screen, in the
     * middle of the view when it is off screen or at an edge (a new turn at the bottom edge is easy to miss).
     */
    private void reveal(int par) {
        var visible = area.getVisibleParagraphs();
        int first = visible.isEmpty() ? -1 : area.visibleParToAllParIndex(0);
        int last = visible.isEmpty() ? -1 : area.visibleParToAllParIndex(visible.size() - 1);
        if (par > first && par < last - 1) {
            area.requestFollowCaret();
        } else {
            centre(par);
        }
    }

    /** Backspace at a segment's start: merges it into the previous segment, which keeps its speaker. */
    public boolean mergeWithPrevious() {
        int par = area.getCurrentParagraph();
        if (par == 0) {
            return false;
        }
        area.moveTo(buffer.join(par - 1));
        return true;
    }

    /** Delete at a segment's end: merges the next segment into this one. */
    public boolean mergeWithNext() {
        int par = area.getCurrentParagraph();
        if (par >= area.getParagraphs().size() - 1) {
            return false;
        }
        area.moveTo(buffer.join(par));
        return true;
    }

    /** Puts {@code mark} after the word at the caret and fixes the next word's capital; one undo step. */
    public boolean punctuateAtCaret(char mark) {
        int caret = buffer.punctuate(area.getCurrentParagraph(), area.getCaretColumn(), mark);
        if (caret < 0) {
            return false;
        }
        area.moveTo(caret);
        return true;
    }

    /**
     * The caret's word as {segment index, word index} in a transcript of the document (which skips paragraphs
     * without words), or null on a blank paragraph.
     */
    public int[] caretWord() {
        int par = area.getCurrentParagraph();
        String text = area.getParagraph(par).getText();
        int[] word = WordBoundaries.wordAround(text, area.getCaretColumn());
        if (word == null) {
            return null;
        }
        int segment = 0;
        for (int i = 0; i < par; i++) {
            if (TranscriptDocuments.hasWords(area.getParagraph(i))) {
                segment++;
            }
        }
        return new int[] {segment, WordBoundaries.wordIndexAt(text, word[0])};
    }

    /**
     * Anchors the word at the caret at {@code startMs}: its time becomes a fact and the estimated words between
     * it and the neighbouring fixed words are re-spread. One undo step.
     *
     * @throws IllegalArgumentException when the time is not between the neighbouring fixed words, in words
     */
    public void anchorWordAtCaret(long startMs) {
        int[] at = caretWord();
        if (at == null) {
            throw new IllegalArgumentException("the caret is not on a word");
        }
        keepingView(() -> buffer.anchor(at[0], at[1], startMs));
    }

    /**
     * Runs a change that may replace many paragraphs (an anchor, cleanup) and puts the caret and the view back
     * where they were: replacing the paragraphs on screen would otherwise scroll the document to its top.
     */
    public void keepingView(Runnable change) {
        int caret = area.getCaretPosition();
        int top = area.getVisibleParagraphs().isEmpty() ? area.getCurrentParagraph() : area.visibleParToAllParIndex(0);
        change.run();
        area.moveTo(Math.min(caret, area.getLength()));
        area.showParagraphAtTop(Math.min(top, area.getParagraphs().size() - 1));
    }

    /** The text of the word at the caret, for prompts. */
    public String caretWordText() {
        String text = area.getParagraph(area.getCurrentParagraph()).getText();
        int[] word = WordBoundaries.wordAround(text, area.getCaretColumn());
        return word == null ? "" : text.substring(word[0], word[1]);
    }

    // ---- Navigation ---------------------------------------------------------------------------------

    /** Moves the caret to the start of the next turn (the next paragraph whose speaker differs). */
    public boolean nextTurn() {
        int count = area.getParagraphs().size();
        for (int i = area.getCurrentParagraph() + 1; i < count; i++) {
            if (area.getParagraph(i).getParagraphStyle().speakerId() != null && startsTurn(i)) {
                return moveToParagraph(i);
            }
        }
        return false;
    }

    /** Moves the caret to the start of the current turn, or of the turn before when already there. */
    public boolean previousTurn() {
        int start = area.getCaretColumn() == 0 ? area.getCurrentParagraph() - 1 : area.getCurrentParagraph();
        for (int i = start; i > 0; i--) {
            if (area.getParagraph(i).getParagraphStyle().speakerId() != null && startsTurn(i)) {
                return moveToParagraph(i);
            }
        }
        return start >= 0 && moveToParagraph(0);
    }

    /** Puts the caret at a paragraph's start and shows that paragraph in the middle of the view. */
    public boolean moveToParagraph(int par) {
        area.moveTo(par, 0);
        centre(par);
        return true;
    }

    /** Scrolls so that {@code par} sits in the middle of the view: a jump lands where the eye is, not at an edge. */
    public void centre(int par) {
        area.showParagraphAtCenter(par);
    }

    /** Moves the caret to the first word at or after {@code ms}. */
    public void moveToTime(long ms) {
        int count = area.getParagraphs().size();
        // Segments are in time order: a binary search over their starts, skipping untimed paragraphs.
        int lo = 0;
        int hi = count - 1;
        int target = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int probe = mid;
            long start = Word.UNKNOWN_TIME;
            while (probe <= hi && (start = paragraphStart(probe)) < 0) {
                probe++;
            }
            if (start < 0) {
                hi = mid - 1;
            } else if (start <= ms) {
                target = probe;
                lo = probe + 1;
            } else {
                hi = mid - 1;
            }
        }
        moveToParagraph(target);
    }

    // ---- Roster commands (undoable) -----------------------------------------------------------------

    public void setRoster(Roster next) {
        buffer.setRoster(next);
    }

    public void addSpeaker(String name) {
        buffer.addSpeaker(name);
    }

    public void renameSpeaker(String id, String newName) {
        buffer.renameSpeaker(id, newName);
    }

    public void recolorSpeaker(String id, String color) {
        buffer.recolorSpeaker(id, color);
    }

    public void setSpeakerKey(String id, int key) {
        buffer.setSpeakerKey(id, key);
    }

    public void moveSpeaker(String id, int newIndex) {
        buffer.moveSpeaker(id, newIndex);
    }

    public void mergeSpeakers(String fromId, String intoId) {
        buffer.mergeSpeakers(fromId, intoId);
    }

    public void deleteSpeaker(String id, String replacementId) {
        buffer.deleteSpeaker(id, replacementId);
    }

    // ---- Gutter ---------------------------------------------------------------------------------------

    private java.util.function.IntFunction<GutterMark> gutterMarks = par -> null;

    /** What else the gutter shows beside a paragraph (null for nothing); call {@link #refreshVisibleGutter} after. */
    public void setGutterMarks(java.util.function.IntFunction<GutterMark> marks) {
        this.gutterMarks = marks;
    }

    GutterMark gutterMark(int par) {
        return gutterMarks.apply(par);
    }

    /**
     * A paragraph's chip depends on the paragraphs before it (turns continue), which RichTextFX does not know:
     * a change of speaker or of paragraphs redraws every chip on screen; typing redraws only its own.
     */
    private void refreshGutterAround(List<RichTextChange<ParStyle, String, WordStyle>> changes) {
        turns = null;
        for (RichTextChange<ParStyle, String, WordStyle> c : changes) {
            boolean sameStructure = c.getInserted().getParagraphs().size() == 1
                    && c.getRemoved().getParagraphs().size() == 1
                    && Objects.equals(c.getInserted().getParagraphStyleAtPosition(0),
                    c.getRemoved().getParagraphStyleAtPosition(0));
            if (!sameStructure) {
                refreshVisibleGutter();
                return;
            }
        }
        for (RichTextChange<ParStyle, String, WordStyle> c : changes) {
            int par = buffer.paragraphAt(c.getPosition());
            if (area.allParToVisibleParIndex(par).isPresent()) {
                gutter.update(area.getParagraphGraphic(par), par);
            }
        }
    }

    /** Brings the chips on screen up to date, e.g. after a rename, a recolour or a new turn. */
    public void refreshVisibleGutter() {
        // The indexes first: reaching a paragraph's graphic can lay out the view and change the visible list.
        // Between a change and the next layout RichTextFX's visible list can name more cells than its index check
        // allows (seen after a roster change right after a save); the chips past that point are made afresh by
        // the graphic factory when those cells are laid out, so the refresh stops there.
        int visible = area.getVisibleParagraphs().size();
        List<Integer> pars = new java.util.ArrayList<>(visible);
        for (int i = 0; i < visible; i++) {
            try {
                pars.add(area.visibleParToAllParIndex(i));
            } catch (IllegalArgumentException stale) {
                break;
            }
        }
        for (int par : pars) {
            if (par < area.getParagraphs().size()) {
                gutter.update(area.getParagraphGraphic(par), par);
            }
        }
    }

    /** Enter, Backspace and Delete act on segments at their boundaries instead of on raw newlines. */
    private void installKeys() {
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.ENTER), e -> splitAtCaret()),
                InputMap.consumeWhen(EventPattern.keyPressed(KeyCode.BACK_SPACE),
                        () -> area.getSelection().getLength() == 0 && area.getCaretColumn() == 0
                                && area.getCurrentParagraph() > 0,
                        e -> mergeWithPrevious()),
                InputMap.consumeWhen(EventPattern.keyPressed(KeyCode.DELETE),
                        () -> area.getSelection().getLength() == 0
                                && area.getCaretColumn() == area.getParagraph(area.getCurrentParagraph()).length()
                                && area.getCurrentParagraph() < area.getParagraphs().size() - 1,
                        e -> mergeWithNext())));
    }
}
