package org.turnscript.ui.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.turnscript.ui.stats.SmallTranscripts.speech;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Cue;
import org.turnscript.model.Metadata;
import org.turnscript.model.Segment;
import org.turnscript.model.SegmentKind;
import org.turnscript.model.Transcript;
import org.turnscript.model.Word;
import org.turnscript.subtitles.CueLayout;
import org.turnscript.subtitles.LintKind;
import org.turnscript.subtitles.LintProblem;
import org.turnscript.subtitles.LintSeverity;
import org.turnscript.subtitles.SpeakerDisplay;
import org.turnscript.subtitles.SubtitleLint;
import org.turnscript.subtitles.SubtitleProfile;
import org.turnscript.subtitles.SubtitleProfiles;
import org.turnscript.ui.stats.SmallTranscripts;

class ProblemsModelTest {

    private static final ProblemsModel NETFLIX = new ProblemsModel(SubtitleProfiles.NETFLIX, SpeakerDisplay.DEFAULT);

    /**
     * Kate at an easy pace, then Chris far too fast for any profile, and Kate straight after him, so his cues
     * cannot borrow time from a pause.
     */
    static Transcript hurried() {
        return new Transcript(Metadata.EMPTY, SmallTranscripts.ROSTER, List.of(
                speech("s1", SmallTranscripts.KATE, 0, 3_000, "welcome to the show"),
                speech("s2", SmallTranscripts.CHRIS, 4_000, 5_500,
                        "thanks for having me it is a real pleasure to finally be here with you"),
                speech("s3", SmallTranscripts.KATE, 5_500, 8_000, "glad you could make it")));
    }

    @Test
    void rowNamesCueTimeAndMeasurement() {
        ProblemRow row = ProblemsModel.row(new LintProblem(12, 41_300, LintKind.READING_SPEED, "", 23.1, 20));

        assertThat(row.text()).isEqualTo("cue 12 · 0:41 · reading speed 23.1 > 20 cps");
        assertThat(row.severity()).isEqualTo(LintSeverity.WARNING);
        assertThat(row.startMs()).isEqualTo(41_300);
    }

    @Test
    void everyKindHasItsOwnWordsAndSeverity() {
        for (LintKind kind : LintKind.values()) {
            ProblemRow row = ProblemsModel.row(new LintProblem(3, 62_000, kind, "line 2", 50, 42));

            assertThat(row.text()).startsWith("cue 3 · 1:02 · ").hasSizeGreaterThan("cue 3 · 1:02 · ".length());
            assertThat(row.isError()).isEqualTo(kind.severity() == LintSeverity.ERROR);
        }
        assertThat(ProblemsModel.row(new LintProblem(3, 0, LintKind.LINE_TOO_LONG, "line 2", 50, 42)).text())
                .endsWith("line 2 50 > 42 characters");
        assertThat(ProblemsModel.row(new LintProblem(3, 0, LintKind.TOO_SHORT, "", 500, 833)).text())
                .endsWith("duration 500 < 833 ms");
    }

    @Test
    void checkMatchesTheLintOfTheExportedCues() {
        // Netflix's limits as aims, so that the layout leaves a cue too fast where the speech leaves no time
        SubtitleProfile aims = SubtitleProfiles.NETFLIX.withStrictTiming(false);
        Transcript t = hurried();
        List<Cue> cues = CueLayout.layout(t, aims, SpeakerDisplay.DEFAULT);
        List<LintProblem> expected = SubtitleLint.check(cues, aims, SpeakerDisplay.DEFAULT);

        ProblemsModel.Report report = new ProblemsModel(aims, SpeakerDisplay.DEFAULT).check(t);

        assertThat(report.failure()).isEmpty();
        assertThat(report.cueCount()).isEqualTo(cues.size());
        assertThat(report.rows()).extracting(ProblemRow::cueNumber)
                .isEqualTo(expected.stream().map(LintProblem::cueNumber).toList());
        assertThat(report.rows()).anySatisfy(r -> assertThat(r.text()).contains("reading speed"));
        assertThat(report.errors()).isEqualTo(SubtitleLint.errors(expected));
        assertThat(report.warnings()).isEqualTo(SubtitleLint.warnings(expected));
        assertThat(report.summary()).isEqualTo("3 cues · 0 errors · 1 warning");
    }

    @Test
    void stricterProfileFindsMore() {
        Transcript t = new Transcript(Metadata.EMPTY, SmallTranscripts.ROSTER, List.of(
                speech("s1", SmallTranscripts.KATE, 0, 2_200, "Hello there everyone how are you"),
                speech("s2", SmallTranscripts.CHRIS, 2_200, 5_000, "fine thanks")));

        long atNetflix = NETFLIX.check(t).rows().size();
        long atBbc = new ProblemsModel(SubtitleProfiles.BBC, SpeakerDisplay.DEFAULT).check(t).rows().size();

        assertThat(atBbc).isGreaterThan(atNetflix);
    }

    @Test
    void summaryCountsInWords() {
        ProblemRow error = ProblemsModel.row(new LintProblem(1, 0, LintKind.OVERLAP, "cue 2", 40, 0));

        assertThat(new ProblemsModel.Report(1, List.of(error), "").summary())
                .isEqualTo("1 cue · 1 error · 0 warnings");
        assertThat(error.text()).isEqualTo("cue 1 · 0:00 · overlaps cue 2 by 40 ms");
    }

    @Test
    void untimedTranscriptSaysWhyNothingWasChecked() {
        Transcript t = new Transcript(Metadata.EMPTY, SmallTranscripts.ROSTER, List.of(
                new Segment("s1", SmallTranscripts.KATE, SegmentKind.SPEECH, List.of(Word.of("hello")))));

        ProblemsModel.Report report = NETFLIX.check(t);

        assertThat(report.rows()).isEmpty();
        assertThat(report.summary()).startsWith("No cues to check: ").contains("untimed");
    }

    @Test
    void emptyTranscriptHasNoCues() {
        assertThat(NETFLIX.check(Transcript.empty()).summary()).isEqualTo("0 cues · 0 errors · 0 warnings");
    }
}
