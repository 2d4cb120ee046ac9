import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Build step of the {@code dist} profile (run by the pom with Java's source launcher): the installable application.
 *
 * <ol>
 *   <li>a runtime made by jlink with only the modules Turnscript needs (its size is printed);</li>
 *   <li>a jpackage app image of the build platform around it and {@code turnscript.jar};</li>
 *   <li>on Linux, a .deb made with dpkg-deb (under fakeroot): the image in /opt/turnscript, /usr/bin/turnscript,
 *       a desktop entry, the icon, and a MIME type for {@code *.turnscript.json};
 *       on Windows an .msi and on macOS a .dmg, made by jpackage with the platform's tools (WiX, hdiutil).</li>
 * </ol>
 *
 * Arguments are {@code key=value}: target, modules, depends, javaOptions (separated by spaces), vendor, url,
 * description. The version and commit come from the build's {@code build.properties}, as everywhere else.
 * Every size it prints is also written to {@code target/dist/sizes.txt}.
 */
public final class Dist {

    private final Map<String, String> args;
    private final Path target;
    private final Path dist;
    private final Path root = Path.of("").toAbsolutePath();
    private final String version;
    private final String commit;
    private final List<String> sizes = new ArrayList<>();
    private final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    private Dist(Map<String, String> args) throws IOException {
        this.args = args;
        this.target = Path.of(args.getOrDefault("target", "target")).toAbsolutePath();
        this.dist = target.resolve("dist");
        Properties build = new Properties();
        try (InputStream in = Files.newInputStream(target.resolve("classes/org/turnscript/build.properties"))) {
            build.load(in);
        }
        this.version = build.getProperty("version");
        this.commit = build.getProperty("commit");
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (String a : argv) {
            int eq = a.indexOf('=');
            args.put(a.substring(0, eq), a.substring(eq + 1));
        }
        new Dist(args).run();
    }

    private void run() throws Exception {
        delete(dist);
        Files.createDirectories(dist);
        Path runtime = jlink();
        Path image = appImage(runtime);
        if (os.contains("linux")) {
            deb(image);
        } else if (os.contains("windows")) {
            installer(image, "msi", List.of("--win-menu", "--win-shortcut", "--win-dir-chooser",
                    "--win-upgrade-uuid", "6f1d3c8e-5b1a-4c53-9d0e-7a2f4e1b9c30",
                    "--icon", root.resolve("assets/icons/turnscript.ico").toString()));
        } else if (os.contains("mac")) {
            installer(image, "dmg", List.of("--mac-package-identifier", "org.turnscript",
                    "--icon", root.resolve("assets/icons/turnscript.icns").toString()));
        }
        Path portable = target.resolve("turnscript-all.jar");
        if (Files.exists(portable)) {
            size("portable jar " + target.relativize(portable), Files.size(portable));
        }
        Files.write(dist.resolve("sizes.txt"), sizes);
    }

    /** A runtime of the JDK modules Turnscript uses, with its class-data archive and its bin/java (ADR 7). */
    private Path jlink() throws Exception {
        Path runtime = dist.resolve("runtime");
        run(List.of(tool("jlink"), "--add-modules", args.get("modules"), "--strip-debug", "--no-header-files",
                "--no-man-pages", "--compress=2", "--generate-cds-archive", "--output", runtime.toString()));
        // The archive for heaps over 32 GB (no compressed pointers): 11 MB that one editor window never uses.
        Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));
        size("runtime (jlink: " + args.get("modules") + ")", treeSize(runtime));
        return runtime;
    }

    private Path appImage(Path runtime) throws Exception {
        Path input = Files.createDirectories(dist.resolve("input"));
        Files.copy(target.resolve("turnscript.jar"), input.resolve("turnscript.jar"));
        String name = os.contains("linux") ? "turnscript" : "Turnscript";
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image",
                "--dest", dist.toString(), "--name", name, "--input", input.toString(),
                "--main-jar", "turnscript.jar", "--main-class", "org.turnscript.Launcher",
                "--runtime-image", runtime.toString(), "--app-version", numericVersion(),
                "--description", args.get("description"), "--vendor", args.get("vendor"),
                "--copyright", "Copyright 2026 The Turnscript authors. Apache License 2.0."));
        for (String option : args.get("javaOptions").trim().split("\\s+")) {
            command.add("--java-options");
            command.add(option);
        }
        if (os.contains("linux")) {
            command.addAll(List.of("--icon", root.resolve("assets/icons/turnscript-256.png").toString()));
        } else if (os.contains("windows")) {
            command.addAll(List.of("--icon", root.resolve("assets/icons/turnscript.ico").toString(),
                    "--add-launcher", "turnscript-cli=" + root.resolve("src/dist/windows/turnscript-cli.properties")));
        } else if (os.contains("mac")) {
            command.addAll(List.of("--icon", root.resolve("assets/icons/turnscript.icns").toString()));
        }
        run(command);
        Path image = dist.resolve(os.contains("mac") ? name + ".app" : name);
        size("app image " + target.relativize(image), treeSize(image));
        return image;
    }

    /** Windows and macOS: jpackage turns the image into the platform's installer. */
    private void installer(Path image, String type, List<String> extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", type,
                "--app-image", image.toString(), "--dest", dist.toString(), "--name", "Turnscript",
                "--app-version", numericVersion(), "--vendor", args.get("vendor")));
        // No file association here: Windows and macOS know a file by its last extension, and claiming every .json
        // for Turnscript would be wrong; "Open with" works, and the editor's Open dialog.
        command.addAll(extra);
        run(command);
        try (Stream<Path> files = Files.list(dist)) {
            for (Path p : files.filter(p -> p.toString().endsWith("." + type)).toList()) {
                size(type + " " + target.relativize(p), Files.size(p));
            }
        }
    }

    /** The Debian package, laid out in a staging tree and packed by dpkg-deb as root:root (fakeroot). */
    private void deb(Path image) throws Exception {
        Path tree = dist.resolve("deb-root");
        copyTree(image, tree.resolve("opt/turnscript"));
        Path bin = Files.createDirectories(tree.resolve("usr/bin"));
        // Relative, so the command also works in a tree unpacked elsewhere (dpkg -x, the package test).
        Files.createSymbolicLink(bin.resolve("turnscript"), Path.of("../../opt/turnscript/bin/turnscript"));
        Path share = tree.resolve("usr/share");
        copy(root.resolve("src/dist/linux/turnscript.desktop"), share.resolve("applications/turnscript.desktop"));
        copy(root.resolve("src/dist/linux/turnscript-mime.xml"), share.resolve("mime/packages/turnscript.xml"));
        for (int px : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            copy(root.resolve("assets/icons/turnscript-" + px + ".png"),
                    share.resolve("icons/hicolor/" + px + "x" + px + "/apps/turnscript.png"));
        }
        copy(root.resolve("assets/icons/turnscript.svg"), share.resolve("icons/hicolor/scalable/apps/turnscript.svg"));
        Path doc = Files.createDirectories(share.resolve("doc/turnscript"));
        try (Stream<Path> samples = Files.list(root.resolve("assets/samples"))) {
            for (Path sample : samples.toList()) {
                copy(sample, doc.resolve("examples").resolve(sample.getFileName().toString()));
            }
        }
        Files.writeString(doc.resolve("copyright"), Files.readString(root.resolve("NOTICE"))
                + "\nThe full text of the Apache License 2.0 is in /usr/share/common-licenses/Apache-2.0.\n");
        normalisePermissions(tree);

        String debVersion = debianVersion();
        Path control = Files.createDirectories(tree.resolve("DEBIAN")).resolve("control");
        Files.writeString(control, String.join("\n",
                "Package: turnscript",
                "Version: " + debVersion,
                "Architecture: " + debianArchitecture(),
                "Maintainer: " + args.get("vendor"),
                "Installed-Size: " + (treeSize(tree) + 1023) / 1024,
                "Depends: " + args.get("depends").trim().replaceAll("\\s*,\\s*", ", "),
                "Section: text",
                "Priority: optional",
                "Homepage: " + args.get("url"),
                "Description: " + args.get("description"),
                " Turnscript " + version + " (commit " + commit + "). Opens YouTube caption dumps, SRT, WebVTT,",
                " SBV, WhisperX and Podcasting 2.0 JSON; exports subtitles that follow subtitle rules.",
                " The turnscript command converts, inspects, cleans and lints from the shell.",
                ""));
        Files.setPosixFilePermissions(control, PosixFilePermissions.fromString("rw-r--r--"));
        Path deb = dist.resolve("turnscript_" + debVersion + "_" + debianArchitecture() + ".deb");
        List<String> pack = new ArrayList<>();
        if (onPath("fakeroot")) {
            pack.add("fakeroot");
            pack.addAll(List.of("dpkg-deb", "-Zxz", "--build", tree.toString(), deb.toString()));
        } else {
            pack.addAll(List.of("dpkg-deb", "-Zxz", "--root-owner-group", "--build", tree.toString(), deb.toString()));
        }
        run(pack);
        size("deb " + target.relativize(deb), Files.size(deb));
    }

    /** The pom's version as Debian orders it: 0.1.0-SNAPSHOT is 0.1.0~SNAPSHOT (before 0.1.0), plus the commit. */
    String debianVersion() {
        return version.replace('-', '~') + ("unknown".equals(commit) ? "" : "+git" + commit);
    }

    /** jpackage wants digits only: 0.1.0-SNAPSHOT is 0.1.0. */
    String numericVersion() {
        return version.replaceAll("[^0-9.].*$", "");
    }

    private static String debianArchitecture() {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") || arch.equals("x86_64") ? "amd64" : arch.equals("aarch64") ? "arm64" : arch;
    }

    private static void normalisePermissions(Path tree) throws IOException {
        Set<PosixFilePermission> dir = PosixFilePermissions.fromString("rwxr-xr-x");
        Set<PosixFilePermission> file = PosixFilePermissions.fromString("rw-r--r--");
        try (Stream<Path> all = Files.walk(tree)) {
            for (Path p : all.toList()) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    Files.setPosixFilePermissions(p, dir);
                } else if (!Files.isExecutable(p)) {
                    Files.setPosixFilePermissions(p, file);
                } else {
                    Files.setPosixFilePermissions(p, dir);
                }
            }
        }
    }

    private void size(String what, long bytes) {
        String line = String.format(Locale.ROOT, "%-60s %8.1f MB", what, bytes / 1e6);
        sizes.add(line);
        System.out.println("[dist] " + line);
    }

    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static String tool(String name) {
        Path p = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.exists(p) ? p.toString() : name;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void run(List<String> command) throws Exception {
        System.out.println("[dist] " + String.join(" ", command));
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(command.get(0) + " failed with exit code " + p.exitValue());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
