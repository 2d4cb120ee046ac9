package org.turnscript.model;

/** Where a word's time came from; the editor shows it and timing never overwrites a better source with a worse one. */
public enum TimeSource {
    /** Read from the input (word-level times of a caption file, or a cue boundary). */
    MEASURED,
    /** Spread over a known or assumed duration because the input had no times. */
    ESTIMATED,
    /** Set by the editor; estimated times between two anchors are re-spread between them. */
    ANCHORED,
    /** Placed between neighbours with known times (words inside a timed cue, words typed in an edit). */
    INTERPOLATED,
    /** No time at all yet. */
    UNKNOWN,
    /**
     * Taken from the same word in a timed caption file of the recording, found by aligning the two texts.
     * Declared last so that projects and counts written before it existed read and sort as they did.
     */
    ALIGNED,
    /**
     * Placed by timing from the recording: the text's syllables mapped onto the syllable nuclei heard in the audio.
     * Closer than an estimate (seconds, not tens of seconds), but no word was recognised, so it may be recomputed.
     * Declared after {@link #ALIGNED} for the same reason.
     */
    RECORDING;

    /** Measured, aligned and anchored times are facts; the others may be recomputed. */
    public boolean isFixed() {
        return this == MEASURED || this == ANCHORED || this == ALIGNED;
    }
}
