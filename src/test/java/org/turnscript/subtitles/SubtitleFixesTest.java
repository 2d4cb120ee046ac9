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
        List<Cue> fixed = SubtitleFixes.fix(List.of(Cue.of(0, 300, "Hi."), Cue.of(600, 900, "Yes."),
                Cue.of(5000, 5200, "abcdefghij abcdefghij abcdefghij")), NETFLIX);
        assertThat(fixed).extracting(Cue::end).containsExactly(600L - 84, 600L + 833, 5000L + 1600);
    }

    @Test
    void leavesAnOverlapItCannotTrimForLintToReport() {
        List<Cue> cues = List.of(Cue.of(1000, 3000, "One."), Cue.of(500, 2000, "Two."));
        assertThat(SubtitleFixes.fix(cues, NETFLIX).get(0)).isEqualTo(cues.get(0));
    }
}
