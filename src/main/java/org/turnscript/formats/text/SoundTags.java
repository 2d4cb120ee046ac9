package org.turnscript.formats.text;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the tokens that describe a sound rather than words: {@code [Music]}, {@code [Applause]}, a tag written
 * over several tokens such as {@code [Music playing]} or {@code [ Music ]}, and music notes ({@code ♪},
 * {@code (♪♪)}). A tag glued to a word ({@code [Music]it}) stays one speech token: tokens are never split.
 */
final class SoundTags {

    /** A whole tag, allowing the punctuation captioners put after it ("[Laughter],"). */
    private static final Pattern WHOLE = Pattern.compile("\\[[^\\[\\]]*\\][.,;:!?]*");
    private static final Pattern OPENING = Pattern.compile("\\[[^\\[\\]]*");
    private static final Pattern MIDDLE = Pattern.compile("[^\\[\\]]+");
    private static final Pattern CLOSING = Pattern.compile("[^\\[\\]]*\\][.,;:!?]*");
    private static final Pattern NOTES = Pattern.compile("\\(?[♪♫♬]+\\)?");

    /** A tag longer than this is more likely a stray bracket in speech than a description of a sound. */
    private static final int MAX_TAG_TOKENS = 6;

    private SoundTags() {
    }

    /** The indexes of {@code tokens} that belong to a sound tag. */
    static BitSet find(List<String> tokens) {
        BitSet tags = new BitSet(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (WHOLE.matcher(token).matches() || NOTES.matcher(token).matches()) {
                tags.set(i);
                i++;
                continue;
            }
            int close = OPENING.matcher(token).matches() ? closingToken(tokens, i) : -1;
            if (close > i) {
                tags.set(i, close + 1);
                i = close + 1;
            } else {
                i++;
            }
        }
        return tags;
    }

    /** The token that closes the bracket opened at {@code open}, or -1 (an unclosed bracket is speech). */
    private static int closingToken(List<String> tokens, int open) {
        int limit = Math.min(tokens.size(), open + MAX_TAG_TOKENS);
        for (int j = open + 1; j < limit; j++) {
            String token = tokens.get(j);
            if (CLOSING.matcher(token).matches()) {
                return j;
            }
            if (!MIDDLE.matcher(token).matches()) {
                return -1;
            }
        }
        return -1;
    }
}
