package org.turnscript.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/turnscript} finds the jar beside it however it is started (by its path, a relative path from another
 * folder, a symbolic link elsewhere) and maps the class-data archive made at package time (ADR 8, ADR 22): it takes
 * its folder from its own path without starting a process, so the folder may be relative.
 */
class LauncherScriptIT {

    static final Path SCRIPT = Path.of("bin", "turnscript").toAbsolutePath();
    static final Path ARCHIVE = Path.of("target", "turnscript.jsa");

    @TempDir
    Path dir;

    record Run(int exit, String out) {
    }

    @Test
    void startsByItsPathARelativePathAndASymbolicLink() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "a POSIX shell script");
        Path link = dir.resolve("turnscript");
        Files.createSymbolicLink(link, SCRIPT);
        Path target = SCRIPT.getParent().resolveSibling("target");
        for (Run run : List.of(
                run(SCRIPT.getParent().getParent(), "bin/turnscript"),
                run(target, "../bin/turnscript"),
                run(dir, link.toString()),
                run(dir, "./turnscript"))) {
            assertThat(run.exit()).as(run.out()).isZero();
            assertThat(run.out()).contains("Turnscript ");
            if (Files.exists(ARCHIVE)) {
                assertThat(run.out()).contains("org.turnscript.cli.TurnscriptCommand source: shared objects file");
            }
        }
    }

    /** {@code command --version} in {@code folder}, with the JVM listing where each class came from. */
    private static Run run(Path folder, String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "exec " + command + " --version").directory(folder.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("TURNSCRIPT_JAR");
        env.put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }
}
