package org.turnscript.formats.cues;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.turnscript.model.SoundTags;

/**
 * Finds a speaker label at the start of a cue's text: {@code KATE: }, {@code Kate Soule: } or {@code [Kate] }.
 * Capitals followed by a colon are the broadcast convention and always count; a mixed-case or bracketed label
 * counts only when the name is already a speaker or the file uses it as a label more than once, because
 * "So: " at a cue start is usually just text. A bracket that describes a sound ({@code [music] }, {@code [Applause] },
 * {@code [laughs] }; see {@link SoundTags#describesSound}) is never a label, however often the file repeats it:
 * captioners open cue after cue with {@code [Music]}.
 */
final class SpeakerLabels {

    // Underscores and digits: diarizers name speakers SPEAKER_00, spk_1.
    private static final String UPPER_WORD = "\\p{Lu}[\\p{Lu}\\d'’._\\-]*";
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\d'’._\\-]*";
    private static final Pattern UPPER = Pattern.compile(
            "^(" + UPPER_WORD + "(?:[ \\t]+" + UPPER_WORD + "){0,2}):[ \\t]+(?=\\S)");
    private static final Pattern NAME = Pattern.compile(
            "^(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){0,2}):[ \\t]+(?=\\S)");
    private static final Pattern BRACKET = Pattern.compile("^\\[([^\\[\\]]{1,40})][ \\t]+(?=\\S)");

    /**
     * @param name    the speaker's name as it should appear in the roster
     * @param length  characters the label takes at the start of the text, trailing spaces included
     * @param shouted whether it was written in capitals (which always counts as a label)
     */
    record Label(String name, int length, boolean shouted) {
    }

    private SpeakerLabels() {
    }

    /** A label naming one of {@code names}, written as {@code Name:}, {@code NAME:} or {@code [Name]}. */
    static Optional<Label> known(String text, Collection<String> names) {
        return knownLongestFirst(text, longestFirst(names));
    }

    /** Names in the order {@link #knownLongestFirst} needs them. */
    static List<String> longestFirst(Collection<String> names) {
        // longest names first, so "Kate Soule: " is not read as "Kate" followed by "Soule:"
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** As {@link #known}, with the names already {@link #longestFirst}. */
    static Optional<Label> knownLongestFirst(String text, List<String> names) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (String name : names) {
            // NAME: or [NAME], compared without building either
            int length = name.length();
            boolean colon = text.regionMatches(true, 0, name, 0, length) && text.length() > length
                    && text.charAt(length) == ':';
            // A speaker named like a sound keeps only the colon form: "[Music]" is a sound, never a label.
            boolean bracket = !colon && text.charAt(0) == '[' && !SoundTags.describesSound(name) && text.regionMatches(true, 1, name, 0, length)
                    && text.length() > length + 1 && text.charAt(length + 1) == ']';
            if (colon || bracket) {
                int prefix = colon ? length + 1 : length + 2;
                int end = skipBlanks(text, prefix);
                if (end > prefix && end < text.length()) {
                    return Optional.of(new Label(name, end, false));
                }
            }
        }
        return Optional.empty();
    }

    /** Anything shaped like a label; the caller decides whether a mixed-case one counts. */
    static Optional<Label> candidate(String text) {
        // Every label has a colon or opens with a bracket: most cue text has neither and needs no matching.
        if (text.isEmpty() || text.charAt(0) != '[' && (text.indexOf(':') < 0 || !Character.isUpperCase(text.codePointAt(0)))) {
            return Optional.empty();
        }
        Matcher m = UPPER.matcher(text);
        if (m.find() && m.group(1).chars().anyMatch(Character::isLetter)) {
            return Optional.of(new Label(titleCase(m.group(1)), m.end(), true));
        }
        m = NAME.matcher(text);
        if (m.find()) {
            return Optional.of(new Label(m.group(1).strip(), m.end(), false));
        }
        m = BRACKET.matcher(text);
        if (m.find() && !SoundTags.describesSound(m.group(1))) {
            return Optional.of(new Label(m.group(1).strip(), m.end(), false));
        }
        return Optional.empty();
    }

    /** "KATE SOULE" → "Kate Soule": a name shouted in a caption is still a name. */
    static String titleCase(String shouted) {
        StringBuilder out = new StringBuilder(shouted.length());
        boolean startOfWord = true;
        for (char c : shouted.toCharArray()) {
            out.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = c == ' ' || c == '\t' || c == '-';
        }
        return out.toString();
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
