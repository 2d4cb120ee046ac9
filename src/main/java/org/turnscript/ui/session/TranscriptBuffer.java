package org.turnscript.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.fxmisc.richtext.model.GenericEditableStyledDocument;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.Replacement;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.undo.UndoManager;
import org.fxmisc.undo.UndoManagerFactory;
import org.reactfx.EventSource;
import org.reactfx.EventStream;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;
import org.turnscript.model.Metadata;
import org.turnscript.model.Roster;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Speaker;
import org.turnscript.model.SpeakerSequence;
import org.turnscript.model.Transcript;
import org.turnscript.model.Turns;
import org.turnscript.model.Word;
import org.turnscript.timing.Anchors;

/**
 * The open document while it is edited, without any view: the styled document the transcript area shows
 * (paragraph = segment, paragraph style = speaker, text style = word time), the roster, the metadata and the one
 * undo history of typing, tagging, splitting, merging and roster edits.
 *
 * <p>Every edit is a change object that RichTextFX records (a {@link RichTextChange} of the paragraphs it
 * touched) or a {@link EditorChange.RosterEdit}; undo inverts and replays exactly those, so no edit, undo or
 * settle copies the whole document. Commands take the paragraph and column they act at; the view passes its
 * caret. Lives on the JavaFX thread; {@link #snapshot()} is an O(1) immutable copy for other threads.
 */
public final class TranscriptBuffer {

    private final GenericEditableStyledDocument<ParStyle, String, WordStyle> document =
            new GenericEditableStyledDocument<>(ParStyle.UNASSIGNED, WordStyle.TYPED, TranscriptDocuments.OPS);
    private final ObjectProperty<Roster> roster = new SimpleObjectProperty<>(Roster.EMPTY);
    private final ObjectProperty<Metadata> metadata = new SimpleObjectProperty<>(Metadata.EMPTY);
    private final EventSource<List<EditorChange>> rosterEdits = new EventSource<>();
    /** What undo and redo replayed (or a compound step), reported to the undo manager exactly as it asked. */
    private final EventSource<List<EditorChange>> replayed = new EventSource<>();
    /** Where the last undo or redo ended, for the view's caret. */
    private final EventSource<Integer> replayedAt = new EventSource<>();
    private final EventSource<Transcript> loaded = new EventSource<>();
    private boolean replaying;
    private final UndoManager<List<EditorChange>> undo;
    /** Set when the loaded document itself is unsaved work (a recovered journal). */
    private final BooleanProperty loadedUnsaved = new SimpleBooleanProperty(false);
    private final BooleanBinding saved;

    public TranscriptBuffer() {
        EventStream<List<EditorChange>> textEdits = document.multiRichChanges().filter(c -> !replaying)
                .map(TranscriptBuffer::wrap);
        undo = UndoManagerFactory.unlimitedHistoryFactory().createMultiChangeUM(
                EventStreams.merge(textEdits, rosterEdits, replayed),
                EditorChange::invert,
                this::apply,
                EditorChange::mergeWith,
                EditorChange::isIdentity,
                UndoUtils.DEFAULT_PREVENT_MERGE_DELAY);
        saved = Bindings.createBooleanBinding(() -> undo.atMarkedPositionProperty().getValue() && !loadedUnsaved.get(),
                undo.atMarkedPositionProperty(), loadedUnsaved);
    }

    // ---- State ------------------------------------------------------------------------------------

    /** The document the area shows and edits. */
    public GenericEditableStyledDocument<ParStyle, String, WordStyle> document() {
        return document;
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

    public void markSaved() {
        undo.mark();
        loadedUnsaved.set(false);
    }

    /** A change outside the undo history (a recording attached) that the next save must write. */
    public void markUnsaved() {
        loadedUnsaved.set(true);
    }

    /** Every change, text or roster. */
    public EventStream<?> changes() {
        return EventStreams.merge(document.multiRichChanges(), rosterEdits, replayed);
    }

    /** The document offset where each undo or redo ended. */
    public EventStream<Integer> replayedAt() {
        return replayedAt;
    }

    /** Each newly loaded document. */
    public EventStream<Transcript> loaded() {
        return loaded;
    }

    public int paragraphCount() {
        return document.getParagraphs().size();
    }

    public Paragraph<ParStyle, String, WordStyle> paragraph(int par) {
        return document.getParagraphs().get(par);
    }

    public int offsetOf(int par, int column) {
        return document.position(par, column).toOffset();
    }

    public int paragraphAt(int offset) {
        return document.offsetToPosition(Math.min(offset, document.getLength()), TwoDimensional.Bias.Forward)
                .getMajor();
    }

    // ---- Load and snapshot ---------------------------------------------------------------------------

    /**
     * Replaces the whole document with one prepared off the JavaFX thread ({@link PreparedDocument#of}); the undo
     * history starts afresh.
     */
    public void load(PreparedDocument prepared) {
        metadata.set(prepared.transcript().metadata());
        roster.set(prepared.transcript().roster());
        replaying = true;
        try {
            document.replace(0, document.getLength(), prepared.document());
        } finally {
            replaying = false;
        }
        undo.forgetHistory();
        undo.mark();
        loadedUnsaved.set(false);
        loaded.push(prepared.transcript());
    }

    /** Loads work that was never saved (a recovered journal): the document starts out unsaved. */
    public void loadUnsaved(PreparedDocument prepared) {
        load(prepared);
        loadedUnsaved.set(true);
    }

    /** An immutable copy of the document, roster and metadata: O(1), safe to read on any thread. */
    public BufferSnapshot snapshot() {
        return new BufferSnapshot(document.snapshot(), roster.get(), metadata.get());
    }

    /** The document as a transcript, for saving and exporting. */
    public Transcript transcript() {
        return snapshot().toTranscript();
    }

    // ---- Reading paragraphs --------------------------------------------------------------------------

    /** Start time of a paragraph's first timed word, or {@link Word#UNKNOWN_TIME}. */
    public long paragraphStart(int par) {
        for (StyledSegment<String, WordStyle> seg : paragraph(par).getStyledSegments()) {
            if (seg.getStyle().isTimed() && !seg.getSegment().isBlank()) {
                return seg.getStyle().start();
            }
        }
        return Word.UNKNOWN_TIME;
    }

    /** The paragraphs as the model's turn rule reads them: speaker tag and kind. */
    private final SpeakerSequence speakers = new SpeakerSequence() {
        @Override
        public int size() {
            return paragraphCount();
        }

        @Override
        public String speakerId(int i) {
            return paragraph(i).getParagraphStyle().speakerId();
        }

        @Override
        public SegmentKind kind(int i) {
            return paragraph(i).getParagraphStyle().kind();
        }
    };

    /**
     * Who speaks in paragraphs {@code from} (inclusive) to {@code to} (exclusive) and where turns start, by the model's one turn rule
     * ({@link Turns}), in one pass that walks back only once (the gutter draws many chips at a time).
     */
    public Turns.Span turns(int from, int to) {
        return Turns.span(speakers, from, to);
    }

    // ---- Speaker and segment commands ----------------------------------------------------------------

    public void setSpeaker(int par, String speakerId) {
        ParStyle old = paragraph(par).getParagraphStyle();
        if (!Objects.equals(old.speakerId(), speakerId)) {
            document.setParagraphStyle(par, old.withSpeaker(speakerId));
        }
    }

    /**
     * Splits paragraph {@code par} at the word boundary {@code column} means (never inside a word, never leaving
     * an empty part). With {@code assign}, the second part goes to {@code newSpeakerId}; when the boundary is
     * the first word, the whole paragraph does.
     *
     * @return the offset of the second part's start (where the caret goes), or -1 when nothing was split
     */
    public int split(int par, int column, String newSpeakerId, boolean assign) {
        Paragraph<ParStyle, String, WordStyle> p = TranscriptDocuments.withOwnTimes(paragraph(par));
        String text = p.getText();
        int wordStart = WordBoundaries.wordStartAt(text, column);
        int leftEnd = WordBoundaries.trimEnd(text, wordStart);
        if (assign && leftEnd == 0) {
            setSpeaker(par, newSpeakerId); // the caret's word is the first: the whole segment changes hands
            return offsetOf(par, 0);
        }
        if (leftEnd == 0 || wordStart >= text.length()) {
            return -1;
        }
        ParStyle rightStyle = assign ? p.getParagraphStyle().withSpeaker(newSpeakerId) : p.getParagraphStyle();
        ReadOnlyStyledDocument<ParStyle, String, WordStyle> halves =
                new ReadOnlyStyledDocumentBuilder<ParStyle, String, WordStyle>(TranscriptDocuments.OPS,
                        p.getParagraphStyle())
                        .addParagraph(p.subSequence(0, leftEnd).getStyledSegments(), p.getParagraphStyle())
                        .addParagraph(p.subSequence(wordStart).getStyledSegments(), rightStyle)
                        .build();
        int start = offsetOf(par, 0);
        document.replace(start, start + p.length(), halves);
        return offsetOf(par + 1, 0);
    }

    /**
     * Joins paragraph {@code first} and the one after it, with one space between their words, as one replace of
     * both: the joined segment keeps the first one's speaker (or takes the second's when the first has none and
     * is a sound), and is speech when either part is.
     *
     * @return the offset where the two parts meet (where the caret goes)
     */
    public int join(int first) {
        Paragraph<ParStyle, String, WordStyle> a = paragraph(first);
        Paragraph<ParStyle, String, WordStyle> b = paragraph(first + 1);
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
        int start = offsetOf(first, 0);
        int caret = start + a.length() + (needsSpace ? 1 : 0);
        document.replace(start, start + a.length() + 1 + b.length(),
                new ReadOnlyStyledDocumentBuilder<ParStyle, String, WordStyle>(TranscriptDocuments.OPS, sa)
                        .addParagraph(joined, new ParStyle(speaker, kind)).build());
        return caret;
    }

    /**
     * Puts {@code mark} ({@code .} {@code ?} {@code ,}) after the word at {@code column}, replacing punctuation
     * already there, and fixes the case of the next word: capitalised after a sentence end; after a comma, lower
     * case again if only cleanup or an earlier mark capitalised it. One undo step.
     *
     * @return the offset just after the mark (where the caret goes), or -1 when there is no word there
     */
    public int punctuate(int par, int column, char mark) {
        Paragraph<ParStyle, String, WordStyle> p = paragraph(par);
        String text = p.getText();
        int[] word = WordBoundaries.wordAround(text, column);
        if (word == null) {
            return -1;
        }
        int punctStart = word[1];
        while (punctStart > word[0] + 1 && ".,?!;:".indexOf(text.charAt(punctStart - 1)) >= 0) {
            punctStart--;
        }
        int base = offsetOf(par, 0);
        List<Replacement<ParStyle, String, WordStyle>> change = new ArrayList<>(2);
        // The replacement starts at the word's last letter so it never removes nothing: an empty removal comes
        // back from undo in another shape.
        WordStyle wordStyle = p.getStyleOfChar(punctStart - 1);
        change.add(new Replacement<>(base + punctStart - 1, base + word[1], ReadOnlyStyledDocument.fromString(
                text.charAt(punctStart - 1) + String.valueOf(mark), p.getParagraphStyle(), wordStyle,
                TranscriptDocuments.OPS)));
        int[] next = nextWordStart(par, word[1]);
        int shift = (punctStart + 1) - word[1]; // the first replacement's change of length
        if (next != null) {
            Paragraph<ParStyle, String, WordStyle> np = paragraph(next[0]);
            char first = np.charAt(next[1]);
            WordStyle style = np.getStyleOfChar(next[1]);
            char fixed = mark == ',' ? lowerAfterComma(np.getText(), next[1], style) : Character.toUpperCase(first);
            if (fixed != first) {
                // Positions in a multi-change are those of the document as the earlier replacements left it.
                int at = offsetOf(next[0], next[1]) + shift;
                change.add(new Replacement<>(at, at + 1, ReadOnlyStyledDocument.fromString(String.valueOf(fixed),
                        np.getParagraphStyle(), style, TranscriptDocuments.OPS)));
            }
        }
        document.replaceMulti(change);
        return base + punctStart + 1;
    }

    /** The next word's first letter: later in this paragraph, or the first in the next one. */
    private int[] nextWordStart(int par, int from) {
        String text = paragraph(par).getText();
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length()) {
            return new int[] {par, i};
        }
        if (par + 1 < paragraphCount()) {
            String next = paragraph(par + 1).getText();
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

    // ---- Whole-transcript commands ------------------------------------------------------------------

    /**
     * Anchors word {@code wordIndex} of segment {@code segment} (as {@link #transcript()} numbers them) at
     * {@code startMs}; the estimated words around it follow. One undo step that replaces only the changed paragraphs.
     *
     * @throws IllegalArgumentException when the time is not between the neighbouring fixed words
     */
    public void anchor(int segment, int wordIndex, long startMs) {
        Transcript before = transcript();
        TranscriptPatch.apply(this, before, Anchors.setAnchor(before, segment, wordIndex, startMs));
    }

    /** Writes a transform of {@code before} (cleanup, restore) into the document as one undo step. */
    public void applyTransform(Transcript before, Transcript after) {
        TranscriptPatch.apply(this, before, after);
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

    /** Several text changes recorded as one entry of the undo history (e.g. moving a chapter's start). */
    public void asOneStep(Runnable textChanges) {
        asOneStep(textChanges, roster.get());
    }

    /**
     * A text change and a roster change recorded as one entry of the undo history: what the document reports
     * while {@code textChange} runs is collected instead of recorded, then handed over with the roster change.
     */
    private void asOneStep(Runnable textChange, Roster nextRoster) {
        List<EditorChange> step = new ArrayList<>();
        Subscription collect = document.multiRichChanges().subscribe(list -> list.forEach(c ->
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
        List<Replacement<ParStyle, String, WordStyle>> change = new ArrayList<>();
        for (int i = 0; i < paragraphCount(); i++) {
            Paragraph<ParStyle, String, WordStyle> p = paragraph(i);
            if (fromId.equals(p.getParagraphStyle().speakerId())) {
                int start = offsetOf(i, 0);
                change.add(new Replacement<>(start, start + p.length(), new ReadOnlyStyledDocumentBuilder<ParStyle,
                        String, WordStyle>(TranscriptDocuments.OPS, p.getParagraphStyle())
                        .addParagraph(p.getStyledSegments(), p.getParagraphStyle().withSpeaker(toId)).build()));
            }
        }
        if (!change.isEmpty()) {
            document.replaceMulti(change); // same lengths: every position stays what it was
        }
    }

    // ---- Undo ---------------------------------------------------------------------------------------

    /**
     * Replays undo or redo. RichTextFX rebuilds a paragraph break without the paragraph style of the paragraph
     * after it (an empty paragraph takes its neighbour's style), so a replayed join of two speakers' segments
     * would come back with one speaker. The styles are therefore set again from the change itself, and the undo
     * manager is told exactly the change it replayed, rather than what the document reported along the way.
     */
    private void apply(List<EditorChange> changes) {
        replaying = true;
        int caret = -1;
        try {
            for (EditorChange c : changes) {
                if (c instanceof EditorChange.TextEdit t) {
                    RichTextChange<ParStyle, String, WordStyle> rc = t.change();
                    document.replace(rc.getPosition(), rc.getRemovalEnd(), rc.getInserted());
                    restoreParagraphStyles(rc);
                    caret = rc.getPosition() + Math.max(0, rc.getNetLength());
                } else if (c instanceof EditorChange.RosterEdit r) {
                    roster.set(r.after());
                }
            }
        } finally {
            replaying = false;
        }
        replayed.push(changes);
        if (caret >= 0) {
            replayedAt.push(Math.min(caret, document.getLength()));
        }
    }

    /** Gives the paragraphs a replayed change inserted the paragraph styles the change carries. */
    private void restoreParagraphStyles(RichTextChange<ParStyle, String, WordStyle> change) {
        var inserted = change.getInserted().getParagraphs();
        var start = document.offsetToPosition(change.getPosition(), TwoDimensional.Bias.Forward);
        int firstPar = start.getMajor();
        for (int k = 0; k < inserted.size(); k++) {
            int par = firstPar + k;
            boolean wholeParagraph = k > 0 || start.getMinor() == 0;
            if (par < paragraphCount() && wholeParagraph
                    && !paragraph(par).getParagraphStyle().equals(inserted.get(k).getParagraphStyle())) {
                document.setParagraphStyle(par, inserted.get(k).getParagraphStyle());
            }
        }
    }

    /** Runs a change that must be its own undo step: neither the typing before nor after merges into it. */
    public void asSeparateStep(Runnable change) {
        undo.preventMerge();
        change.run();
        undo.preventMerge();
    }

    private static List<EditorChange> wrap(List<RichTextChange<ParStyle, String, WordStyle>> changes) {
        List<EditorChange> out = new ArrayList<>(changes.size());
        changes.forEach(c -> out.add(new EditorChange.TextEdit(c)));
        return out;
    }
}
