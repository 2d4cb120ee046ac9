package org.turnscript.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run for the command line's class-data archive (ADR 8), made when the jar is packaged:
 * {@code java -XX:ArchiveClassesAtExit=turnscript.jsa -cp turnscript.jar org.turnscript.cli.StartupTraining}.
 * It runs the everyday commands once each, in one process, on a small generated file, so that the archive holds
 * the classes they load and a later run maps them instead of loading, verifying and linking them one by one.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("turnscript-training");
        PrintStream out = System.out;
        PrintStream err = System.err;
        // What the commands print is of no interest here; what they load is.
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(nowhere);
        System.setErr(nowhere);
        int failed = 0;
        try {
            Path srt = dir.resolve("training.srt");
            Files.writeString(srt, cues(200), StandardCharsets.UTF_8);
            String s = srt.toString();
            String d = dir.toString();
            for (List<String> command : List.of(
                    List.of("--version"),
                    List.of("convert", "--help"),
                    List.of("convert", s, "-o", d + "/training.vtt"),
                    List.of("convert", d + "/training.vtt", "-o", d + "/again.srt"),
                    List.of("convert", s, "--to", "vtt"),
                    List.of("info", s),
                    List.of("lint", s),
                    List.of("convert", s, "-o", d + "/training.json"),
                    List.of("convert", d + "/training.json", "-o", d + "/training.txt"),
                    List.of("convert", s, "--relayout", "-o", d + "/relaid.srt"))) {
                int exit = TurnscriptCommand.run(command.toArray(String[]::new));
                failed += exit > 1 ? 1 : 0;
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        out.println("turnscript: start-up training ran, " + failed + " command(s) refused");
    }

    /** {@code n} short two-speaker cues, as SRT. */
    static String cues(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i + 1).append("\r\n").append(time(i * 2000)).append(" --> ").append(time(i * 2000 + 1500))
                    .append("\r\n").append(i % 5 == 0 ? (i % 10 == 0 ? "KATE: " : "BRIAN: ") : "")
                    .append("so what we think about it is this\r\nand that, right?\r\n\r\n");
        }
        return b.toString();
    }

    private static String time(int ms) {
        return String.format("%02d:%02d:%02d,%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
