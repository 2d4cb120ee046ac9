package org.turnscript.subtitles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.turnscript.model.Cue;

/**
 * Checks cues against a profile: timing (overlap, gap, duration), reading speed, lines, empty cues and cues that
 * run two speakers together. Pure: the cues in, the problems out, in cue order. Which kinds are errors and which
 * warnings is said in {@link LintKind}.
 */
public final class SubtitleLint {

    /** A later line opening with a change marker or a broadcast label starts another speaker's words. */
    private static final Pattern CHANGE_LINE = Pattern.compile("^(?:>>|-(?!-)|\\p{Lu}[\\p{Lu}'’. -]*\\p{Lu}:\\s)");

    private SubtitleLint() {
    }

    /** Checks with every visible character counted toward reading speed, labels included. */
    public static List<LintProblem> check(List<Cue> cues, SubtitleProfile profile) {
        return check(cues, profile, null);
    }

    /**
     * @param display the display the cues were laid out with, so a label it leaves out of reading speed is left
     *                out here too; {@code null} counts every character
     */
    public static List<LintProblem> check(List<Cue> cues, SubtitleProfile profile, SpeakerDisplay display) {
        List<LintProblem> problems = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            Cue next = i + 1 < cues.size() ? cues.get(i + 1) : null;
            new CueCheck(i + 1, cue, profile, problems).run(next, readingChars(cue, display));
        }
        return problems;
    }

    public static long errors(List<LintProblem> problems) {
        return problems.stream().filter(p -> p.severity() == LintSeverity.ERROR).count();
    }

    public static long warnings(List<LintProblem> problems) {
        return problems.stream().filter(p -> p.severity() == LintSeverity.WARNING).count();
    }

    /** {@code 120 cues, 0 errors, 3 warnings}. */
    public static String summary(int cueCount, List<LintProblem> problems) {
        return cueCount + " cues, " + errors(problems) + " errors, " + warnings(problems) + " warnings";
    }

    private static int readingChars(Cue cue, SpeakerDisplay display) {
        int chars = ReadingSpeed.characters(cue.lines());
        if (display == null || display.countLabelInCps() || cue.lines().isEmpty() || cue.speakerNames().size() != 1) {
            return chars;
        }
        String label = display.label(cue.speakerNames().get(0));
        return !label.isEmpty() && cue.lines().get(0).startsWith(label)
                ? chars - ReadingSpeed.characters(label) : chars;
    }

    /** The checks of one cue, adding to a shared list. */
    private record CueCheck(int number, Cue cue, SubtitleProfile profile, List<LintProblem> problems) {

        void run(Cue next, int readingChars) {
            if (cue.lines().stream().allMatch(String::isBlank)) {
                add(LintKind.EMPTY_CUE, "", 0, 1);
            } else {
                checkLines();
                checkSpeakers();
                double cps = ReadingSpeed.cps(readingChars, cue.duration());
                if (cps > profile.maxCharsPerSecond() + 1e-9) {
                    add(LintKind.READING_SPEED, "", Math.round(cps * 10) / 10.0, profile.maxCharsPerSecond());
                }
            }
            if (cue.duration() < profile.minDurationMs()) {
                add(LintKind.TOO_SHORT, "", cue.duration(), profile.minDurationMs());
            }
            if (cue.duration() > profile.maxDurationMs()) {
                add(LintKind.TOO_LONG, "", cue.duration(), profile.maxDurationMs());
            }
            if (next != null) {
                long gap = next.start() - cue.end();
                if (gap < 0) {
                    add(LintKind.OVERLAP, "cue " + (number + 1), -gap, 0);
                } else if (gap < profile.minGapMs()) {
                    add(LintKind.GAP_TOO_SMALL, "", gap, profile.minGapMs());
                }
            }
        }

        private void checkLines() {
            List<String> lines = cue.lines();
            if (lines.size() > profile.maxLines()) {
                add(LintKind.TOO_MANY_LINES, "", lines.size(), profile.maxLines());
            }
            for (int i = 0; i < lines.size(); i++) {
                int length = ReadingSpeed.characters(lines.get(i));
                if (length > profile.maxCharsPerLine()) {
                    add(LintKind.LINE_TOO_LONG, "line " + (i + 1), length, profile.maxCharsPerLine());
                }
            }
        }

        /**
         * Two voices, or a later line opening like a new speaker, are a speaker change inside the cue; the one
         * accepted form is two lines that each open with a dash (and at most two speakers).
         */
        private void checkSpeakers() {
            List<String> lines = cue.lines();
            Set<String> voices = new LinkedHashSet<>(cue.speakerNames().stream().filter(Objects::nonNull).toList());
            int changes = 0;
            // Line openings are only a guess at who speaks: a cue that knows its speakers (one Turnscript laid out)
            // is judged by them, so a word such as "-AAAA" that lands at a line start is not a new speaker.
            for (int i = 1; i < lines.size() && voices.isEmpty(); i++) {
                if (CHANGE_LINE.matcher(lines.get(i).strip()).find()) {
                    changes++;
                }
            }
            if (voices.size() <= 1 && changes == 0) {
                return;
            }
            boolean dashPair = lines.size() == 2 && voices.size() <= 2
                    && lines.stream().allMatch(l -> l.strip().startsWith("-") && !l.strip().startsWith("--"));
            if (!dashPair) {
                add(LintKind.SPEAKER_CHANGE, "not one line per speaker opening with a dash",
                        Math.max(voices.size(), changes + 1), 1);
            }
        }

        private void add(LintKind kind, String detail, double measured, double allowed) {
            problems.add(new LintProblem(number, cue.start(), kind, detail, measured, allowed,
                    profile.strictTiming() && kind.isTimingWarning() ? LintSeverity.ERROR : kind.severity()));
        }
    }
}
