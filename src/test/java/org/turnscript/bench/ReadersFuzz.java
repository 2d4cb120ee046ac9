package org.turnscript.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.turnscript.fuzz.Family;
import org.turnscript.fuzz.FuzzInputs;
import org.turnscript.fuzz.FuzzRun;
import org.turnscript.fuzz.FuzzSeeds;

/**
 * The long fuzz run (bench/fuzz-readers.sh): N inputs per family, mutated from the fixtures under the given
 * folder, each run through every path a command takes, in one process. Prints per family the counts of escapes
 * (exceptions other than a refusal in words), inputs over the time limit and exports Turnscript cannot read back,
 * lists up to ten of each and the slowest inputs, and saves each of those inputs to a file.
 *
 * <pre>java -cp … org.turnscript.bench.ReadersFuzz FORMATS_FOLDER [-n N] [--seed S] [-j WORKERS]
 *     [--from-index I] [--save DIR] [--slow-ms MS] [--cpu-time] [FAMILY…]</pre>
 *
 * Every input is made from the seed and its index alone, so {@code --from-index I -n N} runs exactly the inputs
 * I … I+N-1 of the full run: shards on several machines add up to the same run, and {@code --from-index I -n 1}
 * replays one finding.
 */
public final class ReadersFuzz {

    private static final int MAX_LONG_LINE = 400_000;
    private static final int WARM_UP_INPUTS = 30;
    private static final int LISTED = 10;

    private ReadersFuzz() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int perFamily = 100_000;
        long seed = 15;
        int workers = 1;
        int from = 0;
        long slowNanos = 1_000_000_000L;
        boolean cpuClock = false;
        Path save = Path.of("target/fuzz-findings");
        List<Family> families = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "-n" -> perFamily = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "-j" -> workers = Integer.parseInt(args[++i]);
                case "--from-index" -> from = Integer.parseInt(args[++i]);
                case "--save" -> save = Path.of(args[++i]);
                case "--slow-ms" -> slowNanos = Long.parseLong(args[++i]) * 1_000_000L;
                case "--cpu-time" -> cpuClock = true;
                default -> families.add(Family.valueOf(args[i]));
            }
        }
        if (families.isEmpty()) {
            families.addAll(List.of(Family.values()));
        }
        FuzzSeeds seeds = FuzzSeeds.load(root);
        long start = System.nanoTime();
        for (Family family : families) {
            FuzzRun.warmUp(new FuzzInputs(family, seeds, seed, MAX_LONG_LINE), WARM_UP_INPUTS / families.size() + 3);
        }
        System.out.printf("warm-up: %.0f s; inputs %d … %d of each family, %d worker%s, limit %d ms of %s%n",
                (System.nanoTime() - start) / 1e9, from, from + perFamily - 1, workers, workers == 1 ? "" : "s",
                slowNanos / 1_000_000, cpuClock ? "CPU time" : "wall-clock time");
        int escapes = 0;
        int slow = 0;
        int unreadable = 0;
        int inputs = 0;
        start = System.nanoTime();
        for (Family family : families) {
            FuzzInputs made = new FuzzInputs(family, seeds, seed, MAX_LONG_LINE);
            FuzzRun run = FuzzRun.run(made, from, perFamily, slowNanos, workers, cpuClock);
            System.out.println(run.summary());
            Map<Integer, Path> saved = save(made, run, save);
            list("escape", run.escapes(), saved);
            list("unreadable", run.unreadable(), saved);
            list("slow", run.slow(), saved);
            for (FuzzRun.Timed t : run.slowest()) {
                System.out.printf("  slowest #%d %s (%d bytes): %d ms → %s%n", t.index(), t.name(), t.bytes(),
                        t.nanos() / 1_000_000, saved.get(t.index()));
            }
            System.out.flush();
            escapes += run.escapes().size();
            slow += run.slow().size();
            unreadable += run.unreadable().size();
            inputs += run.inputs();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("total: %d escapes, %d inputs over %d ms, %d unreadable exports (%d inputs in %.0f s, "
                        + "%.1f inputs/s)%n", escapes, slow, slowNanos / 1_000_000, unreadable, inputs, seconds,
                inputs / seconds);
        System.exit(escapes + slow + unreadable == 0 ? 0 : 1);
    }

    /** Writes every listed input to {@code dir}, made again from its index; returns where each went. */
    private static Map<Integer, Path> save(FuzzInputs made, FuzzRun run, Path dir) throws IOException {
        Map<Integer, Path> saved = new LinkedHashMap<>();
        List<Integer> indices = new ArrayList<>();
        for (List<FuzzRun.Finding> findings : List.of(run.escapes(), run.unreadable(), run.slow())) {
            findings.stream().limit(LISTED).forEach(f -> indices.add(f.index()));
        }
        run.slowest().forEach(t -> indices.add(t.index()));
        for (int index : indices) {
            if (!saved.containsKey(index)) {
                FuzzInputs.Input input = made.get(index);
                Files.createDirectories(dir);
                Path file = dir.resolve(made.family() + "-" + index + "-" + input.name());
                Files.write(file, input.bytes());
                saved.put(index, file);
            }
        }
        return saved;
    }

    private static void list(String what, List<FuzzRun.Finding> findings, Map<Integer, Path> saved) {
        findings.stream().limit(LISTED).forEach(f -> System.out.println("  " + what + " #" + f.index() + " "
                + f.name() + " (" + f.bytes() + " bytes): " + f.what() + " → " + saved.get(f.index())));
    }
}
