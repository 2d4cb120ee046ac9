package org.turnscript;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Decides what the arguments of {@code turnscript.jar} ask for: the command line (a subcommand or an option such
 * as {@code --help}), or the editor on the files given, as a desktop application opens the file it is given.
 */
public final class LaunchMode {

    /** The first words that belong to the command line; anything else that names a file opens the editor. */
    static final Set<String> COMMANDS = Set.of("convert", "info", "clean", "lint", "suggest", "help");

    private LaunchMode() {
    }

    /** Whether these arguments open the editor: none at all, or files to open (at least one exists). */
    public static boolean opensEditor(String[] args) {
        args = withoutBlanks(args);
        if (args.length == 0) {
            return true;
        }
        if (COMMANDS.contains(args[0]) || args[0].startsWith("-")) {
            return false;
        }
        // A mistyped command ("conver") names no file: it goes to the command line, which says what is wrong.
        for (String a : args) {
            if (Files.exists(Path.of(a))) {
                return true;
            }
        }
        return false;
    }

    /** The arguments without empty ones: {@code ./mvnw javafx:run} passes an empty {@code -Dfile} as one. */
    public static String[] withoutBlanks(String[] args) {
        return java.util.Arrays.stream(args).filter(a -> !a.isBlank()).toArray(String[]::new);
    }
}
