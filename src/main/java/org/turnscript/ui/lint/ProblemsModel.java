package org.turnscript.ui.lint;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.turnscript.model.Cue;
import org.turnscript.model.Transcript;
import org.turnscript.subtitles.CueLayout;
import org.turnscript.subtitles.LintProblem;
import org.turnscript.subtitles.SpeakerDisplay;
import org.turnscript.subtitles.SubtitleLint;
import org.turnscript.subtitles.SubtitleProfile;
import org.turnscript.subtitles.SubtitleProfiles;
import org.turnscript.ui.text.TimeText;

/**
 * The subtitle check of a transcript, without a window: the cues the export would lay out under a profile and
 * speaker display, checked by {@link SubtitleLint}, each problem as a short row.
 *
 * @param profile the rules cues are laid out and checked by
 * @param display how speakers are labelled, which changes line lengths and reading speed
 */
public record ProblemsModel(SubtitleProfile profile, SpeakerDisplay display) {

    /** The profiles the check can use, and the one it starts with. */
    public static List<SubtitleProfile> profiles() {
        return SubtitleProfiles.all();
    }

    public static SubtitleProfile defaultProfile() {
        return SubtitleProfiles.DEFAULT;
    }

    public ProblemsModel {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(display, "display");
    }

    /**
     * What the check found.
     *
     * @param cueCount the number of cues laid out
     * @param rows     the problems in cue order
     * @param failure  why no cues could be laid out (an untimed word), or empty
     */
    public record Report(int cueCount, List<ProblemRow> rows, String failure) {

        public Report {
            rows = List.copyOf(rows);
            Objects.requireNonNull(failure, "failure");
        }

        public long errors() {
            return rows.stream().filter(ProblemRow::isError).count();
        }

        public long warnings() {
            return rows.size() - errors();
        }

        /** {@code 720 cues · 0 errors · 26 warnings}, or why there are no cues. */
        public String summary() {
            if (!failure.isEmpty()) {
                return failure;
            }
            return plural(cueCount, "cue") + " · " + plural(errors(), "error") + " · " + plural(warnings(), "warning");
        }

        private static String plural(long n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }

    /** Checks {@code t} as every export writes it: continued turns spelled out. */
    public Report check(Transcript t) {
        List<Cue> cues;
        try {
            cues = CueLayout.layout(t.resolveContinuedSpeakers(), profile, display);
        } catch (IllegalArgumentException e) {
            // The layout needs times; a document imported without them has none until it is timed.
            return new Report(0, List.of(), "No cues to check: " + e.getMessage());
        }
        List<ProblemRow> rows = SubtitleLint.check(cues, profile, display).stream().map(ProblemsModel::row).toList();
        return new Report(cues.size(), rows, "");
    }

    /** {@code cue 12 · 0:41 · reading speed 23.1 > 20 cps}. */
    static ProblemRow row(LintProblem p) {
        return new ProblemRow(p.cueNumber(), p.startMs(), p.severity(),
                "cue " + p.cueNumber() + " · " + TimeText.format(p.startMs()) + " · " + what(p));
    }

    private static String what(LintProblem p) {
        String measured = number(p.measured());
        String allowed = number(p.allowed());
        String unit = p.kind().unit();
        // No default: a new kind of problem fails to compile here until it has its wording.
        return switch (p.kind()) {
            case READING_SPEED -> "reading speed " + measured + " > " + allowed + " " + unit;
            case LINE_TOO_LONG -> p.detail() + " " + measured + " > " + allowed + " " + unit;
            case TOO_MANY_LINES -> measured + " > " + allowed + " " + unit;
            case TOO_SHORT -> "duration " + measured + " < " + allowed + " " + unit;
            case TOO_LONG -> "duration " + measured + " > " + allowed + " " + unit;
            case GAP_TOO_SMALL -> "gap " + measured + " < " + allowed + " " + unit;
            case OVERLAP -> "overlaps " + p.detail() + " by " + measured + " " + unit;
            case EMPTY_CUE -> "no text";
            case SPEAKER_CHANGE -> "spans " + measured + " speakers: " + p.detail();
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.1f", v);
    }
}
