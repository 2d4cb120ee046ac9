package org.turnscript.suggest;

/**
 * A possible turn start found by one cue, before the speaker is guessed.
 *
 * @param word     where the new turn would start
 * @param score    0–1, the cue's own confidence
 * @param cue      which cue
 * @param detail   the words or pause that fired it
 * @param named    the speaker the cue names as the next one, or null
 * @param notNamed a speaker the cue rules out as the next one (the person thanked), or null
 */
record Candidate(int word, double score, TurnCue cue, String detail, String named, String notNamed) {

    Candidate withScore(double s) {
        return new Candidate(word, s, cue, detail, named, notNamed);
    }
}
