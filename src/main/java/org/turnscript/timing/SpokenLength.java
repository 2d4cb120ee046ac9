package org.turnscript.timing;

/**
 * How long a word takes to say, in syllable-like units. The one measure of length behind estimates, anchors and
 * interpolation, so all three share out time the same way.
 */
final class SpokenLength {

    /** Per-word overhead in syllables: the onset a word costs however short it is. */
    static final double WORD_OVERHEAD = 0.5;

    private SpokenLength() {
    }

    /**
     * Groups of vowels (a silent final "e" not counted), each digit as one, at least 1, plus a small overhead per
     * word.
     */
    static double of(String text) {
        int syllables = 0;
        boolean inVowels = false;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (Character.isDigit(c)) {
                syllables++;
                inVowels = false;
            } else if (isVowel(c)) {
                if (!inVowels) {
                    syllables++;
                }
                inVowels = true;
                letters++;
            } else {
                inVowels = false;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        if (syllables > 1 && letters > 2 && endsWithSilentE(text)) {
            syllables--;
        }
        return Math.max(1, syllables) + WORD_OVERHEAD;
    }

    static boolean isVowel(char c) {
        return "aeiouyàáâãäåæèéêëìíîïòóôõöøœùúûüý".indexOf(c) >= 0;
    }

    private static boolean endsWithSilentE(String text) {
        String lower = text.toLowerCase();
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        // "make", "time": silent; "table", "people": the "le" is its own syllable.
        return end >= 2 && lower.charAt(end - 1) == 'e' && lower.charAt(end - 2) != 'l'
                && !isVowel(lower.charAt(end - 2));
    }
}
