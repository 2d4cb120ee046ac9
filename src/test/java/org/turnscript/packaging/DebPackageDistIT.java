package org.turnscript.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turnscript.about.BuildInfo;

/**
 * The Linux package (./mvnw -Pdist verify on Linux), unpacked into a temporary root with {@code dpkg -x} as apt
 * would lay it out: the command on the PATH runs from the installed tree, the desktop finds its entry, icon and
 * the project file type, and Depends names the package of every library the native code links against.
 */
class DebPackageDistIT {

    @TempDir
    static Path root;
    static Path deb;

    @BeforeAll
    static void install() throws Exception {
        assumeThat(System.getProperty("os.name")).as("the .deb is built on Linux").containsIgnoringCase("linux");
        try (Stream<Path> files = Files.list(AppImageDistIT.DIST)) {
            deb = files.filter(p -> p.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Installed x = Installed.run(root, "dpkg", "-x", deb.toAbsolutePath().toString(), root.toString());
        assertThat(x.exitCode()).as(x.output()).isZero();
    }

    @Test
    void theCommandOnThePathAnswersWithTheBuildsVersion() throws Exception {
        Path command = root.resolve("usr/bin/turnscript");
        assertThat(command).isSymbolicLink();

        Installed run = Installed.run(root, command.toString(), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).isEqualTo(BuildInfo.current().describe());
        assertThat(field("Version")).isEqualTo(BuildInfo.current().version().replace('-', '~')
                + "+git" + BuildInfo.current().commit());
    }

    @Test
    void theInstalledCommandConvertsTheInstalledSample() throws Exception {
        Path sample = root.resolve("usr/share/doc/turnscript/examples/mixture-of-experts-2024-05-31.txt");
        Path srt = root.resolve("moe.srt");

        Installed run = Installed.run(root, root.resolve("usr/bin/turnscript").toString(), "convert",
                sample.toString(), "--speakers", "Brian,Kate,Chris,Skyler", "-o", srt.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        List<String> lines = Files.readAllLines(srt);
        assertThat(lines.get(0)).isEqualTo("1");
        assertThat(lines.get(1)).matches("\\d\\d:\\d\\d:\\d\\d,\\d{3} --> \\d\\d:\\d\\d:\\d\\d,\\d{3}");
        assertThat(Files.readString(srt)).contains("Brian");
    }

    @Test
    void theDesktopFindsTheEntryTheIconAndTheProjectFileType() throws IOException {
        String entry = Files.readString(root.resolve("usr/share/applications/turnscript.desktop"));
        assertThat(entry).contains("Exec=/opt/turnscript/bin/turnscript %f", "Icon=turnscript",
                "MimeType=application/x-turnscript+json;");
        assertThat(root.resolve("opt/turnscript/bin/turnscript")).isExecutable();
        for (String size : List.of("16x16", "32x32", "48x48", "128x128", "256x256")) {
            assertThat(root.resolve("usr/share/icons/hicolor/" + size + "/apps/turnscript.png")).isRegularFile();
        }
        String mime = Files.readString(root.resolve("usr/share/mime/packages/turnscript.xml"));
        assertThat(mime).contains("type=\"application/x-turnscript+json\"", "pattern=\"*.turnscript.json\"");
    }

    @Test
    void dependsNamesThePackageOfEveryLibraryTheNativeCodeLinksAgainst() throws Exception {
        assumeThat(Installed.run(root, "sh", "-c", "command -v readelf").exitCode()).as("readelf (binutils)")
                .isZero();
        Set<String> depends = new TreeSet<>();
        for (String alternatives : field("Depends").split(",")) {
            for (String name : alternatives.split("\\|")) {
                depends.add(name.strip().replaceAll("\\s*\\(.*\\)", ""));
            }
        }
        Set<String> needed = new TreeSet<>();
        Set<String> bundled = new TreeSet<>();
        for (Path lib : nativeLibraries()) {
            bundled.add(lib.getFileName().toString());
            Installed elf = Installed.run(root, "readelf", "-d", lib.toString());
            for (String line : elf.output().split("\n")) {
                if (line.contains("(NEEDED)")) {
                    needed.add(line.substring(line.indexOf('[') + 1, line.indexOf(']')));
                }
            }
        }
        needed.removeAll(bundled);
        String ldconfig = Installed.run(root, "/sbin/ldconfig", "-p").output();
        List<String> missing = new ArrayList<>();
        for (String soname : needed) {
            String path = Arrays.stream(ldconfig.split("\n"))
                    .filter(l -> l.strip().startsWith(soname + " ") && l.contains("x86-64"))
                    .map(l -> l.substring(l.lastIndexOf("=> ") + 3).strip()).findFirst().orElse(null);
            assertThat(path).as(soname + " is installed on this build machine").isNotNull();
            Installed owner = Installed.run(root, "dpkg", "-S", Path.of(path).toRealPath().toString());
            if (owner.exitCode() != 0) { // merged /usr: dpkg knows the file by its /lib path
                owner = Installed.run(root, "dpkg", "-S", path);
            }
            String pkg = owner.output().split(":")[0];
            if (!depends.contains(pkg)) {
                missing.add(soname + " (" + pkg + ")");
            }
        }
        assertThat(missing).as("libraries whose package Depends does not name").isEmpty();
    }

    /** The runtime's shared libraries and JavaFX's, which turnscript.jar carries and JavaFX extracts at start. */
    private static List<Path> nativeLibraries() throws IOException {
        List<Path> libs;
        try (Stream<Path> all = Files.walk(root.resolve("opt/turnscript"))) {
            libs = new ArrayList<>(all.filter(p -> p.toString().endsWith(".so")).toList());
        }
        Path fx = Files.createDirectories(root.resolve("javafx-natives"));
        try (ZipFile jar = new ZipFile(root.resolve("opt/turnscript/lib/app/turnscript.jar").toFile())) {
            for (ZipEntry e : java.util.Collections.list(jar.entries())) {
                if (e.getName().endsWith(".so") && !e.getName().contains("/")) {
                    try (InputStream in = jar.getInputStream(e)) {
                        Files.copy(in, fx.resolve(e.getName()));
                    }
                    libs.add(fx.resolve(e.getName()));
                }
            }
        }
        return libs;
    }

    private static String field(String name) throws Exception {
        Installed info = Installed.run(root, "dpkg-deb", "--field", deb.toAbsolutePath().toString(), name);
        assertThat(info.exitCode()).isZero();
        return info.output();
    }
}
