package org.turnscript;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the editor in a JVM set up for a desktop window. {@code java -jar turnscript.jar} cannot choose its own JVM
 * options, and two of them matter where the user waits: a class-data archive of the editor's classes (JavaFX,
 * RichTextFX, the theme) cuts a third or more off every start after the first, and the collector and its
 * free-heap ratios keep a ten-hour document from holding gigabytes it no longer uses. So the jar's launcher starts a second JVM with
 * them, as a desktop application's native launcher would, and passes on the user's own options and arguments.
 *
 * <p>The archive is made by the first start ({@code -XX:ArchiveClassesAtExit}, written when the window closes)
 * and used by later ones; its name carries the jar's size and time and the Java version, so a new build or a new
 * JVM makes a new one. {@code -Dturnscript.relaunch=false} starts the editor in this JVM instead.
 */
final class EditorProcess {

    static final String CHILD = "turnscript.child";

    private EditorProcess() {
    }

    /**
     * Runs the editor in a child JVM and waits for it.
     *
     * @return its exit code, or empty when the editor should start in this JVM (already a child, turned off,
     *         not started from a jar, or no java binary to start)
     */
    static Optional<Integer> run(String[] args) {
        if (Boolean.getBoolean(CHILD) || "false".equals(System.getProperty("turnscript.relaunch"))) {
            return Optional.empty();
        }
        Optional<Path> jar = ownJar();
        Optional<String> javaBinary = javaBinary(ProcessHandle.current().info().command(),
                Path.of(System.getProperty("java.home")));
        if (jar.isEmpty() || javaBinary.isEmpty()) {
            return Optional.empty(); // from classes (tests, javafx:run): nothing to gain, start here
        }
        List<String> command = new ArrayList<>();
        command.add(javaBinary.get());
        command.addAll(archiveOptions(jar.get()));
        // One window on a desktop: the serial collector keeps the heap near the live data (ten hours open: about
        // 420 MB resident against 550-880 MB with G1, measured with bench/budgets.sh) and its pauses at a live
        // heap near 100 MB are short; it also leaves the second core to the renderer.
        command.add("-XX:+UseSerialGC");
        command.add("-Xms64m");
        command.add("-XX:MinHeapFreeRatio=20");
        command.add("-XX:MaxHeapFreeRatio=40");
        // The user's own options come after ours, so theirs win.
        command.addAll(inheritedOptions(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.add("-D" + CHILD + "=true");
        command.add("-cp");
        command.add(jar.get().toString());
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        try {
            Process editor = new ProcessBuilder(command).inheritIO().start();
            // Closing the terminal or a TERM signal to the launcher ends the editor too.
            Runtime.getRuntime().addShutdownHook(new Thread(editor::destroy));
            return Optional.of(editor.waitFor());
        } catch (IOException e) {
            return Optional.empty(); // the JVM could not be started again: start the editor here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * The java to start the editor with: this JVM's own binary when it is a java launcher; under a native launcher
     * (jpackage's {@code bin/Turnscript} runs the JVM inside its own process, and takes no JVM options on its
     * command line) the {@code bin/java} of the runtime this JVM runs on, which the packaged runtime keeps for this.
     */
    static Optional<String> javaBinary(Optional<String> command, Path javaHome) {
        if (command.isPresent()) {
            String name = Path.of(command.get()).getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("java") || name.equals("java.exe") || name.equals("javaw.exe")) {
                return command;
            }
        }
        for (String name : List.of("java", "java.exe")) {
            Path java = javaHome.resolve("bin").resolve(name);
            if (Files.isExecutable(java)) {
                return Optional.of(java.toString());
            }
        }
        return Optional.empty();
    }

    /**
     * This JVM's options that the editor's JVM takes on: all but those that tune a short command-line run, which
     * {@code bin/turnscript} and the packaged launcher set for every start (C1 alone, their own class-data archive);
     * the editor runs for hours and has its own archive.
     */
    static List<String> inheritedOptions(List<String> options) {
        return options.stream()
                .filter(o -> !o.startsWith("-XX:TieredStopAtLevel=") && !o.startsWith("-XX:SharedArchiveFile=")
                        && !o.startsWith("-XX:ArchiveClassesAtExit=") && !o.startsWith("-Xshare:")
                        && !o.startsWith("-Xlog:cds"))
                .toList();
    }

    /** Use the archive when the first start made one; else make it at this one's end, where it can be written. */
    static List<String> archiveOptions(Path jar) {
        try {
            Path dir = archiveFolder();
            Path archive = dir.resolve(archiveName(jar));
            if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
                return List.of("-XX:SharedArchiveFile=" + archive);
            }
            Files.createDirectories(dir);
            try (var old = Files.newDirectoryStream(dir, "turnscript-*.jsa")) {
                for (Path p : old) {
                    Files.deleteIfExists(p); // archives of other builds never match again
                }
            }
            return Files.isWritable(dir) ? List.of("-XX:ArchiveClassesAtExit=" + archive) : List.of();
        } catch (IOException | java.nio.file.DirectoryIteratorException | java.nio.file.InvalidPathException
                 | SecurityException e) {
            return List.of(); // no archive: the editor only starts more slowly
        }
    }

    static Path archiveFolder() {
        String dir = System.getProperty("turnscript.cds");
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".turnscript", "cds");
    }

    static String archiveName(Path jar) throws IOException {
        String stamp = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + "-"
                + System.getProperty("java.vm.version");
        return "turnscript-" + Integer.toHexString(stamp.hashCode()) + ".jsa";
    }

    private static Optional<Path> ownJar() {
        try {
            var source = EditorProcess.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException
                 | SecurityException e) {
            // Not started from a file on the default file system (a jar in a jar, a test's class folder): no child.
            return Optional.empty();
        }
    }
}
