package org.turnscript.timing;

import java.util.Locale;
import java.util.Set;

/**
 * Words that open a phrase after a pause: fillers ("um", "uh"), answers and hand-overs ("yeah", "so", "well",
 * "okay") and the conjunctions and pronoun speakers start again with ("and", "but", "i"). Caption text has no
 * punctuation, so these are its only hint of which side of a long pause a word belongs on: where the sound alone
 * could put a turn's last word after the pause or the next turn's first word before it, the path prefers the pause
 * just before one of these.
 */
final class PhraseEdges {

    private static final Set<String> OPENERS = Set.of("um", "uh", "yeah", "yes", "no", "so", "well", "oh", "okay",
            "right", "and", "but", "i");

    private PhraseEdges() {
    }

    /** 1 when {@code word} commonly opens a phrase after a pause, else 0; case and punctuation do not count. */
    static double opensPhrase(String word) {
        String bare = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'’]", "");
        return OPENERS.contains(bare) ? 1 : 0;
    }
}
