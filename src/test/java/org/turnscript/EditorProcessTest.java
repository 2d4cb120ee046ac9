package org.turnscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's JVM: the first start makes the class-data archive, later starts use it, a new build a new one. */
class EditorProcessTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetFolder() {
        System.clearProperty("turnscript.cds");
    }

    @Test
    void firstStartMakesTheArchiveAndLaterStartsUseIt() throws Exception {
        Path jar = Files.writeString(dir.resolve("turnscript.jar"), "a build");
        Path cds = dir.resolve("cds");
        System.setProperty("turnscript.cds", cds.toString());
        Path archive = cds.resolve(EditorProcess.archiveName(jar));
        assertThat(EditorProcess.archiveOptions(jar)).containsExactly("-XX:ArchiveClassesAtExit=" + archive);
        Files.writeString(archive, "archive");
        assertThat(EditorProcess.archiveOptions(jar)).containsExactly("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void aNewBuildStartsANewArchiveAndDropsTheOldOne() throws Exception {
        Path jar = Files.writeString(dir.resolve("turnscript.jar"), "a build");
        Path cds = Files.createDirectories(dir.resolve("cds"));
        System.setProperty("turnscript.cds", cds.toString());
        Path old = Files.writeString(cds.resolve(EditorProcess.archiveName(jar)), "archive");
        Files.writeString(jar, "another, longer build");
        assertThat(EditorProcess.archiveName(jar)).isNotEqualTo(old.getFileName().toString());
        assertThat(EditorProcess.archiveOptions(jar)).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(old).doesNotExist();
    }

    @Test
    void aChildStartsTheEditorItself() {
        System.setProperty(EditorProcess.CHILD, "true");
        try {
            assertThat(EditorProcess.run(new String[0])).isEmpty();
        } finally {
            System.clearProperty(EditorProcess.CHILD);
        }
    }

    @Test
    void underANativeLauncherTheEditorStartsWithTheRuntimesJava() throws Exception {
        Path home = Files.createDirectories(dir.resolve("runtime/bin"));
        Path javaFile = Files.writeString(home.resolve("java"), "#!/bin/sh\n");
        assertThat(javaFile.toFile().setExecutable(true)).isTrue();
        Path runtime = dir.resolve("runtime");

        assertThat(EditorProcess.javaBinary(Optional.of("/usr/lib/jvm/x/bin/java"), runtime))
                .contains("/usr/lib/jvm/x/bin/java");
        assertThat(EditorProcess.javaBinary(Optional.of("/opt/turnscript/bin/Turnscript"), runtime))
                .contains(javaFile.toString());
        assertThat(EditorProcess.javaBinary(Optional.empty(), runtime)).contains(javaFile.toString());
        assertThat(EditorProcess.javaBinary(Optional.of("/opt/turnscript/bin/Turnscript"),
                dir.resolve("no-runtime"))).isEmpty();
    }

    @Test
    void theEditorLeavesOutTheOptionsOfAShortCommandLineRun() {
        assertThat(EditorProcess.inheritedOptions(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=/x/turnscript.jsa", "-Xshare:auto", "-Xlog:cds=off", "-Xmx2g",
                "-Dturnscript.relaunch=true")))
                .containsExactly("-XX:+UseSerialGC", "-Xmx2g", "-Dturnscript.relaunch=true");
    }
}
