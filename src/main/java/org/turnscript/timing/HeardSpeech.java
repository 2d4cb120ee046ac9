package org.turnscript.timing;

/**
 * What a recording tells about its speech without any speech model: the stretches of sound between pauses and
 * the syllable nuclei, all in ms. Found by the audio package; timing only reads it.
 *
 * @param sounds   start and end of each stretch of sound, {@code [start0, end0, start1, end1, ...]}, in order
 * @param nucleiMs the syllable nuclei, in order
 */
public record HeardSpeech(long[] sounds, long[] nucleiMs) {

    public HeardSpeech {
        if (sounds.length % 2 != 0) {
            throw new IllegalArgumentException("sounds come in start/end pairs");
        }
    }

    int soundCount() {
        return sounds.length / 2;
    }

    long start(int sound) {
        return sounds[2 * sound];
    }

    long end(int sound) {
        return sounds[2 * sound + 1];
    }
}
