package org.turnscript.cli;

import java.util.List;
import org.turnscript.convert.InputLimits;
import org.turnscript.convert.OptionException;
import org.turnscript.model.TurnscriptException;
import org.turnscript.subtitles.ProfileException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The root {@code turnscript} command. Exit codes: 0 success, 1 bad input, 2 usage error. */
public final class TurnscriptCommand implements Runnable {

    private final CommandSpec spec = CommandSpecs.command(this, "turnscript",
            new String[] {"Convert, inspect and clean conversation transcripts and captions."},
            "  turnscript convert page.txt --speakers Brian,Kate,Chris,Skyler -o episode.srt",
            "  turnscript convert episode.en.vtt -o episode.json",
            "  turnscript info episode.srt",
            "  turnscript clean page.txt --glossary names.tsv --report",
            "  turnscript chapters page.txt -o episode.json",
            "  turnscript suggest page.txt --speakers Brian,Kate,Chris,Skyler -o episode.turnscript.json",
            "  turnscript help convert",
            "",
            "Run without arguments (java -jar turnscript.jar) to open the editor window.")
            .versionProvider(new VersionProvider());

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The subcommands, in the order help lists them. */
    private static final List<String> SUBCOMMANDS = List.of("convert", "info", "clean", "lint", "chapters", "suggest",
            "help");

    /** A subcommand's model: built in code, but for picocli's own help command. */
    private static Object subcommand(String name) {
        return switch (name) {
            case "convert" -> new ConvertCommand().spec();
            case "info" -> new InfoCommand().spec();
            case "clean" -> new CleanCommand().spec();
            case "lint" -> new LintCommand().spec();
            case "chapters" -> new ChaptersCommand().spec();
            case "suggest" -> new SuggestCommand().spec();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * The command line alone, as {@code bin/turnscript} starts it for a subcommand or an option: unlike the jar's
     * main class it never looks for files to open in the editor, and the JVM skips the jar manifest's module
     * exports, which only the window needs.
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Two things picocli looks for on every start, by reflection, that no command here uses: its converters for
     * {@code java.time} and {@code java.sql} types (registering them loads and initialises those classes, their date
     * formatters among them), and Groovy closures (looking for {@code groovy.lang.Closure} reads the jar's whole
     * directory only to fail). Both are picocli's documented system properties; one already set is kept.
     */
    private static void skipUnusedPicocliLookups() {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.(time|sql)\\..*");
        }
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        skipUnusedPicocliLookups();
        CommandLine cl = forArguments(args);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // The limits (--max-input-mb, --max-line-chars) keep inputs within memory; a heap smaller than they
            // assume still ends here, in words rather than a stack trace.
            cl.getErr().println("turnscript: out of memory: the input is too large for this Java heap; lower "
                    + InputLimits.MAX_INPUT_OPTION + " or give Java more memory (java -Xmx2g -jar turnscript.jar …)");
            cl.getErr().flush();
            return 1;
        }
    }

    /** The command line a run with these arguments needs: only the models it uses are built. */
    static CommandLine forArguments(String... args) {
        // "--version" alone needs no subcommand.
        boolean versionOnly = args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
        return versionOnly ? rootOnly() : commandLine(args.length > 0 ? args[0] : null);
    }

    private static CommandLine rootOnly() {
        CommandLine cl = new CommandLine(new TurnscriptCommand().spec);
        cl.setExecutionExceptionHandler(TurnscriptCommand::reportFailure);
        return cl;
    }

    /** The configured command line, for tests that capture its output. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line with only the subcommand {@code first} names, when it names one: a run builds just the
     * model it runs (each is a few milliseconds of a short run; picocli's help command, read from its annotations,
     * more). Anything else (help, an unknown name, options of the root) gets them all.
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new TurnscriptCommand().spec);
        boolean one = first != null && !"help".equals(first) && SUBCOMMANDS.contains(first);
        for (String name : SUBCOMMANDS) {
            if (!one || name.equals(first)) {
                cl.addSubcommand(name, subcommand(name));
            }
        }
        cl.setExecutionExceptionHandler(TurnscriptCommand::reportFailure);
        return cl;
    }

    /**
     * Bad input is one line on stderr ({@code FILE:LINE: what}), never a stack trace; a profile or option named on
     * the command line that cannot be used is a usage error (exit 2). Anything else is a bug in Turnscript: it is
     * reported as one, without the Java class names that mean nothing to a user.
     */
    private static int reportFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        int exit = 1;
        if (e instanceof TurnscriptException te) {
            cl.getErr().println(te.getMessage());
            if (te instanceof OptionException || te instanceof ProfileException && te.source().startsWith("--")) {
                exit = CommandLine.ExitCode.USAGE;
            }
        } else if (e instanceof java.io.IOException io) {
            cl.getErr().println("turnscript: cannot write: " + io.getMessage());
        } else {
            cl.getErr().println("turnscript: internal error, please report it with the input that caused it"
                    + (e.getMessage() == null ? "" : ": " + TurnscriptException.oneLine(e.getMessage(), 300)));
        }
        cl.getErr().flush();
        return exit;
    }
}
