package org.turnscript.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.Cue;

class SubtitleFixesTest {

    private static final SubtitleProfile NETFLIX = SubtitleProfiles.NETFLIX;

    @Test
    void pullsBackAnEndThatLeavesTooSmallAGap() {
        List<Cue> fixed = SubtitleFixes.fix(List.of(Cue.of(0, 2000, "One."), Cue.of(2000, 3000, "Two.")), NETFLIX);
        assertThat(fixed.get(0).end()).isEqualTo(2000 - 84);
        assertThat(SubtitleLint.check(fixed, NETFLIX)).isEmpty();
    }

    @Test
    void chainsGapsOfUpToTwelveFrames() {
        List<Cue> fixed = SubtitleFixes.fix(List.of(Cue.of(0, 1500, "One."), Cue.of(1900, 3000, "Two."),
                Cue.of(5000, 6000, "Three.")), NETFLIX);
        assertThat(fixed).extracting(Cue::end).containsExactly(1900L - 84, 3000L, 6000L);
    }

    @Test
    void extendsShortCuesIntoFreeTimeButNeverIntoTheNextCue() {
        // Netflix's numbers with short and fast cues as warnings: only ends move
        SubtitleProfile lenient = NETFLIX.withStrictTiming(false);
        List<Cue> fixed = SubtitleFixes.fix(List.of(Cue.of(0, 300, "Hi."), Cue.of(600, 900, "Yes."),
                Cue.of(5000, 5200, "abcdefghij abcdefghij abcdefghij")), lenient);
        assertThat(fixed).extracting(Cue::end).containsExactly(600L - 84, 600L + 833, 5000L + 1600);
        assertThat(fixed).extracting(Cue::start).containsExactly(0L, 600L, 5000L);
    }

    @Test
    void underNetflixAShortCueBorrowsFromFreeTimeBeforeAndFromAGenerousNeighbour() {
        // "Kate: thanks BR" between the host's long cue and the next: too short for 20 frames, too fast for 20 cps
        List<Cue> cues = List.of(Cue.of(0, 4000, "Welcome to the show, where we talk"),
                Cue.of(4000, 4409, "Kate: thanks BR, glad"), Cue.of(4500, 9000, "so the first story this week is"),
                Cue.of(20_000, 21_000, "A long way after."));
        assertThat(SubtitleLint.check(SubtitleFixes.fix(cues, NETFLIX.withStrictTiming(false)), NETFLIX))
                .isNotEmpty();
        List<Cue> fixed = SubtitleFixes.fix(cues, NETFLIX);
        assertThat(SubtitleLint.check(fixed, NETFLIX)).isEmpty();
        assertThat(fixed).extracting(Cue::lines).isEqualTo(cues.stream().map(Cue::lines).toList());
        assertThat(fixed.get(3)).isEqualTo(cues.get(3)); // far from the trouble: untouched
        assertThat(fixed.get(1).start()).isLessThan(4000); // borrowed from the cue before
    }

    @Test
    void leavesAnOverlapItCannotTrimForLintToReport() {
        List<Cue> cues = List.of(Cue.of(1000, 3000, "One."), Cue.of(500, 2000, "Two."));
        assertThat(SubtitleFixes.fix(cues, NETFLIX).get(0)).isEqualTo(cues.get(0));
    }
}
