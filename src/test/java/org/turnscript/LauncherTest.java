package org.turnscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launcher runs the command line without loading a single JavaFX class, so it works without a display. */
class LauncherTest {

    @Test
    void commandLineLoadsNoJavaFxClass() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-verbose:class", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--version"))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(output).contains("Turnscript").contains("org.turnscript.cli.TurnscriptCommand");
        assertThat(output).doesNotContain("javafx.").doesNotContain("org.turnscript.ui.");
    }

    @Test
    void filesOpenTheEditorAndCommandsRunTheCommandLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path srt = java.nio.file.Files.writeString(dir.resolve("long.srt"), "1\n00:00:01,000 --> 00:00:02,000\nhi\n");
        assertThat(LaunchMode.opensEditor(new String[0])).isTrue();
        assertThat(LaunchMode.opensEditor(new String[] {srt.toString()})).isTrue();
        assertThat(LaunchMode.opensEditor(new String[] {""})).as("javafx:run without -Dfile").isTrue();
        assertThat(LaunchMode.opensEditor(new String[] {"convert", srt.toString()})).isFalse();
        assertThat(LaunchMode.opensEditor(new String[] {"--version"})).isFalse();
        assertThat(LaunchMode.opensEditor(new String[] {"conver", "x.srt"})).as("a typo names no file").isFalse();
    }

    @Test
    void everySubcommandIsKnownToTheLauncher() {
        assertThat(LaunchMode.COMMANDS).containsExactlyInAnyOrderElementsOf(
                org.turnscript.cli.TurnscriptCommand.commandLine().getSubcommands().keySet());
    }
}
