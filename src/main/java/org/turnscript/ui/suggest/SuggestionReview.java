package org.turnscript.ui.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.turnscript.audio.VoiceFrames;
import org.turnscript.model.Speaker;
import org.turnscript.model.Transcript;
import org.turnscript.model.WordFlag;
import org.turnscript.ui.session.SuggestionEdits;
import org.turnscript.ui.session.TranscriptBuffer;
import org.turnscript.ui.session.TranscriptDocuments;
import org.turnscript.suggest.TurnSuggester;
import org.turnscript.suggest.TurnSuggestion;

/**
 * The suggested turns of the open document and the editor's answers to them, without nodes. Suggestions are worked
 * out afresh from the document: off the JavaFX thread after a burst of edits settles (for the gutter marks), and
 * at once when the editor acts on one, so the next one already knows the last answer. Accepting tags from the
 * suggested word with the suggested (or a chosen) speaker; rejecting marks the word; both are one undo step and are
 * saved with the project, so a decided suggestion does not come back.
 */
public final class SuggestionReview {

    /** One suggestion where the document has it: paragraph, word in the paragraph, and the suggestion itself. */
    public record Place(int paragraph, int word, TurnSuggestion suggestion) {
    }

    private final TranscriptBuffer buffer;
    private final TurnSuggester text = new TurnSuggester();
    /** The recording's voices when the words were timed from it in this window, else null. */
    private final Supplier<VoiceFrames> voices;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "turn-suggestions");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<List<Place>> places = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Place> current = new SimpleObjectProperty<>();
    private double threshold = TurnSuggester.DEFAULT_THRESHOLD;
    private int ticket;

    public SuggestionReview(TranscriptBuffer buffer) {
        this(buffer, () -> null);
    }

    /** Listening to {@code voices} as well (null when there is no recording to hear). */
    public SuggestionReview(TranscriptBuffer buffer, Supplier<VoiceFrames> voices) {
        this.buffer = buffer;
        this.voices = voices;
    }

    private TurnSuggester suggester() {
        return text.withVoices(voices.get());
    }

    /** Every open suggestion at or above the threshold, in document order. */
    public ObjectProperty<List<Place>> placesProperty() {
        return places;
    }

    /** The suggestion under review (the caret is on its word), or null. */
    public ObjectProperty<Place> currentProperty() {
        return current;
    }

    public double threshold() {
        return threshold;
    }

    public void setThreshold(double threshold) {
        this.threshold = threshold;
        refreshNow();
    }

    /** Works the suggestions out again now, from the document as it is. */
    public void refreshNow() {
        ticket++;
        places.set(placesOf(buffer.snapshot().toTranscript()));
    }

    /**
     * Works them out again off the JavaFX thread from the document as it is now: its snapshot is taken here and
     * turned into a transcript there (JavaFX thread).
     */
    public CompletableFuture<Void> refreshLater() {
        var snapshot = buffer.snapshot();
        return refreshLater(snapshot::toTranscript);
    }

    /** Works them out again off the JavaFX thread from {@code settled}, the document as of the last settle. */
    public CompletableFuture<Void> refreshLater(Transcript settled) {
        return refreshLater(() -> settled);
    }

    private CompletableFuture<Void> refreshLater(Supplier<Transcript> document) {
        int mine = ++ticket;
        try {
            return CompletableFuture.supplyAsync(() -> placesOf(document.get()), background)
                    .thenAcceptAsync(list -> {
                        if (mine == ticket) { // a later refresh knows better
                            places.set(list);
                        }
                    }, Platform::runLater);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // The window closed while its document was still settling: nobody will see the marks.
            return CompletableFuture.completedFuture(null);
        }
    }

    private List<Place> placesOf(Transcript t) {
        List<TurnSuggestion> found = suggester().suggest(t, threshold);
        int[] paragraphOfSegment = paragraphsOfSegments(t.segments().size());
        List<Place> out = new ArrayList<>(found.size());
        for (TurnSuggestion s : found) {
            if (s.segment() < paragraphOfSegment.length && paragraphOfSegment[s.segment()] >= 0) {
                out.add(new Place(paragraphOfSegment[s.segment()], s.offset(), s));
            }
        }
        return List.copyOf(out);
    }

    /** A transcript of the document skips paragraphs without words: segment i is the i-th paragraph with words. */
    private int[] paragraphsOfSegments(int segments) {
        int[] out = new int[segments];
        java.util.Arrays.fill(out, -1);
        int s = 0;
        for (int par = 0; par < buffer.paragraphCount() && s < segments; par++) {
            if (TranscriptDocuments.hasWords(buffer.paragraph(par))) {
                out[s++] = par;
            }
        }
        return out;
    }

    /** The first suggestion in paragraph {@code par}, for its gutter. */
    public Optional<Place> firstIn(int par) {
        for (Place p : places.get()) {
            if (p.paragraph() == par) {
                return Optional.of(p);
            }
            if (p.paragraph() > par) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The first suggestion after word {@code word} of paragraph {@code par} (at it, when {@code inclusive}). */
    public Optional<Place> after(int par, int word, boolean inclusive) {
        for (Place p : places.get()) {
            if (p.paragraph() > par || p.paragraph() == par && (p.word() > word || inclusive && p.word() == word)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The last suggestion before word {@code word} of paragraph {@code par}. */
    public Optional<Place> before(int par, int word) {
        Place found = null;
        for (Place p : places.get()) {
            if (p.paragraph() < par || p.paragraph() == par && p.word() < word) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Which of all the open suggestions {@code p} is, from 1, and how many there are. */
    public int[] position(Place p) {
        return new int[] {places.get().indexOf(p) + 1, places.get().size()};
    }

    /**
     * Accepts {@code p} with {@code speakerId} (its own, or the one the editor picked instead) and moves the review
     * on to the next suggestion. One undo step.
     */
    public Optional<Place> accept(Place p, String speakerId) {
        SuggestionEdits.tagFrom(buffer, p.paragraph(), p.word(), speakerId, WordFlag.TURN_ACCEPTED);
        return moveOn(p, true);
    }

    /** Rejects {@code p} and moves on to the next suggestion. One undo step. */
    public Optional<Place> reject(Place p) {
        SuggestionEdits.flag(buffer, p.paragraph(), p.word(), WordFlag.TURN_REJECTED);
        return moveOn(p, false);
    }

    /**
     * The suggestions after an answer, without working them all out again (that takes a while at ten hours and
     * follows at the next settle): the answered one goes, and an accepted one inside a paragraph split it, so the
     * suggestions after it in that paragraph and in every later one move down a paragraph.
     */
    private Optional<Place> moveOn(Place p, boolean accepted) {
        boolean split = accepted && p.word() > 0;
        List<Place> next = new ArrayList<>(places.get().size());
        for (Place q : places.get()) {
            if (q.equals(p) || q.suggestion().equals(p.suggestion())) {
                continue; // the answered one, also when the editor moved it to another word first
            }
            if (split && q.paragraph() == p.paragraph() && q.word() > p.word()) {
                next.add(new Place(q.paragraph() + 1, q.word() - p.word(), q.suggestion()));
            } else if (split && q.paragraph() > p.paragraph()) {
                next.add(new Place(q.paragraph() + 1, q.word(), q.suggestion()));
            } else {
                next.add(q);
            }
        }
        ticket++; // a refresh started before the answer knows less
        places.set(List.copyOf(next));
        Optional<Place> following = split ? after(p.paragraph() + 1, -1, true) : after(p.paragraph(), p.word(), false);
        current.set(following.orElse(null));
        return following;
    }

    /**
     * "From here, the predicted speaker": tags from word {@code word} of paragraph {@code par} with whoever the
     * model expects to speak next there. One undo step.
     *
     * @return the speaker tagged, or empty when there is no word there or no roster
     */
    public Optional<Speaker> tagPredicted(int par, int word) {
        Transcript t = buffer.snapshot().toTranscript();
        int segment = segmentOfParagraph(par);
        if (segment < 0 || t.roster().isEmpty()) {
            return Optional.empty();
        }
        String id = suggester().nextSpeaker(t, segment, word);
        Optional<Speaker> speaker = t.roster().byId(id);
        speaker.ifPresent(s -> SuggestionEdits.tagFrom(buffer, par, word, s.id(), null));
        refreshNow();
        return speaker;
    }

    private int segmentOfParagraph(int par) {
        if (par >= buffer.paragraphCount() || !TranscriptDocuments.hasWords(buffer.paragraph(par))) {
            return -1;
        }
        int s = 0;
        for (int i = 0; i < par; i++) {
            if (TranscriptDocuments.hasWords(buffer.paragraph(i))) {
                s++;
            }
        }
        return s;
    }

    public void dispose() {
        background.shutdownNow();
    }
}
