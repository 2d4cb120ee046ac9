package org.turnscript.suggest;

/**
 * One suggested turn start.
 *
 * @param word      index of the word in the transcript's speech words ({@link WordStream})
 * @param segment   index of the segment holding that word in the transcript
 * @param offset    index of the word in that segment
 * @param speakerId the predicted speaker
 * @param score     0–1; higher is surer. The default threshold ({@link TurnSuggester#DEFAULT_THRESHOLD}) aims
 *                  at six right suggestions in ten
 * @param cue       the strongest evidence
 * @param detail    the words that fired the cue, e.g. "thanks kate", or the pause in seconds
 */
public record TurnSuggestion(int word, int segment, int offset, String speakerId, double score, TurnCue cue,
                             String detail) {

    /** "name addressed: skyler what do you think" */
    public String explanation() {
        return detail == null || detail.isEmpty() ? cue.label() : cue.label() + ": " + detail;
    }
}
