package org.turnscript.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real-input FFT against the transform as defined, summed term by term. */
class RealFftTest {

    @ParameterizedTest
    @ValueSource(ints = {4, 16, 512})
    void itIsTheDiscreteFourierTransformOfItsInput(int n) {
        Random random = new Random(n);
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = random.nextGaussian() + (j % 5 == 0 ? 1 : 0);
        }
        double[] re = new double[n / 2 + 1];
        double[] im = new double[n / 2 + 1];

        new RealFft(n).forward(x, re, im);

        for (int k = 0; k <= n / 2; k++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                sr += x[j] * Math.cos(2 * Math.PI * j * k / n);
                si -= x[j] * Math.sin(2 * Math.PI * j * k / n);
            }
            assertThat(re[k]).as("re[%d]", k).isCloseTo(sr, within(1e-9 * n));
            assertThat(im[k]).as("im[%d]", k).isCloseTo(si, within(1e-9 * n));
        }
    }

    @Test
    void onlyPowersOfTwoArePlanned() {
        assertThatThrownBy(() -> new RealFft(384)).isInstanceOf(IllegalArgumentException.class);
    }
}
