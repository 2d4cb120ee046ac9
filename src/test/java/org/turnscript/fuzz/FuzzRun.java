package org.turnscript.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run of many inputs of one family: counts by outcome, the escapes and slow inputs with how to find them. */
public final class FuzzRun {

    /** An input that needs looking at: its index in the run, its name, its size and what happened. */
    public record Finding(int index, String name, int bytes, String what) {
    }

    private final Family family;
    private final Map<FuzzTarget.Kind, Integer> counts = new LinkedHashMap<>();
    private final List<Finding> escapes = new ArrayList<>();
    private final List<Finding> unreadable = new ArrayList<>();
    private final List<Finding> slow = new ArrayList<>();
    private long maxNanos;
    private long totalNanos;
    private int inputs;

    public FuzzRun(Family family) {
        this.family = family;
        for (FuzzTarget.Kind k : FuzzTarget.Kind.values()) {
            counts.put(k, 0);
        }
    }

    /**
     * Runs {@code count} inputs; an input over {@code slowNanos} is run once more and counted slow only if it is
     * slow again (a collection or another process can stall any single run).
     */
    public static FuzzRun run(Family family, FuzzSeeds seeds, long seed, int count, int maxLongLine, long slowNanos) {
        FuzzRun run = new FuzzRun(family);
        Mutator mutator = new Mutator(seed, maxLongLine);
        FuzzTarget target = new FuzzTarget();
        List<byte[]> all = new ArrayList<>();
        for (Family f : Family.values()) {
            all.addAll(seeds.of(f));
        }
        for (int i = 0; i < count; i++) {
            byte[] input = mutator.next(family, seeds.of(family), all);
            String name = mutator.name(family);
            FuzzTarget.Outcome outcome = watched(target, input, name, stallNanos(slowNanos));
            if (outcome.nanos() > slowNanos && outcome.kind() != FuzzTarget.Kind.ESCAPE) {
                FuzzTarget.Outcome again = watched(target, input, name, stallNanos(slowNanos));
                if (again.nanos() < outcome.nanos()) {
                    outcome = again;
                }
            }
            run.add(i, name, input.length, outcome, slowNanos);
        }
        return run;
    }

    /** How long an input may run before it is abandoned, so one stall does not end the whole run. */
    private static long stallNanos(long slowNanos) {
        return Math.max(30 * slowNanos, 30_000_000_000L);
    }

    /**
     * Runs one input on its own thread; one that is still running after {@code stallNanos} is reported as slow
     * (with the time it was given) and stopped. Stopping a thread is unsafe in general; here it only ever holds
     * the input it was given, and nothing else uses what it leaves behind.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static FuzzTarget.Outcome watched(FuzzTarget target, byte[] input, String name, long stallNanos) {
        FuzzTarget.Outcome[] result = new FuzzTarget.Outcome[1];
        Thread worker = new Thread(null, () -> result[0] = target.run(input, name), "fuzz-input", 0); // the default stack, as the command line has
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(stallNanos / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.stop();
            return new FuzzTarget.Outcome(FuzzTarget.Kind.ACCEPTED, "stalled", stallNanos);
        }
        return result[0];
    }

    private void add(int index, String name, int bytes, FuzzTarget.Outcome outcome, long slowNanos) {
        inputs++;
        counts.merge(outcome.kind(), 1, Integer::sum);
        totalNanos += outcome.nanos();
        maxNanos = Math.max(maxNanos, outcome.nanos());
        if (outcome.kind() == FuzzTarget.Kind.ESCAPE) {
            escapes.add(new Finding(index, name, bytes, outcome.detail()));
        } else if (outcome.kind() == FuzzTarget.Kind.UNREADABLE_EXPORT) {
            unreadable.add(new Finding(index, name, bytes, outcome.detail()));
        }
        if (outcome.nanos() > slowNanos) {
            slow.add(new Finding(index, name, bytes, outcome.nanos() / 1_000_000 + " ms"));
        }
    }

    public List<Finding> escapes() {
        return escapes;
    }

    public List<Finding> unreadable() {
        return unreadable;
    }

    public List<Finding> slow() {
        return slow;
    }

    /** One line: the family, the counts, the mean and the slowest time. */
    public String summary() {
        return String.format("%-10s %7d inputs: %6d accepted, %6d refused, %d unreadable exports, %d escapes, "
                        + "%d over the time limit; mean %.1f ms, slowest %d ms", family, inputs,
                counts.get(FuzzTarget.Kind.ACCEPTED), counts.get(FuzzTarget.Kind.REFUSED), unreadable.size(),
                escapes.size(), slow.size(), inputs == 0 ? 0.0 : totalNanos / 1e6 / inputs, maxNanos / 1_000_000);
    }
}
