package org.turnscript.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program of a packaged build and keeps what it printed. */
record Installed(int exitCode, String output) {

    static Installed run(Path directory, String... command) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(all).directory(directory.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not end within a minute");
        }
        return new Installed(p.exitValue(), out.strip());
    }
}
