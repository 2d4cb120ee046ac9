package org.turnscript.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.turnscript.model.Cue;
import org.turnscript.model.Transcript;
import org.turnscript.model.TranscriptArbitraries;

/**
 * Whatever the transcript, the layout's cues pass lint under their profile, or lint names the one reason they
 * cannot: an error only for a word (with its label) too long for a line; warnings only where the next cue left
 * no time to reach the minimum duration or the reading speed.
 */
class LayoutLintProperties {

    @Provide
    Arbitrary<SubtitleProfile> profiles() {
        return Arbitraries.of(SubtitleProfiles.NETFLIX, SubtitleProfiles.BBC, SubtitleProfiles.WEB,
                SubtitleProfiles.NETFLIX.withTwoSpeakerCues(true), SubtitleProfiles.WEB.withTwoSpeakerCues(true));
    }

    @Provide
    Arbitrary<SpeakerDisplay> displays() {
        return Combinators.combine(Arbitraries.of(SpeakerLabelStyle.values()), Arbitraries.of(LabelCasing.values()),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(SpeakerDisplay::new);
    }

    @Provide
    Arbitrary<Transcript> transcripts() {
        return TranscriptArbitraries.timedTranscripts();
    }

    @Property(tries = 400)
    void laidOutCuesPassLintOrLintNamesWhyNot(@ForAll("transcripts") Transcript t,
                                              @ForAll("profiles") SubtitleProfile profile,
                                              @ForAll("displays") SpeakerDisplay display) {
        List<Cue> cues = CueLayout.layout(t, profile, display);
        List<LintProblem> problems = SubtitleLint.check(cues, profile, display);
        for (LintProblem p : problems) {
            Cue cue = cues.get(p.cueNumber() - 1);
            long limit = p.cueNumber() < cues.size()
                    ? cues.get(p.cueNumber()).start() - profile.minGapMs() : Long.MAX_VALUE;
            switch (p.kind()) {
                case LINE_TOO_LONG -> {
                    String line = cue.lines().get(Integer.parseInt(p.detail().substring("line ".length())) - 1);
                    String label = display.label(cue.speakerNames().isEmpty() ? null : cue.speakerNames().get(0));
                    String text = line.startsWith(label) ? line.substring(label.length()) : line;
                    assertThat(text).as("an overlong line holds one word: %s", p.message()).doesNotContain(" ");
                }
                case TOO_SHORT -> assertThat(cue.end()).as(p.message()).isEqualTo(limit);
                case READING_SPEED -> assertThat(cue.end() == limit || cue.duration() == profile.maxDurationMs())
                        .as("%s: extended as far as it could go", p.message()).isTrue();
                default -> throw new AssertionError("unexpected problem " + p.message() + " in " + cues);
            }
        }
    }

    @Property(tries = 200)
    void fixesNeverMakeLaidOutCuesWorse(@ForAll("transcripts") Transcript t,
                                        @ForAll("profiles") SubtitleProfile profile) {
        List<Cue> cues = CueLayout.layout(t, profile, SpeakerDisplay.DEFAULT);
        List<Cue> fixed = SubtitleFixes.fix(cues, profile);
        assertThat(SubtitleLint.errors(SubtitleLint.check(fixed, profile)))
                .isLessThanOrEqualTo(SubtitleLint.errors(SubtitleLint.check(cues, profile)));
        for (int i = 0; i < fixed.size(); i++) {
            assertThat(fixed.get(i).start()).isEqualTo(cues.get(i).start());
            if (i + 1 < fixed.size()) {
                assertThat(fixed.get(i).end()).isLessThanOrEqualTo(fixed.get(i + 1).start() - profile.minGapMs());
            }
        }
    }
}
