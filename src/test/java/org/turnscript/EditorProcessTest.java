package org.turnscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
