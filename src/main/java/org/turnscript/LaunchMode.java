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
    static final Set<String> COMMANDS = Set.of("convert", "info", "clean", "lint", "chapters", "suggest", "help");

    private LaunchMode() {
    }

    /** The editor's one option: the recording to play beside the transcript ({@code --media FILE}). */
    public static final String MEDIA_OPTION = "--media";

    /**
     * Whether these arguments open the editor: none at all, or files to open (at least one exists), with or
     * without {@code --media FILE}.
     */
    public static boolean opensEditor(String[] args) {
        args = withoutBlanks(args);
        if (args.length == 0) {
            return true;
        }
        if (args[0].equals(MEDIA_OPTION) || args[0].startsWith(MEDIA_OPTION + "=")) {
            return true; // "--media talk.mp3 talk.srt": the editor, as with the option after the file
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
