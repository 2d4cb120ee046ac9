package org.turnscript.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of one family in a run. Each is made from its own random seed, derived from the run's seed, the
 * family and its index, so that any input can be made again alone: a run can start at any index, be split into
 * shards, and a finding can be replayed from its index.
 */
public final class FuzzInputs {

    /** One input: its index in the run, the name it is read under, and its bytes. */
    public record Input(int index, String name, byte[] bytes) {
    }

    private final Family family;
    private final FuzzSeeds seeds;
    private final List<byte[]> all = new ArrayList<>();
    private final long runSeed;
    private final int maxLongLine;

    /**
     * @param runSeed     the seed of the run: the same seed gives the same inputs
     * @param maxLongLine the longest run a long-line edit inserts
     */
    public FuzzInputs(Family family, FuzzSeeds seeds, long runSeed, int maxLongLine) {
        this.family = family;
        this.seeds = seeds;
        this.runSeed = runSeed;
        this.maxLongLine = maxLongLine;
        for (Family f : Family.values()) {
            if (f != Family.JSON_TREE && f != Family.LONG_LINES) {
                all.addAll(seeds.of(f));
            }
        }
    }

    public Family family() {
        return family;
    }

    /** The input at {@code index}. */
    public Input get(int index) {
        long seed = mix(runSeed * 31 + family.ordinal(), index);
        if (family == Family.JSON_TREE) {
            JsonTreeMutator mutator = new JsonTreeMutator(seed);
            FuzzSeeds.Named document = seeds.documents().get(Math.floorMod(seed, seeds.documents().size()));
            String name = document.name().endsWith(".json3") ? "input.json3" : "input.json";
            return new Input(index, name, mutator.next(document.bytes()));
        }
        Mutator mutator = new Mutator(seed, maxLongLine);
        byte[] bytes = mutator.next(family, seeds.of(family), all);
        return new Input(index, mutator.name(family), bytes);
    }

    /** SplitMix64's finaliser over the two numbers: neighbouring indices get unrelated seeds. */
    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
