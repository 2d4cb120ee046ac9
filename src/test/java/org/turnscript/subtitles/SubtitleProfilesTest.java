package org.turnscript.subtitles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubtitleProfilesTest {

    @Test
    void knowsTheBuiltInProfilesByName() {
        assertThat(SubtitleProfiles.byId("Netflix")).isSameAs(SubtitleProfile.NETFLIX);
        assertThat(SubtitleProfiles.byId("bbc").maxCharsPerLine()).isEqualTo(37);
        assertThat(SubtitleProfiles.byId("web").maxCharsPerLine()).isEqualTo(32);
        assertThat(SubtitleProfiles.DEFAULT).isSameAs(SubtitleProfiles.NETFLIX);
        assertThatThrownBy(() -> SubtitleProfiles.byId("dvd")).hasMessageContaining("netflix, bbc, web");
    }

    @Test
    void countsTheGapInFramesRoundedUpToWholeMilliseconds() {
        assertThat(SubtitleProfiles.NETFLIX.minGapMs()).isEqualTo(84);
        assertThat(SubtitleProfiles.BBC.minGapMs()).isEqualTo(80);
        assertThat(SubtitleProfiles.WEB.minGapMs()).isEqualTo(67);
        assertThat(new SubtitleProfile("old", 42, 2, 20, 833, 7000, 84).minGapMs()).isEqualTo(84);
    }

    @Test
    void readsACustomProfileOverABase() {
        SubtitleProfile p = SubtitleProfiles.fromProperties("""
                # house rules
                base = bbc
                max-cps = 17
                frame-rate = 30
                sound-cues = drop
                two-speaker-cues = yes
                """, "house");
        assertThat(p.id()).isEqualTo("house");
        assertThat(p.maxCharsPerLine()).isEqualTo(37);
        assertThat(p.maxCharsPerSecond()).isEqualTo(17);
        assertThat(p.minGapMs()).isEqualTo(67);
        assertThat(p.soundCues()).isEqualTo(SoundCues.DROP);
        assertThat(p.twoSpeakerCues()).isTrue();
    }

    @Test
    void rejectsUnknownKeysAndBadValues() {
        assertThatThrownBy(() -> SubtitleProfiles.fromProperties("max-chars = 40", "x"))
                .hasMessageContaining("max-chars").hasMessageContaining("max-chars-per-line");
        assertThatThrownBy(() -> SubtitleProfiles.fromProperties("max-lines = two", "x"))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> SubtitleProfiles.fromProperties("min-duration-ms = 9000", "x"))
                .hasMessageContaining("inconsistent");
    }
}
