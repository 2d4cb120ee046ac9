package org.turnscript.bench;

import org.turnscript.model.Transcript;
import org.turnscript.suggest.WordStream;

/** The words around a speech-word index, the turn start marked with |, for reading a bench's misses. */
final class WordsAround {

    private WordsAround() {
    }

    static String text(Transcript t, int g) {
        WordStream ws = WordStream.of(t);
        return ws.text(g - 6, g) + " | " + ws.text(g, g + 4);
    }
}
