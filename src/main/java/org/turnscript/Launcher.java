package org.turnscript;

import java.util.Optional;
import org.turnscript.cli.TurnscriptCommand;

/**
 * Entry point of {@code turnscript.jar}: a subcommand runs the command line; no arguments, or files, open the
 * editor (on those files). The UI is reached through a separate method so that the command line never loads a JavaFX class.
 * (It must not extend {@code Application}: JavaFX refuses to launch such a main class from the class path.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (LaunchMode.opensEditor(args)) {
            String[] files = LaunchMode.withoutBlanks(args);
            Optional<Integer> child = EditorProcess.run(files);
            if (child.isPresent()) {
                System.exit(child.get());
            }
            openEditor(files);
        } else {
            System.exit(TurnscriptCommand.run(args));
        }
    }

    private static void openEditor(String[] args) {
        try {
            org.turnscript.ui.TurnscriptApp.launchApp(args);
        } catch (RuntimeException | LinkageError e) {
            // The one broad catch outside the threads' handler (ui.InternalErrors), which does not exist yet here:
            // JavaFX refuses to start with a bare RuntimeException ("No toolkit found"), an
            // UnsupportedOperationException ("Unable to open DISPLAY") or an UnsatisfiedLinkError, with no cause.
            // A bug in the window's start method comes wrapped, with its cause: that one is not ours to explain.
            if (e instanceof RuntimeException && e.getCause() != null) {
                throw e;
            }
            // No display, or no graphics libraries: say so in words, and point at what works without them.
            System.err.println("Turnscript cannot open its window here: " + e.getMessage());
            System.err.println("On a machine without a display run it under Xvfb (xvfb-run -a java -jar turnscript.jar),");
            System.err.println("or use the command line, which needs none: java -jar turnscript.jar --help");
            System.exit(1);
        }
    }
}
