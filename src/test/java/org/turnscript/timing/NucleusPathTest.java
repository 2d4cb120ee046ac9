package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NucleusPathTest {

    /**
     * 600 syllables in three turns of 200; the recording has 30 nuclei more than the text counts, all in the
     * first turn, and a pause before each turn's first nucleus. The path finds the turns at their pauses.
     */
    @Test
    void turnsLandOnTheirPausesDespiteAMiscount() {
        double[] text = new double[600];
        text[200] = 1;
        text[400] = 1;
        double[] heard = new double[630];
        heard[230] = 1;
        heard[430] = 1;
        for (int k = 0; k < 230; k += 23) {
            heard[k + 5] = 0.4; // breaths inside the first turn, which the text does not mark
        }

        int[] path = NucleusPath.align(text, heard);

        assertThat(path[200]).isEqualTo(230);
        assertThat(path[400]).isEqualTo(430);
        for (int j = 1; j < path.length; j++) {
            assertThat(path[j]).isGreaterThanOrEqualTo(path[j - 1]);
        }
        int[] even = SyllableTimer.evenBetweenTurns(path, text, heard);
        assertThat(even[200]).isEqualTo(230);
        assertThat(even[300]).isEqualTo(330);
        assertThat(even[100]).isEqualTo(115);
    }

    @Test
    void withoutPausesTheSyllablesAreSpreadEvenly() {
        int[] even = SyllableTimer.evenBetweenTurns(NucleusPath.align(new double[100], new double[150]),
                new double[100], new double[150]);
        assertThat(even[0]).isZero();
        assertThat(even[50]).isEqualTo(75);
        assertThat(even[99]).isEqualTo(148);
    }
}
