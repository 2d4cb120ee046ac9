package org.turnscript;

import org.turnscript.cli.TurnscriptCommand;

/**
 * Entry point of {@code turnscript.jar}: with arguments it runs the command line, without them it opens the
 * editor. The UI is reached through a separate method so that the command line never loads a JavaFX class.
 * (It must not extend {@code Application}: JavaFX refuses to launch such a main class from the class path.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            openEditor(args);
        } else {
            System.exit(TurnscriptCommand.run(args));
        }
    }

    private static void openEditor(String[] args) {
        org.turnscript.ui.TurnscriptApp.launchApp(args);
    }
}
