package org.turnscript.model;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sound tag looks like in text, for every reader: a description in square brackets or parentheses
 * ({@code [Music]}, {@code [Applause]}, {@code (laughter)}, {@code [Music playing]}) or music notes
 * ({@code ♪}, {@code ♪ la la ♪}, {@code (♪♪)}). A word already known to be one carries
 * {@link WordFlag#SOUND_TAG}; this class is how readers decide to flag it.
 */
public final class SoundTags {

    private static final String NOTE = "[♪♫♬]";
    /** Captioners put punctuation after a tag ("[Laughter],"). */
    private static final String TRAILING = "[.,;:!?]*";

    /** A whole text that is one tag: a cue, or a body. */
    private static final Pattern WHOLE_TEXT = Pattern.compile(
            "\\[[^\\[\\]]+]|\\([^()]+\\)|" + NOTE + "[^♪♫♬]*" + NOTE + "|\\(?" + NOTE + "+\\)?");
    /** One token that is a whole tag. */
    private static final Pattern WHOLE_TOKEN = Pattern.compile(
            "(?:\\[[^\\[\\]]*]|\\([^()]+\\)|\\(?" + NOTE + "+\\)?)" + TRAILING);
    private static final Pattern OPENING = Pattern.compile("\\[[^\\[\\]]*|\\([^()]*");
    private static final Pattern MIDDLE = Pattern.compile("[^\\[\\]()]+");

    /** A tag longer than this many tokens is more likely a stray bracket in speech than a description of a sound. */
    private static final int MAX_TAG_TOKENS = 6;

    /**
     * Words that describe a sound rather than name a person (surnames such as Song or Wind are left out), so that {@code [Music]} or {@code [APPLAUSE]} at the
     * start of a caption is never taken for a speaker label even where a file repeats it.
     */
    private static final Set<String> SOUND_WORDS = Set.of(
            "music", "musical", "singing", "sings", "humming", "hums", "whistling", "instrumental",
            "jingle", "theme", "intro", "outro", "upbeat", "applause", "applauding", "clapping", "cheering",
            "cheers", "laughter", "laughs", "laughing", "laugh", "chuckles", "chuckling", "giggles", "giggling",
            "sighs", "sigh", "sighing", "coughs", "coughing", "sneezes", "gasps", "groans", "screams", "screaming",
            "crying", "cries", "sobbing", "sniffles", "breathing", "breathes", "inhales", "exhales", "inaudible",
            "indistinct", "unintelligible", "crosstalk", "overlapping", "silence", "pause", "noise", "static",
            "beep", "beeps", "bleep", "bleeped", "blank_audio", "background", "chatter", "murmuring", "footsteps",
            "knocking", "knocks", "ringing", "rings", "thunder", "explosion", "gunshot", "gunshots",
            "speaking", "foreign", "sound", "sounds", "buzzing", "whispers",
            "whispering", "shouting", "yelling", "clears");

    private SoundTags() {
    }

    /** Whether the whole of {@code text} (a cue, a body) is one tag: {@code [Music]}, {@code ♪ la la ♪}. */
    public static boolean isWholeTag(String text) {
        String t = text.strip();
        return !t.isEmpty() && opensTag(t.charAt(0)) && WHOLE_TEXT.matcher(t).matches();
    }

    /**
     * Every tag opens with a bracket, a parenthesis or a note: most words are ruled out by their first character
     * without a pattern (readers ask this of every word of ten-hour files).
     */
    private static boolean opensTag(char c) {
        return c == '[' || c == '(' || c == '\u266A' || c == '\u266B' || c == '\u266C';
    }

    /** Whether one token is a whole tag, punctuation after it allowed: {@code [Laughter],}, {@code ♪}. */
    public static boolean isTag(String token) {
        return !token.isEmpty() && opensTag(token.charAt(0)) && WHOLE_TOKEN.matcher(token).matches();
    }

    /**
     * The indexes of {@code tokens} that belong to a sound tag, including a tag written over several tokens
     * ({@code [Music playing]}, {@code [ Music ]}). A tag glued to a word ({@code [Music]it}) stays speech: tokens
     * are never split, and an unclosed bracket is speech too.
     */
    public static BitSet find(List<String> tokens) {
        BitSet tags = new BitSet(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (token.isEmpty() || !opensTag(token.charAt(0))) {
                i++;
                continue;
            }
            if (isTag(token)) {
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

    /**
     * Whether the words between a pair of brackets describe a sound ({@code Music}, {@code door slams},
     * {@code ♪}) rather than name someone: any note, any of a list of sound words in any case, or a description
     * in lower case, which names never are.
     */
    public static boolean describesSound(String inside) {
        String t = inside.strip();
        if (t.isEmpty() || t.codePoints().anyMatch(c -> c == '♪' || c == '♫' || c == '♬')) {
            return true;
        }
        if (Character.isLowerCase(t.codePointAt(0))) {
            return true;
        }
        for (String word : t.toLowerCase(Locale.ROOT).split("[^\\p{L}_]+")) {
            if (SOUND_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The token that closes the bracket opened at {@code open}, or -1 (an unclosed bracket is speech). */
    private static int closingToken(List<String> tokens, int open) {
        char opening = tokens.get(open).charAt(0);
        Pattern closing = Pattern.compile((opening == '[' ? "[^\\[\\]]*]" : "[^()]*\\)") + TRAILING);
        int limit = Math.min(tokens.size(), open + MAX_TAG_TOKENS);
        for (int j = open + 1; j < limit; j++) {
            String token = tokens.get(j);
            if (closing.matcher(token).matches()) {
                return j;
            }
            if (!MIDDLE.matcher(token).matches()) {
                return -1;
            }
        }
        return -1;
    }
}
