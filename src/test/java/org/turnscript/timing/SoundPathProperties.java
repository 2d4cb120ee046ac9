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

    /** Random speech for the path: per word its expected length, syllables and true start; the stretches. */
    private record Speech(double[] expected, double[] syllables, double[] opens, double[] startMs, long[] starts,
            long[] ends, int[] heard) {
    }

    private static Speech speech(int words, long seed) {
        Random random = new Random(seed);
        double[] expected = new double[words];
        double[] syllables = new double[words];
        double[] opens = new double[words];
        double[] startMs = new double[words];
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
                startMs[q] = (at + length) * 1000;
                length += expected[q] * (0.7 + 0.6 * random.nextDouble());
                heard += (int) syllables[q];
            }
            sounds.add(new long[] {(long) (at * 1000), (long) ((at + length) * 1000)});
            nuclei.add(Math.max(0, heard + random.nextInt(3) - 1));
            at += length + 0.1 + 1.9 * random.nextDouble();
            j += k;
        }
        return new Speech(expected, syllables, opens, startMs, sounds.stream().mapToLong(s -> s[0]).toArray(),
                sounds.stream().mapToLong(s -> s[1]).toArray(), nuclei.stream().mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 40)
    void theBeamFindsThePathTheWholeBandFinds(@ForAll @IntRange(min = 50, max = 1500) int words,
            @ForAll long seed) {
        Speech sp = speech(words, seed);
        double[] none = new double[words];

        SoundPath.Path beamed = SoundPath.align(sp.expected(), none, sp.opens(), sp.syllables(), sp.starts(),
                sp.ends(), sp.heard(), 0, SoundPath.BEAM, () -> false);
        SoundPath.Path whole = SoundPath.align(sp.expected(), none, sp.opens(), sp.syllables(), sp.starts(),
                sp.ends(), sp.heard(), 0, Double.POSITIVE_INFINITY, () -> false);

        assertThat(beamed).isNotNull();
        assertThat(beamed.wordsBefore()).isEqualTo(whole.wordsBefore());
        assertThat(beamed.use()).isEqualTo(whole.use());
    }

    /**
     * The cost a cue prior adds is counted apart ({@code priorCost}), so what is left ({@code soundCost}) is the
     * path's cost by the sound alone: never below the best path the sound alone finds; and a prior no word has
     * changes nothing.
     */
    @Property(tries = 40)
    void thePriorsShareOfThePathsCostIsCountedApart(@ForAll @IntRange(min = 50, max = 1500) int words,
            @ForAll long seed) {
        Speech sp = speech(words, seed);
        double[] none = new double[words];
        Random random = new Random(seed + 1);
        double[] prior = new double[words];
        double[] nowhere = new double[words];
        for (int j = 0; j < words; j++) {
            // Cue times up to 0.8 s off, and a word in five without one.
            prior[j] = random.nextInt(5) == 0 ? Double.NaN : sp.startMs()[j] + 1600 * (random.nextDouble() - 0.5);
            nowhere[j] = Double.NaN;
        }

        SoundPath.Path heard = SoundPath.align(sp.expected(), none, sp.opens(), sp.syllables(), sp.starts(),
                sp.ends(), sp.heard(), 0, Double.POSITIVE_INFINITY, () -> false);
        SoundPath.Path cued = SoundPath.alignNear(sp.expected(), none, sp.opens(), sp.syllables(), sp.starts(),
                sp.ends(), sp.heard(), 0, prior, () -> false);
        SoundPath.Path uncued = SoundPath.alignNear(sp.expected(), none, sp.opens(), sp.syllables(), sp.starts(),
                sp.ends(), sp.heard(), 0, nowhere, () -> false);

        assertThat(heard.priorCost()).isZero();
        assertThat(cued).isNotNull();
        assertThat(cued.priorCost()).isGreaterThanOrEqualTo(0);
        assertThat(cued.soundCost()).isGreaterThanOrEqualTo(heard.cost() - 1e-6);
        assertThat(cued.cost()).isLessThanOrEqualTo(heard.cost() + priorOf(heard, prior, sp) + 1e-6);
        assertThat(uncued.wordsBefore()).isEqualTo(heard.wordsBefore());
        assertThat(uncued.cost()).isCloseTo(heard.cost(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(uncued.priorCost()).isZero();
    }

    /** What the prior would add to {@code path}, as the search counts it. */
    private static double priorOf(SoundPath.Path path, double[] prior, Speech sp) {
        double[] sum = {0};
        path.forEachGroup((first, end, firstWord, endWord) -> {
            if (Double.isNaN(prior[firstWord])) {
                return;
            }
            double pauseStart = first > 0 ? sp.ends()[first - 1] : 0;
            double off = Math.max(0, Math.max(prior[firstWord] - sp.starts()[first], pauseStart - prior[firstWord]));
            sum[0] += off * off / (2 * SoundPath.PRIOR_SD_MS * SoundPath.PRIOR_SD_MS);
        });
        return sum[0];
    }
}
