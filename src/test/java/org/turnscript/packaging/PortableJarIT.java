package org.turnscript.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The portable jar (ADR 5) carries JavaFX for every desktop platform: each platform's native libraries at the class
 * path root, where JavaFX extracts them from, and its windowing classes; macOS's libraries hold both processors.
 */
class PortableJarIT {

    static final Path JAR = Path.of("target", "turnscript-all.jar");
    static final List<String> NATIVES = List.of("glass", "javafx_font", "javafx_iio", "prism_sw", "decora_sse");

    @Test
    void holdsTheNativeLibrariesOfLinuxWindowsAndMacOs() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String lib : NATIVES) {
                assertThat(jar.getEntry("lib" + lib + ".so")).as("Linux " + lib).isNotNull();
                assertThat(jar.getEntry(lib + ".dll")).as("Windows " + lib).isNotNull();
                assertThat(jar.getEntry("lib" + lib + ".dylib")).as("macOS " + lib).isNotNull();
            }
            assertThat(jar.getEntry("libglassgtk3.so")).isNotNull();
            assertThat(jar.getEntry("libprism_es2.so")).isNotNull();
            assertThat(jar.getEntry("prism_d3d.dll")).isNotNull();
            assertThat(jar.getEntry("libprism_es2.dylib")).isNotNull();
        }
    }

    @Test
    void holdsEachPlatformsWindowingClasses() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getEntry("com/sun/glass/ui/gtk/GtkApplication.class")).isNotNull();
            assertThat(jar.getEntry("com/sun/glass/ui/win/WinApplication.class")).isNotNull();
            assertThat(jar.getEntry("com/sun/glass/ui/mac/MacApplication.class")).isNotNull();
            assertThat(jar.getEntry("com/sun/prism/d3d/D3DPipeline.class")).isNotNull();
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("org.turnscript.Launcher");
        }
    }

    @Test
    void everyMacOsLibraryIsUniversalForIntelAndAppleSilicon() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> dylibs = jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".dylib")).toList();
            assertThat(dylibs).hasSizeGreaterThanOrEqualTo(NATIVES.size());
            for (String name : dylibs) {
                assertThat(cpuTypes(jar, name)).as(name).containsExactlyInAnyOrder("x86_64", "arm64");
            }
        }
    }

    @Test
    void runsTheCommandLine() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.waitFor()).isZero();
        assertThat(out).matches("Turnscript \\S+ \\(commit \\S+\\)");
    }

    /** The processors of a universal Mach-O file's slices (its header is big-endian: magic, count, entries). */
    private static List<String> cpuTypes(JarFile jar, String name) throws IOException {
        byte[] head;
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            head = in.readNBytes(8 + 20 * 4);
        }
        ByteBuffer b = ByteBuffer.wrap(head);
        assertThat(b.getInt(0)).as(name + " is universal").isEqualTo(0xcafebabe);
        List<String> types = new ArrayList<>();
        for (int i = 0; i < b.getInt(4); i++) {
            int type = b.getInt(8 + 20 * i);
            types.add(type == 0x01000007 ? "x86_64" : type == 0x0100000c ? "arm64" : Integer.toHexString(type));
        }
        return types;
    }
}
