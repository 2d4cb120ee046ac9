package org.turnscript.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The beam of the sound path prunes only paths that could not have won: it finds what the whole band finds. */
class SoundPathProperties {

    @Property(tries = 40)
    void theBeamFindsThePathTheWholeBandFinds(@ForAll @IntRange(min = 50, max = 1500) int words,
            @ForAll long seed) {
        Random random = new Random(seed);
        double[] expected = new double[words];
        double[] syllables = new double[words];
        double[] none = new double[words];
        double[] opens = new double[words];
        for (int j = 0; j < words; j++) {
            syllables[j] = 1 + random.nextInt(3);
            expected[j] = 0.12 + 0.15 * syllables[j];
            opens[j] = random.nextInt(8) == 0 ? 1 : 0;
        }
        // Speech: groups of one to eight words, each spoken 30 % faster or slower than expected, and pauses of
        // 0.1 to 2 s between them; now and then a cough with no words.
        List<long[]> sounds = new ArrayList<>();
        List<Integer> nuclei = new ArrayList<>();
        double at = 0.5;
        int j = 0;
        while (j < words) {
            if (random.nextInt(20) == 0) {
                sounds.add(new long[] {(long) (at * 1000), (long) ((at + 0.3) * 1000)});
                nuclei.add(1);
                at += 0.3 + 0.5;
            }
            int k = Math.min(words - j, 1 + random.nextInt(8));
            double length = 0;
            int heard = 0;
            for (int q = j; q < j + k; q++) {
                length += expected[q] * (0.7 + 0.6 * random.nextDouble());
                heard += (int) syllables[q];
            }
            sounds.add(new long[] {(long) (at * 1000), (long) ((at + length) * 1000)});
            nuclei.add(Math.max(0, heard + random.nextInt(3) - 1));
            at += length + 0.1 + 1.9 * random.nextDouble();
            j += k;
        }
        long[] starts = sounds.stream().mapToLong(s -> s[0]).toArray();
        long[] ends = sounds.stream().mapToLong(s -> s[1]).toArray();
        int[] heard = nuclei.stream().mapToInt(Integer::intValue).toArray();

        SoundPath.Path beamed = SoundPath.align(expected, none, opens, syllables, starts, ends, heard, 0,
                SoundPath.BEAM, () -> false);
        SoundPath.Path whole = SoundPath.align(expected, none, opens, syllables, starts, ends, heard, 0,
                Double.POSITIVE_INFINITY, () -> false);

        assertThat(beamed).isNotNull();
        assertThat(beamed.wordsBefore()).isEqualTo(whole.wordsBefore());
        assertThat(beamed.use()).isEqualTo(whole.use());
    }
}
