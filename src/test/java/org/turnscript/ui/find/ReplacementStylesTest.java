package org.turnscript.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.turnscript.ui.find.ReplacementStyles.Span;

class ReplacementStylesTest {

    @Test
    void singleWordTakesTheStyleOfTheMatchStart() {
        assertThat(ReplacementStyles.of("Wong", "Hwang")).containsExactly(new Span(0, 5, 0));
    }

    @Test
    void equalWordCountsMapWordToWord() {
        // "Tim " keeps Tim's style, "Hwang" takes Wong's (match offset 4).
        assertThat(ReplacementStyles.of("Tim Wong", "Tim Hwang"))
                .containsExactly(new Span(0, 4, 0), new Span(4, 9, 4));
    }

    @Test
    void differentWordCountsUseTheFirstStyleForEverything() {
        assertThat(ReplacementStyles.of("gonna", "going to")).containsExactly(new Span(0, 8, 0));
    }

    @Test
    void emptyReplacementHasNoSpans() {
        assertThat(ReplacementStyles.of("um", "")).isEmpty();
    }

    @Test
    void aMatchStartingWithASpaceTakesTheStyleOfItsWordNotOfTheSpace() {
        // The space before "Wong" carries the previous word's time.
        assertThat(ReplacementStyles.of(" Wong", " Hwang")).containsExactly(new Span(0, 6, 1));
        assertThat(ReplacementStyles.of(" gonna", "going to")).containsExactly(new Span(0, 8, 1));
    }
}
