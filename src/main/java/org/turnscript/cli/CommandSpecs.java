package org.turnscript.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' picocli models, built in code rather than read from annotations (ADR 22): reading annotations
 * makes the JVM generate a proxy class per annotation type at run time, which took longer than most conversions.
 * A command declares its options with picocli's builders and reads what a run gave them back from its spec.
 */
final class CommandSpecs {

    private CommandSpecs() {
    }

    /**
     * A command that picocli runs as {@code command} (a {@link Runnable} or {@link java.util.concurrent.Callable}),
     * with {@code -h, --help} and {@code -V, --version}, as {@code mixinStandardHelpOptions} would add them, and
     * its examples under "Examples:".
     */
    static CommandSpec command(Object command, String name, String[] description, String... examples) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description).footerHeading("%nExamples:%n").footer(examples);
        spec.addOption(flag("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(flag("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** The one positional parameter every command takes: the file it reads. */
    static void input(CommandSpec spec, String label, String description) {
        spec.addPositional(PositionalParamSpec.builder().index("0").paramLabel(label).type(String.class).required(true)
                .description(description).build());
    }

    /** The file the command reads, as given. */
    static String input(CommandSpec spec) {
        return spec.positionalParameters().get(0).getValue();
    }

    /** An option taking one value of {@code type}. */
    static OptionSpec.Builder option(Class<?> type, String label, String... names) {
        return OptionSpec.builder(names).type(type).paramLabel(label);
    }

    /** An option without a value, false unless given. */
    static OptionSpec.Builder flag(String... names) {
        return OptionSpec.builder(names).type(boolean.class).initialValue(false);
    }

    /** An option taking comma-separated values, any number of times; an empty list unless given. */
    static OptionSpec.Builder list(String label, String... names) {
        return OptionSpec.builder(names).type(List.class).auxiliaryTypes(String.class).splitRegex(",")
                .paramLabel(label).initialValue(new ArrayList<String>());
    }

    /**
     * The value of the option named {@code name} (as declared, with its dashes): what the run gave, its default, or
     * its initial value. Looked up by name in the spec's map; {@code findOption} compares every name of every option.
     */
    static <T> T value(CommandSpec spec, String name) {
        return spec.optionsMap().get(name).getValue();
    }
}
