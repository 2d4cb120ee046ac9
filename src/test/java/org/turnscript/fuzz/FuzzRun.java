package org.turnscript.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** A run of many inputs of one family: counts by outcome, the escapes and slow inputs with how to find them. */
public final class FuzzRun {

    /** An input that needs looking at: its index in the run, its name, its size and what happened. */
    public record Finding(int index, String name, int bytes, String what) {
    }

    /** An input's slowest path, kept for the list of the slowest inputs. */
    public record Timed(int index, String name, int bytes, long nanos) {
    }

    private static final int SLOWEST_KEPT = 5;

    private final Family family;
    private final Map<FuzzTarget.Kind, Integer> counts = new EnumMap<>(FuzzTarget.Kind.class);
    private final List<Finding> escapes = new ArrayList<>();
    private final List<Finding> unreadable = new ArrayList<>();
    private final List<Finding> slow = new ArrayList<>();
    private final List<Timed> slowest = new ArrayList<>();
    private final List<Timed> candidates = new ArrayList<>();
    private long maxNanos;
    private long totalNanos;
    private int inputs;
    private long wallNanos;
    private final LongAdder cpuNanos = new LongAdder();

    public FuzzRun(Family family) {
        this.family = family;
        for (FuzzTarget.Kind k : FuzzTarget.Kind.values()) {
            counts.put(k, 0);
        }
    }

    /** Runs inputs {@code 0 … count-1} on one thread. */
    public static FuzzRun run(Family family, FuzzSeeds seeds, long seed, int count, int maxLongLine, long slowNanos) {
        return run(new FuzzInputs(family, seeds, seed, maxLongLine), 0, count, slowNanos, 1, false);
    }

    /**
     * Runs inputs {@code from … from+count-1} on {@code workers} threads. An input over {@code slowNanos} is run
     * twice more alone once the others are done, and counted slow only if it is slow every time: a collection,
     * the other workers or another process can stall any single run.
     *
     * @param cpuClock time by the CPU time of the thread that runs an input, not the wall clock (see
     *                 {@link FuzzTarget#FuzzTarget(boolean)})
     */
    public static FuzzRun run(FuzzInputs inputs, int from, int count, long slowNanos, int workers,
            boolean cpuClock) {
        FuzzRun run = new FuzzRun(inputs.family());
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger(from);
        int end = from + count;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                FuzzTarget target = new FuzzTarget(cpuClock);
                for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
                    FuzzInputs.Input input;
                    try {
                        input = inputs.get(i);
                    } catch (RuntimeException | StackOverflowError e) {
                        // a fault of the fuzzer, not of Turnscript: listed with the escapes so it is seen and fixed
                        run.add(new FuzzInputs.Input(i, "(not made)", new byte[0]), new FuzzTarget.Outcome(
                                FuzzTarget.Kind.ESCAPE, "the mutator failed: " + FuzzTarget.describe(e), 0), slowNanos);
                        continue;
                    }
                    run.add(input, watched(target, input, stallNanos(slowNanos), run.cpuNanos), slowNanos);
                }
            }, "fuzz-worker-" + w);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return run;
            }
        }
        FuzzTarget target = new FuzzTarget(cpuClock);
        for (Timed c : run.candidates) {
            FuzzInputs.Input input = inputs.get(c.index());
            long best = c.nanos();
            for (int again = 0; again < 2 && best > slowNanos; again++) {
                best = Math.min(best, watched(target, input, stallNanos(slowNanos), new LongAdder()).nanos());
            }
            run.keepSlowest(new Timed(c.index(), c.name(), c.bytes(), best));
            if (best > slowNanos) {
                run.slow.add(new Finding(c.index(), c.name(), c.bytes(), best / 1_000_000 + " ms"));
            }
        }
        run.slow.sort(Comparator.comparingInt(Finding::index));
        run.escapes.sort(Comparator.comparingInt(Finding::index));
        run.unreadable.sort(Comparator.comparingInt(Finding::index));
        run.wallNanos = System.nanoTime() - start;
        return run;
    }

    /** Runs every input once, untimed, so the first inputs of a run do not pay for compiling the code. */
    public static void warmUp(FuzzInputs inputs, int count) {
        FuzzTarget target = new FuzzTarget();
        for (int i = 0; i < count; i++) {
            watched(target, inputs.get(-1 - i), 30_000_000_000L, new LongAdder());
        }
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
    private static FuzzTarget.Outcome watched(FuzzTarget target, FuzzInputs.Input input, long stallNanos,
            LongAdder cpuNanos) {
        FuzzTarget.Outcome[] result = new FuzzTarget.Outcome[1];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread worker = new Thread(null, () -> {
            long cpu = threads.getCurrentThreadCpuTime();
            result[0] = target.run(input.bytes(), input.name());
            cpuNanos.add(threads.getCurrentThreadCpuTime() - cpu);
        }, "fuzz-input", 0); // the default stack, as the command line has
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

    private synchronized void add(FuzzInputs.Input input, FuzzTarget.Outcome outcome, long slowNanos) {
        int bytes = input.bytes().length;
        inputs++;
        counts.merge(outcome.kind(), 1, Integer::sum);
        totalNanos += outcome.nanos();
        maxNanos = Math.max(maxNanos, outcome.nanos());
        if (outcome.kind() == FuzzTarget.Kind.ESCAPE) {
            escapes.add(new Finding(input.index(), input.name(), bytes, outcome.detail()));
        } else if (outcome.kind() == FuzzTarget.Kind.UNREADABLE_EXPORT) {
            unreadable.add(new Finding(input.index(), input.name(), bytes, outcome.detail()));
        }
        Timed timed = new Timed(input.index(), input.name(), bytes, outcome.nanos());
        if (outcome.nanos() > slowNanos && outcome.kind() != FuzzTarget.Kind.ESCAPE) {
            candidates.add(timed);
        } else {
            keepSlowest(timed);
        }
    }

    private synchronized void keepSlowest(Timed t) {
        slowest.add(t);
        slowest.sort(Comparator.comparingLong(Timed::nanos).reversed());
        if (slowest.size() > SLOWEST_KEPT) {
            slowest.remove(SLOWEST_KEPT);
        }
    }

    public Family family() {
        return family;
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

    /** The slowest inputs, slowest first (after the re-runs of those over the limit). */
    public List<Timed> slowest() {
        return slowest;
    }

    public int inputs() {
        return inputs;
    }

    /** Wall-clock time of the run, re-runs included. */
    public long wallNanos() {
        return wallNanos;
    }

    /**
     * One line: the family, the counts, the mean and the slowest time, the inputs per second and the CPU time an
     * input took over all its paths (what a run on a quiet machine needs, per core).
     */
    public String summary() {
        long slowestNanos = slowest.isEmpty() ? maxNanos : Math.max(slowest.get(0).nanos(), 0);
        return String.format("%-10s %7d inputs: %6d accepted, %6d refused, %d unreadable exports, %d escapes, "
                        + "%d over the time limit; mean %.1f ms, slowest %d ms; %.1f inputs/s, CPU %.1f ms per input", family, inputs,
                counts.get(FuzzTarget.Kind.ACCEPTED), counts.get(FuzzTarget.Kind.REFUSED), unreadable.size(),
                escapes.size(), slow.size(), inputs == 0 ? 0.0 : totalNanos / 1e6 / inputs,
                slowestNanos / 1_000_000, wallNanos == 0 ? 0.0 : inputs / (wallNanos / 1e9),
                inputs == 0 ? 0.0 : cpuNanos.sum() / 1e6 / inputs);
    }
}
