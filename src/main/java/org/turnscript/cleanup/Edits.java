package org.turnscript.cleanup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.turnscript.model.Segment;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.model.WordFlag;

/**
 * A rule's scratch pad: copies a segment's words on its first edit only, records each change, and builds the
 * result, which is the input transcript itself when nothing changed.
 */
final class Edits {

    private final Transcript transcript;
    private final String ruleId;
    private final Map<Integer, List<Word>> edited = new HashMap<>();
    private final List<Change> changes = new ArrayList<>();

    Edits(Transcript transcript, String ruleId) {
        this.transcript = transcript;
        this.ruleId = ruleId;
    }

    /** The current words of segment {@code index}, edits included. */
    List<Word> words(int index) {
        List<Word> copy = edited.get(index);
        return copy != null ? copy : transcript.segment(index).words();
    }

    /** Replaces a word and records the change; a replacement equal to the word is ignored. */
    void set(int segment, int wordIndex, Word word, String before, String after) {
        if (words(segment).get(wordIndex).equals(word)) {
            return;
        }
        writable(segment).set(wordIndex, word);
        record(segment, wordIndex, before, after);
    }

    /** Sets a word's text, keeping its original. */
    void setText(int segment, int wordIndex, String text) {
        Word w = words(segment).get(wordIndex);
        set(segment, wordIndex, w.withText(text), w.text(), text);
    }

    /** Flags a word dropped, with the flag that says why (or none). */
    void drop(int segment, int wordIndex, WordFlag reason) {
        Word w = words(segment).get(wordIndex);
        Word dropped = w.withFlag(WordFlag.DROPPED, true);
        if (reason != null) {
            dropped = dropped.withFlag(reason, true);
        }
        set(segment, wordIndex, dropped, w.text(), "");
    }

    /** Replaces all words of a segment without recording anything; the caller records its own changes. */
    void replaceWords(int segment, List<Word> words) {
        edited.put(segment, new ArrayList<>(words));
    }

    void record(int segment, int wordIndex, String before, String after) {
        changes.add(new Change(transcript.segment(segment).id(), wordIndex, before, after, ruleId));
    }

    CleanupResult result() {
        if (edited.isEmpty()) {
            return CleanupResult.unchanged(transcript);
        }
        List<Segment> segments = new ArrayList<>(transcript.segments());
        edited.forEach((index, words) -> segments.set(index, segments.get(index).withWords(words)));
        return new CleanupResult(transcript.withSegments(segments), changes);
    }

    private List<Word> writable(int segment) {
        return edited.computeIfAbsent(segment, i -> new ArrayList<>(transcript.segment(i).words()));
    }
}
