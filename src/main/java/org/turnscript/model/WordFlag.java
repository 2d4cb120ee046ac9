package org.turnscript.model;

/** Facts about one word, stored as bits in {@link Word#flags()}. */
public enum WordFlag {
    /** A bracketed non-speech tag such as {@code [Music]}. */
    SOUND_TAG,
    /** A filler such as "uh" or "um" (marked by cleanup). */
    FILLER,
    /** An immediate repetition such as the second "the" in "the the" (marked by cleanup). */
    REPEAT,
    /** Left out of the cleaned text; the word stays in the project so nothing is lost. */
    DROPPED,
    /** The input signalled a new speaker before this word (YouTube's {@code >>}). */
    SPEAKER_CHANGE_HINT,
    /** The editor accepted a suggested turn start at this word (it is not suggested again). */
    TURN_ACCEPTED,
    /** The editor rejected a suggested turn start at this word (it is not suggested again). */
    TURN_REJECTED;

    public int bit() {
        return 1 << ordinal();
    }
}
