package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.List;

/**
 * Two short turns as one cue, Netflix style: one line per speaker, each opening with a hyphen and no space
 * ({@code -Are you coming?} / {@code -In a minute.}). Only when each turn fits on one line, the second follows
 * the first closely, and the pair stays within the longest cue and the reading speed; the names stay in the
 * cue's speaker list (one per line) for formats with voice markup, and the dash is the only visible label.
 */
final class TwoSpeakerCues {

    static final String DASH = "-";

    private TwoSpeakerCues() {
    }

    /** The joined cue, or {@code null} when the two turns should stay apart. */
    static CueDraft join(CueDraft first, CueDraft second, SubtitleProfile profile) {
        if (first.speakerNames().size() != 1 || second.speakerNames().size() != 1 || profile.maxLines() < 2
                || looksMarked(first.plainText()) || looksMarked(second.plainText())) {
            return null;
        }
        String top = DASH + first.plainText();
        String bottom = DASH + second.plainText();
        long start = first.start();
        long end = Math.max(first.end(), second.end());
        int chars = ReadingSpeed.characters(top) + ReadingSpeed.characters(bottom);
        boolean close = second.start() - first.end() < profile.minDurationMs();
        boolean fits = top.length() <= profile.maxCharsPerLine() && bottom.length() <= profile.maxCharsPerLine()
                && end - start <= profile.maxDurationMs()
                && ReadingSpeed.minDisplayMs(chars, profile.maxCharsPerSecond()) <= profile.maxDurationMs();
        if (!close || !fits) {
            return null;
        }
        List<String> names = new ArrayList<>(2);
        names.add(first.speakerNames().get(0));
        names.add(second.speakerNames().get(0));
        return new CueDraft(start, end, List.of(top, bottom), names, chars, first.plainText() + " "
                + second.plainText());
    }

    /** Text already opening with a dash or chevrons would read as "--" (an interruption) or a third marker. */
    private static boolean looksMarked(String text) {
        return text.startsWith("-") || text.startsWith(">>");
    }
}
