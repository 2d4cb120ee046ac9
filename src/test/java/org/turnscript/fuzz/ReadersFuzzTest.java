package org.turnscript.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bounded fuzz run in the normal suite: inputs of every family, mutated from the fixtures, end in a document or
 * a refusal in words, and what Turnscript writes it can read back. The long run is bench/fuzz-readers.sh.
 */
class ReadersFuzzTest {

    private static final int INPUTS_PER_FAMILY = 40;
    /** Generous: the suite shares the machine; the long run measures against 1 s. */
    private static final long SLOW_NANOS = 5_000_000_000L;

    private static FuzzSeeds seeds;

    @BeforeAll
    static void loadSeeds() {
        seeds = FuzzSeeds.fromClassPath();
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void everyInputIsReadOrRefusedInWordsAndEveryExportReadsBack(Family family) {
        assertThat(seeds.of(family)).as("seeds of " + family).isNotEmpty();
        int count = family == Family.LONG_LINES ? INPUTS_PER_FAMILY / 4 : INPUTS_PER_FAMILY;
        FuzzRun run = FuzzRun.run(family, seeds, 15L * 1000 + family.ordinal(), count, 300_000, SLOW_NANOS);
        assertThat(run.escapes()).as(run.summary()).isEmpty();
        assertThat(run.unreadable()).as(run.summary()).isEmpty();
        assertThat(run.slow()).as(run.summary()).isEmpty();
    }
}
