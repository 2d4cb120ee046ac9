package org.turnscript.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Cue;

class SubtitleLintTest {

    private static final SubtitleProfile NETFLIX = SubtitleProfiles.NETFLIX;

    private static List<LintKind> kinds(List<Cue> cues) {
        return SubtitleLint.check(cues, NETFLIX).stream().map(LintProblem::kind).toList();
    }

    @Test
    void aLineOpeningWithADashIsANewSpeakerOnlyWhenTheCueDoesNotKnowItsSpeakers() {
        List<String> lines = List.of("Skyler: aaaaaaa", "-AAAAAAA");
        assertThat(kinds(List.of(new Cue(0, 1600, lines, List.of()))))
                .contains(LintKind.SPEAKER_CHANGE); // read from a file: the dash is all there is to go by
        assertThat(kinds(List.of(new Cue(0, 1600, lines, List.of("Skyler")))))
                .doesNotContain(LintKind.SPEAKER_CHANGE); // laid out by Turnscript: one speaker, a word with a dash
    }

    @Test
    void passesCuesWithinTheRules() {
        assertThat(SubtitleLint.check(List.of(Cue.of(0, 1000, "Hello there."), Cue.of(1084, 2500, "Hi.")), NETFLIX))
                .isEmpty();
    }

    @Test
    void findsOverlapsAndSmallGapsAsErrors() {
        List<LintProblem> problems = SubtitleLint.check(List.of(
                Cue.of(0, 1200, "One."), Cue.of(1000, 2000, "Two."), Cue.of(2050, 3000, "Three.")), NETFLIX);
        assertThat(problems).extracting(LintProblem::kind).containsExactly(LintKind.OVERLAP, LintKind.GAP_TOO_SMALL);
        assertThat(problems).allSatisfy(p -> assertThat(p.severity()).isEqualTo(LintSeverity.ERROR));
        assertThat(problems.get(0).measured()).isEqualTo(200);
        assertThat(problems.get(1).measured()).isEqualTo(50);
        assertThat(problems.get(1).allowed()).isEqualTo(84);
    }

    @Test
    void findsDurationsOutsideTheLimits() {
        assertThat(kinds(List.of(Cue.of(0, 500, "Hi."), Cue.of(1000, 9000, "Bye."))))
                .containsExactly(LintKind.TOO_SHORT, LintKind.TOO_LONG);
        assertThat(LintKind.TOO_SHORT.severity()).isEqualTo(LintSeverity.WARNING);
    }

    @Test
    void measuresReadingSpeedOverVisibleCharactersWithoutLineBreaks() {
        // 20 + 20 characters over 1.6 s: 25 cps
        List<LintProblem> problems = SubtitleLint.check(
                List.of(Cue.of(0, 1600, "abcdefghij abcdefghi", "abcdefghij abcdefghi")), NETFLIX);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LintKind.READING_SPEED);
            assertThat(p.measured()).isEqualTo(25.0);
            assertThat(p.severity()).isEqualTo(LintSeverity.ERROR);
        });
        assertThat(SubtitleLint.check(List.of(Cue.of(0, 1600, "abcdefghij abcdefghi", "abcdefghij abcdefghi")),
                NETFLIX.withStrictTiming(false))).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(LintSeverity.WARNING));
    }

    @Test
    void leavesTheLabelOutOfReadingSpeedWhenTheDisplaySays() {
        Cue cue = new Cue(0, 1000, List.of("Kate: abcdefghij abcdefghi"), List.of("Kate"));
        SpeakerDisplay skipLabel = SpeakerDisplay.DEFAULT.withCountLabelInCps(false);
        assertThat(SubtitleLint.check(List.of(cue), NETFLIX)).extracting(LintProblem::kind)
                .containsExactly(LintKind.READING_SPEED);
        assertThat(SubtitleLint.check(List.of(cue), NETFLIX, skipLabel)).isEmpty();
    }

    @Test
    void findsLongLinesTooManyLinesAndEmptyCues() {
        String line43 = "a".repeat(20) + " " + "b".repeat(22);
        List<LintProblem> problems = SubtitleLint.check(List.of(
                Cue.of(0, 5000, line43, "two", "three"), Cue.of(6000, 7000, " ")), NETFLIX);
        assertThat(problems).extracting(LintProblem::kind)
                .containsExactly(LintKind.TOO_MANY_LINES, LintKind.LINE_TOO_LONG, LintKind.EMPTY_CUE);
        assertThat(problems.get(1).detail()).isEqualTo("line 1");
        assertThat(problems.get(1).measured()).isEqualTo(43);
    }

    @Test
    void acceptsATwoSpeakerDashCueButNotTwoVoicesRunTogether() {
        Cue dash = new Cue(0, 2000, List.of("-Are you coming?", "-In a minute."), List.of("Kate", "Tom"));
        Cue runTogether = new Cue(3000, 5000, List.of("Are you coming?", "In a minute."), List.of("Kate", "Tom"));
        Cue chevrons = Cue.of(6000, 8000, "Are you coming?", ">> In a minute.");
        Cue label = Cue.of(9000, 11000, "Are you coming?", "TOM: In a minute.");
        assertThat(kinds(List.of(dash, runTogether, chevrons, label))).containsExactly(
                LintKind.SPEAKER_CHANGE, LintKind.SPEAKER_CHANGE, LintKind.SPEAKER_CHANGE);
        assertThat(kinds(List.of(Cue.of(0, 2000, "- Hello there,", "how are you?")))).isEmpty();
    }

    @Test
    void writesOneLinePerProblemAndASummary() {
        List<LintProblem> problems = SubtitleLint.check(
                List.of(Cue.of(3_723_004, 3_723_504, "Hi."), Cue.of(3_723_504, 3_725_000, "Yes.")), NETFLIX);
        assertThat(problems).extracting(LintProblem::message).containsExactly(
                "cue 1 (01:02:03,004): error: too short, 500 ms vs 833 ms minimum",
                "cue 1 (01:02:03,004): error: gap to the next cue too small, 0 ms vs 84 ms minimum");
        assertThat(SubtitleLint.summary(2, problems)).isEqualTo("2 cues, 2 errors, 0 warnings");
    }
}
