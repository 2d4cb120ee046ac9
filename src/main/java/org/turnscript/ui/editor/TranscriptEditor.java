package org.turnscript.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.undo.UndoManager;
import org.fxmisc.undo.UndoManagerFactory;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.reactfx.EventSource;
import org.reactfx.EventStream;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Speaker;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.timing.Anchors;

/**
 * The editing logic around the {@link TranscriptArea}: loading a transcript, taking a snapshot of it, and the
 * keyboard commands for speakers and segments. Every command is one step of a single undo history shared with
 * typing, so Ctrl+Z undoes exactly what the last keystroke did.
 */
public final class TranscriptEditor {

    private final TranscriptArea area = new TranscriptArea();
    private final ObjectProperty<Roster> roster = new SimpleObjectProperty<>(Roster.EMPTY);
    private final ObjectProperty<Metadata> metadata = new SimpleObjectProperty<>(Metadata.EMPTY);
    private final EventSource<List<EditorChange>> rosterEdits = new EventSource<>();
    /** What undo and redo replayed, reported to the undo manager exactly as it asked for it. */
    private final EventSource<List<EditorChange>> replayed = new EventSource<>();
    private boolean replaying;
    private final UndoManager<List<EditorChange>> undo;
    /** Set when the loaded document itself is unsaved work (a recovered journal). */
    private final BooleanProperty loadedUnsaved = new SimpleBooleanProperty(false);
    private final BooleanBinding saved;
    private final SpeakerGutter gutter;

    public TranscriptEditor() {
        EventStream<List<EditorChange>> textEdits = area.multiRichChanges().filter(c -> !replaying)
                .map(TranscriptEditor::wrap);
        undo = UndoManagerFactory.unlimitedHistoryFactory().createMultiChangeUM(
                EventStreams.merge(textEdits, rosterEdits, replayed),
                EditorChange::invert,
                this::apply,
                EditorChange::mergeWith,
                EditorChange::isIdentity,
                UndoUtils.DEFAULT_PREVENT_MERGE_DELAY);
        area.setUndoManager(undo);
        saved = Bindings.createBooleanBinding(() -> undo.atMarkedPositionProperty().getValue() && !loadedUnsaved.get(),
                undo.atMarkedPositionProperty(), loadedUnsaved);
        gutter = new SpeakerGutter(this);
        area.setParagraphGraphicFactory(gutter);
        area.multiRichChanges().subscribe(this::refreshGutterAround);
        roster.addListener((obs, before, after) -> refreshVisibleGutter());
        installKeys();
    }

    // ---- State ------------------------------------------------------------------------------------

    public TranscriptArea area() {
        return area;
    }

    public ReadOnlyObjectProperty<Roster> rosterProperty() {
        return roster;
    }

    public Roster roster() {
        return roster.get();
    }

    public ObjectProperty<Metadata> metadataProperty() {
        return metadata;
    }

    public UndoManager<List<EditorChange>> undoManager() {
        return undo;
    }

    /** True while the document equals what was last loaded or saved. */
    public ObservableBooleanValue atSavedState() {
        return saved;
    }

    /** Marks the current state as saved. */
    public void markSaved() {
        undo.mark();
        loadedUnsaved.set(false);
    }

    /** Every change, text or roster, for views that redraw (status bar, charts). */
    public EventStream<?> changes() {
        return EventStreams.merge(area.multiRichChanges(), rosterEdits);
    }

    /**
     * Replaces the whole document; the undo history starts afresh. Only turn starts keep their tags (files that
     * label every cue come in tagged throughout), so "from this word on, Kate speaks" re-attributes the rest of
     * the turn wherever the document came from.
     */
    public void load(Transcript t) {
        metadata.set(t.metadata());
        roster.set(t.roster());
        area.replace(0, area.getLength(), TranscriptDocuments.toDocument(t.keepTurnStartsOnly()));
        area.moveTo(0);
        area.requestFollowCaret();
        undo.forgetHistory();
        undo.mark();
        loadedUnsaved.set(false);
    }

    /** Loads work that was never saved (a recovered journal): the document starts out unsaved. */
    public void loadUnsaved(Transcript t) {
        load(t);
        loadedUnsaved.set(true);
    }

    /** The document as a transcript, for saving and exporting. */
    public Transcript snapshot() {
        return TranscriptDocuments.toTranscript(area.getParagraphs(), roster.get(), metadata.get());
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

    /** Start time of a paragraph's first timed word, or {@link Word#UNKNOWN_TIME}. */
    public long paragraphStart(int par) {
        for (StyledSegment<String, WordStyle> seg : area.getParagraph(par).getStyledSegments()) {
            if (seg.getStyle().isTimed() && !seg.getSegment().isBlank()) {
                return seg.getStyle().start();
            }
        }
        return Word.UNKNOWN_TIME;
    }

    /**
     * Who speaks in a paragraph: its own speaker, or, for an untagged speech paragraph, the speaker of the turn
     * it continues (see {@link Transcript#resolveContinuedSpeakers()}); {@code null} before the first tag.
     */
    public String effectiveSpeaker(int par) {
        ParStyle own = area.getParagraph(par).getParagraphStyle();
        if (own.speakerId() != null || own.kind() != SegmentKind.SPEECH) {
            return own.speakerId(); // a sound belongs to whoever it was given to, or to nobody
        }
        for (int i = par - 1; i >= 0; i--) {
            ParStyle ps = area.getParagraph(i).getParagraphStyle();
            if (ps.kind() == SegmentKind.SPEECH && ps.speakerId() != null) {
                return ps.speakerId(); // sounds neither start nor end a turn, as in the model
            }
        }
        return null;
    }

    /** Whether a paragraph starts a turn: its speaker differs from the last speech paragraph's before it. */
    public boolean startsTurn(int par) {
        if (area.getParagraph(par).getParagraphStyle().kind() != SegmentKind.SPEECH) {
            return false;
        }
        for (int i = par - 1; i >= 0; i--) {
            if (area.getParagraph(i).getParagraphStyle().kind() == SegmentKind.SPEECH) {
                return !Objects.equals(effectiveSpeaker(i), effectiveSpeaker(par));
            }
        }
        return true;
    }

    // ---- Speaker commands ---------------------------------------------------------------------------

    /** "From this word on, speaker {@code key} speaks": split at the caret's word and tag the second part. */
    public boolean speakerFromCaret(int key) {
        Optional<Speaker> speaker = roster.get().byKey(key);
        speaker.ifPresent(s -> splitAtCaret(s.id(), true));
        return speaker.isPresent();
    }

    /** Tags the whole segment at the caret with speaker {@code key}. */
    public boolean assignSegment(int key) {
        Optional<Speaker> speaker = roster.get().byKey(key);
        speaker.ifPresent(s -> setSpeaker(area.getCurrentParagraph(), s.id()));
        return speaker.isPresent();
    }

    /** Clears the speaker of the segment at the caret. */
    public void unassignSegment() {
        setSpeaker(area.getCurrentParagraph(), null);
    }

    /** Gives the segment at the caret the speaker of the segment before it. */
    public void sameSpeakerAsPrevious() {
        int par = area.getCurrentParagraph();
        if (par > 0) {
            setSpeaker(par, effectiveSpeaker(par - 1));
        }
    }

    private void setSpeaker(int par, String speakerId) {
        ParStyle old = area.getParagraph(par).getParagraphStyle();
        if (!Objects.equals(old.speakerId(), speakerId)) {
            area.setParagraphStyle(par, old.withSpeaker(speakerId));
        }
    }

    // ---- Segment commands ---------------------------------------------------------------------------

    /** Enter: splits the segment at the caret's word boundary (never inside a word, never leaving an empty part). */
    public boolean splitAtCaret() {
        return splitAtCaret(null, false);
    }

    private boolean splitAtCaret(String newSpeakerId, boolean assign) {
        int par = area.getCurrentParagraph();
        Paragraph<ParStyle, String, WordStyle> p = area.getParagraph(par);
        String text = p.getText();
        int wordStart = WordBoundaries.wordStartAt(text, area.getCaretColumn());
        int leftEnd = WordBoundaries.trimEnd(text, wordStart);
        if (assign && leftEnd == 0) {
            setSpeaker(par, newSpeakerId); // the caret's word is the first: the whole segment changes hands
            return true;
        }
        if (leftEnd == 0 || wordStart >= text.length()) {
            return false;
        }
        ParStyle rightStyle = assign ? p.getParagraphStyle().withSpeaker(newSpeakerId) : p.getParagraphStyle();
        ReadOnlyStyledDocument<ParStyle, String, WordStyle> halves =
                new ReadOnlyStyledDocumentBuilder<ParStyle, String, WordStyle>(TranscriptDocuments.OPS,
                        p.getParagraphStyle())
                        .addParagraph(p.subSequence(0, leftEnd).getStyledSegments(), p.getParagraphStyle())
                        .addParagraph(p.subSequence(wordStart).getStyledSegments(), rightStyle)
                        .build();
        int start = area.getAbsolutePosition(par, 0);
        area.replace(start, start + p.length(), halves);
        area.moveTo(par + 1, 0);
        area.requestFollowCaret();
        return true;
    }

    /** Backspace at a segment's start: merges it into the previous segment, which keeps its speaker. */
    public boolean mergeWithPrevious() {
        int par = area.getCurrentParagraph();
        if (par == 0) {
            return false;
        }
        joinParagraphs(par - 1);
        return true;
    }

    /** Delete at a segment's end: merges the next segment into this one. */
    public boolean mergeWithNext() {
        int par = area.getCurrentParagraph();
        if (par >= area.getParagraphs().size() - 1) {
            return false;
        }
        joinParagraphs(par);
        return true;
    }

    /**
     * Joins paragraph {@code first} and the one after it, with one space between their words, as one replace of
     * both: the joined segment keeps the first one's speaker (or takes the second's when the first has none and
     * is a sound), and is speech when either part is.
     */
    private void joinParagraphs(int first) {
        Paragraph<ParStyle, String, WordStyle> a = area.getParagraph(first);
        Paragraph<ParStyle, String, WordStyle> b = area.getParagraph(first + 1);
        ParStyle sa = a.getParagraphStyle();
        ParStyle sb = b.getParagraphStyle();
        SegmentKind kind = sa.kind() == SegmentKind.SPEECH || sb.kind() == SegmentKind.SPEECH
                ? SegmentKind.SPEECH : sa.kind();
        String speaker = sa.speakerId() != null || sa.kind() == SegmentKind.SPEECH ? sa.speakerId() : sb.speakerId();
        List<StyledSegment<String, WordStyle>> joined = new ArrayList<>(a.getStyledSegments());
        boolean needsSpace = a.length() > 0 && b.length() > 0 && !Character.isWhitespace(a.charAt(a.length() - 1));
        if (needsSpace) {
            joined.add(new StyledSegment<>(" ", a.getStyleOfChar(a.length() - 1)));
        }
        joined.addAll(b.getStyledSegments());
        int start = area.getAbsolutePosition(first, 0);
        int caret = start + a.length() + (needsSpace ? 1 : 0);
        area.replace(start, start + a.length() + 1 + b.length(),
                new ReadOnlyStyledDocumentBuilder<ParStyle, String, WordStyle>(TranscriptDocuments.OPS, sa)
                        .addParagraph(joined, new ParStyle(speaker, kind)).build());
        area.moveTo(caret);
    }

    /**
     * Puts {@code mark} ({@code .} {@code ?} {@code ,}) after the word at the caret, replacing punctuation already
     * there, and fixes the case of the next word: capitalised after a sentence end; after a comma, lower case
     * again if only cleanup or an earlier mark capitalised it. One undo step.
     */
    public boolean punctuateAtCaret(char mark) {
        int par = area.getCurrentParagraph();
        Paragraph<ParStyle, String, WordStyle> p = area.getParagraph(par);
        String text = p.getText();
        int[] word = WordBoundaries.wordAround(text, area.getCaretColumn());
        if (word == null) {
            return false;
        }
        int punctStart = word[1];
        while (punctStart > word[0] + 1 && ".,?!;:".indexOf(text.charAt(punctStart - 1)) >= 0) {
            punctStart--;
        }
        int base = area.getAbsolutePosition(par, 0);
        MultiChangeBuilder<ParStyle, String, WordStyle> change = area.createMultiChange(2);
        // Positions are those of the document before the change, in ascending order (replace, not
        // replaceAbsolutely), which is the shape undo replays. The replacement starts at the word's last letter
        // so it never removes nothing: an empty removal comes back from undo in another shape.
        WordStyle wordStyle = p.getStyleOfChar(punctStart - 1);
        change.replace(base + punctStart - 1, base + word[1], ReadOnlyStyledDocument.fromString(
                text.charAt(punctStart - 1) + String.valueOf(mark), p.getParagraphStyle(), wordStyle,
                TranscriptDocuments.OPS));
        int[] next = nextWordStart(par, word[1]);
        if (next != null) {
            Paragraph<ParStyle, String, WordStyle> np = area.getParagraph(next[0]);
            char first = np.charAt(next[1]);
            WordStyle style = np.getStyleOfChar(next[1]);
            char fixed = mark == ',' ? lowerAfterComma(np.getText(), next[1], style) : Character.toUpperCase(first);
            if (fixed != first) {
                int at = area.getAbsolutePosition(next[0], next[1]);
                change.replace(at, at + 1, ReadOnlyStyledDocument.fromString(String.valueOf(fixed),
                        np.getParagraphStyle(), style, TranscriptDocuments.OPS));
            }
        }
        change.commit();
        area.moveTo(base + punctStart + 1);
        return true;
    }

    /** The next word's first letter: later in this paragraph, or the first in the next one. */
    private int[] nextWordStart(int par, int from) {
        String text = area.getParagraph(par).getText();
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length()) {
            return new int[] {par, i};
        }
        if (par + 1 < area.getParagraphs().size()) {
            String next = area.getParagraph(par + 1).getText();
            int j = 0;
            while (j < next.length() && Character.isWhitespace(next.charAt(j))) {
                j++;
            }
            return j < next.length() ? new int[] {par + 1, j} : null;
        }
        return null;
    }

    /** "I" and names stay capitalised after a comma; a capital that was not in the original goes. */
    private static char lowerAfterComma(String text, int at, WordStyle style) {
        char c = text.charAt(at);
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String word = text.substring(at, end).replaceAll("[^\\p{L}']", "");
        boolean pronounI = word.equals("I") || word.startsWith("I'");
        String original = style.original();
        boolean capitalInOriginal = original != null && !original.isEmpty() && Character.isUpperCase(original.charAt(0));
        return pronounI || capitalInOriginal ? c : Character.toLowerCase(c);
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
        TranscriptPatch.apply(this, Anchors.setAnchor(snapshot(), at[0], at[1], startMs));
    }

    /** The caret's word as {segment index, word index} in {@link #snapshot()}, or null on a blank paragraph. */
    private int[] caretWord() {
        int par = area.getCurrentParagraph();
        String text = area.getParagraph(par).getText();
        int[] word = WordBoundaries.wordAround(text, area.getCaretColumn());
        if (word == null) {
            return null;
        }
        int segment = 0;
        for (int i = 0; i < par; i++) {
            if (!area.getParagraph(i).getText().isBlank()) {
                segment++; // snapshot() skips paragraphs without words
            }
        }
        return new int[] {segment, WordBoundaries.wordIndexAt(text, word[0])};
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

    public boolean moveToParagraph(int par) {
        area.moveTo(par, 0);
        area.requestFollowCaret();
        return true;
    }

    /** Moves the caret to the first word at or after {@code ms}. */
    public void moveToTime(long ms) {
        var pars = area.getParagraphs();
        int target = 0;
        for (int i = 0; i < pars.size(); i++) {
            long start = paragraphStart(i);
            if (start > ms) {
                break;
            }
            if (start >= 0) {
                target = i;
            }
        }
        moveToParagraph(target);
    }

    // ---- Roster commands (undoable) -----------------------------------------------------------------

    public void setRoster(Roster next) {
        Roster before = roster.get();
        if (!before.equals(next)) {
            roster.set(next);
            rosterEdits.push(List.of(new EditorChange.RosterEdit(before, next)));
        }
    }

    public void addSpeaker(String name) {
        setRoster(roster.get().withNewSpeaker(name));
    }

    /** Renames a speaker everywhere at once: segments refer to the id, so only the roster changes. */
    public void renameSpeaker(String id, String newName) {
        roster.get().byId(id).ifPresent(s -> setRoster(roster.get().replace(s.withName(newName.strip()))));
    }

    public void recolorSpeaker(String id, String color) {
        roster.get().byId(id).ifPresent(s -> setRoster(roster.get().replace(s.withColor(color))));
    }

    /** Gives a speaker a key 1–9; whoever had that key gives it up (and keeps no key). */
    public void setSpeakerKey(String id, int key) {
        Roster r = roster.get();
        Optional<Speaker> holder = r.byKey(key);
        if (holder.isPresent() && !holder.get().id().equals(id)) {
            r = r.replace(holder.get().withKey(0));
        }
        Roster updated = r;
        r.byId(id).ifPresent(s -> setRoster(updated.replace(s.withKey(key))));
    }

    public void moveSpeaker(String id, int newIndex) {
        setRoster(roster.get().move(id, newIndex));
    }

    /** Every segment of {@code fromId} goes to {@code intoId}, and {@code fromId} leaves the roster: one undo step. */
    public void mergeSpeakers(String fromId, String intoId) {
        asOneStep(() -> reassignParagraphs(fromId, intoId), roster.get().without(fromId));
    }

    /** Removes a speaker; their segments go to {@code replacementId}, or to nobody when it is null. One undo step. */
    public void deleteSpeaker(String id, String replacementId) {
        asOneStep(() -> reassignParagraphs(id, replacementId), roster.get().without(id));
    }

    /**
     * A text change and a roster change recorded as one entry of the undo history: what the area reports while
     * {@code textChange} runs is collected instead of recorded, then handed over together with the roster change.
     */
    private void asOneStep(Runnable textChange, Roster nextRoster) {
        List<EditorChange> step = new ArrayList<>();
        Subscription collect = area.multiRichChanges().subscribe(list -> list.forEach(c ->
                step.add(new EditorChange.TextEdit(c))));
        replaying = true;
        try {
            textChange.run();
        } finally {
            replaying = false;
            collect.unsubscribe();
        }
        Roster before = roster.get();
        if (!before.equals(nextRoster)) {
            roster.set(nextRoster);
            step.add(new EditorChange.RosterEdit(before, nextRoster));
        }
        if (!step.isEmpty()) {
            undo.preventMerge();
            replayed.push(step);
            undo.preventMerge();
        }
    }

    /** Re-tags many paragraphs as one undoable change. */
    private void reassignParagraphs(String fromId, String toId) {
        var pars = area.getParagraphs();
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < pars.size(); i++) {
            if (fromId.equals(pars.get(i).getParagraphStyle().speakerId())) {
                targets.add(i);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        MultiChangeBuilder<ParStyle, String, WordStyle> change = area.createMultiChange(targets.size());
        for (int i : targets) {
            Paragraph<ParStyle, String, WordStyle> p = pars.get(i);
            int start = area.getAbsolutePosition(i, 0);
            change.replace(start, start + p.length(), new ReadOnlyStyledDocumentBuilder<ParStyle, String,
                    WordStyle>(TranscriptDocuments.OPS, p.getParagraphStyle())
                    .addParagraph(p.getStyledSegments(), p.getParagraphStyle().withSpeaker(toId)).build());
        }
        change.commit();
    }

    /**
     * A paragraph's chip depends on the paragraphs before it (turns continue), which RichTextFX does not know:
     * a change of speaker or of paragraphs redraws every chip on screen; typing redraws only its own.
     */
    private void refreshGutterAround(List<RichTextChange<ParStyle, String, WordStyle>> changes) {
        for (RichTextChange<ParStyle, String, WordStyle> c : changes) {
            boolean sameStructure = c.getInserted().getParagraphs().size() == 1 && c.getRemoved().getParagraphs().size() == 1
                    && Objects.equals(c.getInserted().getParagraphStyleAtPosition(0),
                    c.getRemoved().getParagraphStyleAtPosition(0));
            if (!sameStructure) {
                refreshVisibleGutter();
                return;
            }
        }
        for (RichTextChange<ParStyle, String, WordStyle> c : changes) {
            int par = paragraphAt(c.getPosition());
            if (area.allParToVisibleParIndex(par).isPresent()) {
                gutter.update(area.getParagraphGraphic(par), par);
            }
        }
    }

    private int paragraphAt(int offset) {
        return area.offsetToPosition(Math.min(offset, area.getLength()),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
    }

    /** Brings the chips on screen up to date, e.g. after a rename, a recolour or a new turn. */
    public void refreshVisibleGutter() {
        int visible = area.getVisibleParagraphs().size();
        for (int i = 0; i < visible; i++) {
            int par = area.visibleParToAllParIndex(i);
            gutter.update(area.getParagraphGraphic(par), par);
        }
    }

    // ---- Wiring ---------------------------------------------------------------------------------------

    /**
     * Replays undo or redo. RichTextFX rebuilds a paragraph break without the paragraph style of the paragraph
     * after it (an empty paragraph takes its neighbour's style), so a replayed join of two speakers' segments
     * would come back with one speaker. The styles are therefore set again from the change itself, and the undo
     * manager is told exactly the change it replayed, rather than what the area reported along the way.
     */
    private void apply(List<EditorChange> changes) {
        replaying = true;
        try {
            for (EditorChange c : changes) {
                if (c instanceof EditorChange.TextEdit t) {
                    UndoUtils.applyMultiRichTextChange(area).accept(List.of(t.change()));
                    restoreParagraphStyles(t.change());
                } else if (c instanceof EditorChange.RosterEdit r) {
                    roster.set(r.after());
                }
            }
        } finally {
            replaying = false;
        }
        replayed.push(changes);
    }

    /** Gives the paragraphs a replayed change inserted the paragraph styles the change carries. */
    private void restoreParagraphStyles(RichTextChange<ParStyle, String, WordStyle> change) {
        var inserted = change.getInserted().getParagraphs();
        var start = area.offsetToPosition(change.getPosition(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        int firstPar = start.getMajor();
        for (int k = 0; k < inserted.size(); k++) {
            int par = firstPar + k;
            boolean wholeParagraph = k > 0 || start.getMinor() == 0;
            if (par < area.getParagraphs().size() && wholeParagraph
                    && !area.getParagraph(par).getParagraphStyle().equals(inserted.get(k).getParagraphStyle())) {
                area.setParagraphStyle(par, inserted.get(k).getParagraphStyle());
            }
        }
    }

    private static List<EditorChange> wrap(List<RichTextChange<ParStyle, String, WordStyle>> changes) {
        List<EditorChange> out = new ArrayList<>(changes.size());
        changes.forEach(c -> out.add(new EditorChange.TextEdit(c)));
        return out;
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
