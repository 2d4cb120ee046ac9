package org.turnscript.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Cue;
import org.turnscript.model.Transcript;

/**
 * Netflix's guide makes 20 frames (5/6 s) the shortest cue and 20 characters per second the fastest: the sample's
 * export meets both, untagged and with its first five turns tagged (where "Kate: thanks BR" is a turn of two
 * words between two of Brian's).
 */
class SampleStrictTimingTest {

    private static final SubtitleProfile NETFLIX = SubtitleProfiles.NETFLIX;

    @Test
    void netflixMakesTooShortAndTooFastErrors() {
        List<Cue> cues = List.of(new Cue(0, 400, List.of("Kate: thanks BR"), List.of("Kate")));
        assertThat(SubtitleLint.check(cues, NETFLIX)).extracting(LintProblem::kind, LintProblem::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LintKind.READING_SPEED, LintSeverity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(LintKind.TOO_SHORT, LintSeverity.ERROR));
        assertThat(SubtitleLint.check(cues, SubtitleProfiles.WEB)).extracting(LintProblem::severity)
                .containsOnly(LintSeverity.WARNING);
    }

    @Test
    void untaggedSampleLaysOutWithinNetflixTiming() {
        assertThat(problems(TaggedSample.untagged())).isEmpty();
    }

    @Test
    void sampleWithItsFirstTurnsTaggedLaysOutWithinNetflixTiming() {
        Transcript tagged = TaggedSample.firstTurnsTagged();
        List<Cue> cues = CueLayout.layout(tagged, NETFLIX, SpeakerDisplay.DEFAULT);
        Cue kate = cues.stream().filter(c -> c.text().startsWith("Kate: thanks BR")).findFirst().orElseThrow();
        assertThat(kate.duration()).isGreaterThanOrEqualTo(NETFLIX.minDurationMs());
        assertThat(problems(tagged)).isEmpty();
    }

    @Test
    void aOneWordTurnBetweenDenseTurnsBorrowsFromItsNeighbours() {
        org.turnscript.model.Roster roster = org.turnscript.model.Roster.of(List.of("Kate", "Chris"));
        String kate = TimedTranscripts.id(roster, "Kate");
        String chris = TimedTranscripts.id(roster, "Chris");
        Transcript t = TimedTranscripts.of(roster,
                TimedTranscripts.speech("s1", kate, 0, 150, "so we looked at the numbers"),
                TimedTranscripts.speech("s2", chris, 900, 200, "Right."),
                TimedTranscripts.speech("s3", kate, 1100, 150, "and they were fine"));
        List<Cue> cues = CueLayout.layout(t, NETFLIX, SpeakerDisplay.DEFAULT);
        assertThat(cues).hasSize(3);
        assertThat(SubtitleLint.check(cues, NETFLIX)).isEmpty();
        assertThat(cues.get(1).text()).isEqualTo("Chris: Right.");
    }

    private static List<LintProblem> problems(Transcript t) {
        List<Cue> cues = CueLayout.layout(t, NETFLIX, SpeakerDisplay.DEFAULT);
        return SubtitleLint.check(cues, NETFLIX, SpeakerDisplay.DEFAULT).stream()
                .filter(p -> p.kind() == LintKind.TOO_SHORT || p.kind() == LintKind.READING_SPEED
                        || p.severity() == LintSeverity.ERROR)
                .toList();
    }
}
