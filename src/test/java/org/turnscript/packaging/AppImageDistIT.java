package org.turnscript.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.turnscript.about.BuildInfo;

/** The jpackage app image of the build platform (./mvnw -Pdist verify): its launcher answers --version. */
class AppImageDistIT {

    static final Path DIST = Path.of("target", "dist");

    @Test
    void theLauncherAnswersWithTheBuildsVersion() throws Exception {
        Path launcher = launcher();
        assertThat(launcher).isExecutable();

        Installed run = Installed.run(DIST, launcher.toAbsolutePath().toString(), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).isEqualTo(BuildInfo.current().describe());
        assertThat(BuildInfo.current().version()).isNotEqualTo("development build");
    }

    @Test
    void theRuntimeKeepsItsJavaForTheEditorsJvmAndItsClassDataArchive() {
        Path runtime = Files.exists(DIST.resolve("turnscript")) ? DIST.resolve("turnscript/lib/runtime")
                : DIST.resolve("runtime");
        assertThat(runtime.resolve("bin/java")).isExecutable();
        assertThat(runtime.resolve("lib/server/classes.jsa")).isRegularFile();
    }

    static Path launcher() {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("windows")) {
            return DIST.resolve("Turnscript/turnscript-cli.exe"); // the windowed Turnscript.exe prints nothing
        }
        if (os.contains("mac")) {
            return DIST.resolve("Turnscript.app/Contents/MacOS/Turnscript");
        }
        return DIST.resolve("turnscript/bin/turnscript");
    }
}
