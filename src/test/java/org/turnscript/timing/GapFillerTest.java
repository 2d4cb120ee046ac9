package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.turnscript.model.TimeSource;
import org.turnscript.model.Word;

class GapFillerTest {

    @Test
    void untimedWordsGoBetweenTheirNeighbours() {
        List<Word> filled = GapFiller.fill(List.of(Word.timed("a", 0, 1000, TimeSource.MEASURED), Word.of("b"),
                Word.timed("c", 2000, 2500, TimeSource.MEASURED)), Word.UNKNOWN_TIME);
        assertThat(filled.get(1).start()).isEqualTo(1000);
        assertThat(filled.get(1).end()).isEqualTo(2000);
    }

    /** A run between overlapping words used to be put after the next word's start: words out of time order. */
    @Test
    void aRunBetweenOverlappingWordsGoesAtTheNextWordsStart() {
        List<Word> filled = GapFiller.fill(List.of(Word.timed("a", 0, 3000, TimeSource.MEASURED), Word.of("b"),
                Word.timed("c", 2000, 2500, TimeSource.MEASURED)), Word.UNKNOWN_TIME);
        assertThat(filled.get(1).start()).isEqualTo(2000);
        assertThat(filled.get(1).start()).isLessThanOrEqualTo(filled.get(2).start());
    }

    @Test
    void aRunAtTheEndWithNoRoomGetsAboutASecondPerWord() {
        List<Word> filled = GapFiller.fill(List.of(Word.timed("a", 0, 3000, TimeSource.MEASURED), Word.of("b"),
                Word.of("c")), 2000);
        assertThat(filled.get(1).start()).isEqualTo(3000);
        assertThat(filled.get(2).end()).isEqualTo(5000);
    }
}
