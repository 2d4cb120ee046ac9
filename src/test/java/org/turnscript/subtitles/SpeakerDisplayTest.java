package org.turnscript.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerDisplayTest {

    @Test
    void labelsInEveryStyleAndCase() {
        SpeakerDisplay name = SpeakerDisplay.DEFAULT;
        assertThat(name.label("kate soule")).isEqualTo("kate soule: ");
        assertThat(name.withCasing(LabelCasing.TITLE).label("kate o'brien")).isEqualTo("Kate O'Brien: ");
        assertThat(name.withCasing(LabelCasing.UPPER).label("Kate")).isEqualTo("KATE: ");
        assertThat(name.withStyle(SpeakerLabelStyle.BRACKET).label("Kate")).isEqualTo("[Kate] ");
        assertThat(name.withStyle(SpeakerLabelStyle.DASH).label("Kate")).isEqualTo("- ");
        assertThat(name.withStyle(SpeakerLabelStyle.CHEVRONS).label(null)).isEqualTo(">> ");
        assertThat(name.withStyle(SpeakerLabelStyle.NONE).label("Kate")).isEmpty();
        assertThat(name.label(null)).isEmpty();
    }

    @Test
    void readsTheOlderUpperStyleAsNamesInCapitals() {
        SpeakerDisplay upper = SpeakerDisplay.of(SpeakerLabelStyle.UPPER);
        assertThat(upper.style()).isEqualTo(SpeakerLabelStyle.NAME);
        assertThat(upper.casing()).isEqualTo(LabelCasing.UPPER);
        assertThat(upper.labelStyle()).isEqualTo(SpeakerLabelStyle.UPPER);
    }

    @Test
    void labelsEveryCueOnlyWhenAsked() {
        assertThat(SpeakerDisplay.DEFAULT.labelFor("Kate", false)).isEmpty();
        assertThat(SpeakerDisplay.DEFAULT.withEveryCue(true).labelFor("Kate", false)).isEqualTo("Kate: ");
    }
}
