package org.turnscript.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.audio.SyntheticVoices.Voice;

/**
 * A made-up talk for the tests that hear voices: turns of a few dozen short words, each turn in one synthetic voice,
 * its recording written as {@code talk.wav} and its words as one line of unpunctuated caption text.
 *
 * @param wav  the recording
 * @param text the words, as auto-captions give them
 */
public record VoicedTalk(Path wav, String text) {

    private static final String[] WORDS = {"cat", "sat", "on", "red", "mat", "dog", "ran", "far", "big", "tree"};

    /** {@code wordsPerTurn} words in each of {@code turns}' voices in turn, with no longer pause where they change. */
    public static VoicedTalk write(Path dir, int wordsPerTurn, Voice... turns) throws IOException {
        Voice[] voices = new Voice[wordsPerTurn * turns.length];
        List<String> words = new ArrayList<>();
        for (int i = 0; i < voices.length; i++) {
            voices[i] = turns[i / wordsPerTurn];
            words.add(WORDS[i % WORDS.length]);
        }
        Path wav = dir.resolve("talk.wav");
        SyntheticVoices.write(SyntheticVoices.speak(voices, 0, new long[voices.length]), wav);
        return new VoicedTalk(wav, String.join(" ", words) + "\n");
    }
}
