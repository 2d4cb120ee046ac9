package org.turnscript.model;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A run of words by one speaker (or by nobody, for a sound). Times come from the words: a segment starts
 * at its first timed word and ends at its last, so splitting and merging never invent times.
 *
 * @param id        stable identifier, unique in a transcript, kept across edits
 * @param speakerId the speaker's {@link Speaker#id()}, or {@code null}: a speech segment without a speaker
 *                  continues the turn before it (see {@link Transcript#resolveContinuedSpeakers()})
 * @param kind      speech or non-speech
 * @param words     at least one word
 * @param suggestion why a suggestion started a turn here, or {@code null} when the editor (or the input) did
 */
public record Segment(String id, String speakerId, SegmentKind kind, List<Word> words, SuggestionNote suggestion) {

    public Segment(String id, String speakerId, SegmentKind kind, List<Word> words) {
        this(id, speakerId, kind, words, null);
    }

    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("segment " + id + " has no words");
        }
    }

    public boolean hasSpeaker() {
        return speakerId != null;
    }

    /** Start of the first timed word, or {@link Word#UNKNOWN_TIME}. */
    public long start() {
        for (Word w : words) {
            if (w.isTimed()) {
                return w.start();
            }
        }
        return Word.UNKNOWN_TIME;
    }

    /** End of the last timed word, or {@link Word#UNKNOWN_TIME}. */
    public long end() {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).isTimed()) {
                return words.get(i).end();
            }
        }
        return Word.UNKNOWN_TIME;
    }

    /** The cleaned text: the words not dropped, joined by single spaces (empty if cleanup dropped them all). */
    public String body() {
        StringJoiner joiner = new StringJoiner(" ");
        for (Word w : words) {
            if (!w.isDropped()) {
                joiner.add(w.text());
            }
        }
        return joiner.toString();
    }

    /** The text as imported, every word in its original spelling. */
    public String originalBody() {
        StringJoiner joiner = new StringJoiner(" ");
        for (Word w : words) {
            joiner.add(w.original());
        }
        return joiner.toString();
    }

    /** The words that the cleaned text keeps. */
    public List<Word> keptWords() {
        return words.stream().filter(w -> !w.isDropped()).toList();
    }

    public Segment withSpeaker(String newSpeakerId) {
        return Objects.equals(newSpeakerId, speakerId) ? this : new Segment(id, newSpeakerId, kind, words, suggestion);
    }

    public Segment withWords(List<Word> newWords) {
        return new Segment(id, speakerId, kind, newWords, suggestion);
    }

    public Segment withId(String newId) {
        return new Segment(newId, speakerId, kind, words, suggestion);
    }

    public Segment withSuggestion(SuggestionNote note) {
        return new Segment(id, speakerId, kind, words, note);
    }
}
