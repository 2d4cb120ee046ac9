package org.turnscript.formats.cues;

import java.util.regex.Pattern;

/** Recognises a cue whose whole text is one non-speech tag: {@code [Music]}, {@code ♪ la la ♪}. */
final class SoundTags {

    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]+]");
    private static final Pattern NOTES = Pattern.compile("♪[^♪]*♪|♪+");

    private SoundTags() {
    }

    static boolean isWholeTag(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.charAt(0) != '[' && t.charAt(0) != '♪') {
            return false; // both shapes below open with one of these
        }
        return BRACKETED.matcher(t).matches() || NOTES.matcher(t).matches();
    }
}
