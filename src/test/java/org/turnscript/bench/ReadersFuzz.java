package org.turnscript.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.turnscript.fuzz.Family;
import org.turnscript.fuzz.FuzzRun;
import org.turnscript.fuzz.FuzzSeeds;

/**
 * The long fuzz run (bench/fuzz-readers.sh): N inputs per family, mutated from the fixtures under the given
 * folder, each run through every path a command takes. Prints per family the counts of escapes (exceptions other
 * than a refusal in words), inputs over 1 s and exports Turnscript cannot read back, and lists up to ten of each.
 *
 * <pre>java -cp … org.turnscript.bench.ReadersFuzz FORMATS_FOLDER [N] [SEED] [FAMILY…]</pre>
 */
public final class ReadersFuzz {

    private static final long SLOW_NANOS = 1_000_000_000L;
    private static final int MAX_LONG_LINE = 400_000;

    private ReadersFuzz() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        int perFamily = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 15;
        List<Family> families = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            families.add(Family.valueOf(args[i]));
        }
        if (families.isEmpty()) {
            families.addAll(List.of(Family.values()));
        }
        FuzzSeeds seeds = FuzzSeeds.load(root);
        int escapes = 0;
        int slow = 0;
        int unreadable = 0;
        long start = System.nanoTime();
        for (Family family : families) {
            FuzzRun run = FuzzRun.run(family, seeds, seed * 1000 + family.ordinal(), perFamily, MAX_LONG_LINE,
                    SLOW_NANOS);
            System.out.println(run.summary());
            list("escape", run.escapes());
            list("unreadable", run.unreadable());
            list("slow", run.slow());
            System.out.flush();
            escapes += run.escapes().size();
            slow += run.slow().size();
            unreadable += run.unreadable().size();
        }
        System.out.printf("total: %d escapes, %d inputs over 1 s, %d unreadable exports (%.0f s)%n", escapes, slow,
                unreadable, (System.nanoTime() - start) / 1e9);
        System.exit(escapes + slow + unreadable == 0 ? 0 : 1);
    }

    private static void list(String what, List<FuzzRun.Finding> findings) {
        findings.stream().limit(10).forEach(f -> System.out.println("  " + what + " #" + f.index() + " " + f.name()
                + " (" + f.bytes() + " bytes): " + f.what()));
    }
}
