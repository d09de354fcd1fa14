package org.smallwins.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.smallwins.load.EntryDates;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' options and parameters, declared in code rather than with picocli's annotations.
 * picocli reads annotations by reflection, and the JDK makes a class at run time for each annotation
 * type it meets (no class-data archive holds them): 30-50 ms of every start, where a build of one
 * entry takes 0.6 s.
 *
 * <p>Each command holds the spec it declares and reads the values it was given from it after parsing.
 */
final class CommandSpecs {
    /** Every command takes it; {@link Failures} looks for it in the parse result. */
    static final String DEBUG = "--debug";

    private CommandSpecs() {
    }

    /**
     * The command {@code name}, run by calling {@code command} (a Runnable or Callable), with the
     * help, version and {@value #DEBUG} options every command has.
     */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = withHelp(command, name, description);
        flag(spec, "Show stack traces for unexpected errors.", DEBUG);
        return spec;
    }

    /** A command with the help and version options only. */
    static CommandSpec withHelp(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description);
        spec.versionProvider(new Version());
        // What picocli's mixinStandardHelpOptions adds, without the annotated mixin it would read.
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** An option that is on when given: read with {@link #isOn}. */
    static OptionSpec flag(CommandSpec spec, String description, String... names) {
        return add(spec, OptionSpec.builder(names).type(boolean.class).description(description).build());
    }

    /** An option with a value of {@code type}, shown as {@code label} in the help. */
    static OptionSpec.Builder option(Class<?> type, String label, String description, String... names) {
        return OptionSpec.builder(names).type(type).paramLabel(label).description(description);
    }

    /**
     * What an option's value looks like, for the message when it is given without one ("--today
     * needs a date after it, like --today 2025-03-14."): picocli's own names only the label.
     * Every option that takes a value has one (a test holds each command to it).
     */
    static String valueExample(OptionSpec option) {
        return switch (option.longestName()) {
            case "--today" -> "a date after it, like --today 2025-03-14";
            case "--date" -> "a date after it, like --date 2025-03-14 or --date \"2025-03-14 08:30\"";
            case "--output" -> "a folder after it, like --output public";
            case "--timezone" -> "a time zone after it, like --timezone Europe/London";
            case "--dir" -> "the journal folder after it, like --dir ~/journal";
            case "--tags" -> "tags after it, separated by commas, like --tags walk,outside";
            case "--mood" -> "a number from 1 to 5 after it, like --mood 3";
            case "--goal" -> "a goal's id after it, like --goal walk-outside";
            case "--port" -> "a port after it, like --port 1313 (or 0 for a free one)";
            case "--bind" -> "an address after it, like --bind 127.0.0.1";
            default -> null;
        };
    }

    /** {@code --today=DATE}: the day to work as if it were today; null when not given. */
    static OptionSpec today(CommandSpec spec, String description) {
        return add(spec, option(LocalDate.class, "DATE", description, "--today")
                .converters(new DateConverter("--today")).build());
    }

    /** The journal folder as the first parameter, the current folder when not given. */
    static PositionalParamSpec folder(CommandSpec spec, String description) {
        return add(spec, PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("DIR")
                .defaultValue(".").type(Path.class).description(description).build());
    }

    /**
     * The journal folder given on the command line, or a command-line mistake (exit 2) when it is
     * not a folder: a mistyped path is no problem in a journal, and must not get a site built or a
     * preview served of nothing.
     */
    static Path journalFolder(CommandSpec spec, PositionalParamSpec folder) {
        return journalFolder(spec, folder.<Path>getValue());
    }

    /** As above, for a journal folder given as an option ({@code new --dir}). */
    static Path journalFolder(CommandSpec spec, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), dir + ": is not a folder. Pass your"
                    + " journal folder, the one with journal.yml and content/ (leave it out for the current one),"
                    + " or start one with 'smallwins init'.");
        }
        return dir;
    }

    static OptionSpec add(CommandSpec spec, OptionSpec option) {
        spec.addOption(option);
        return option;
    }

    static PositionalParamSpec add(CommandSpec spec, PositionalParamSpec parameter) {
        spec.addPositional(parameter);
        return parameter;
    }

    /** Whether a {@link #flag} was given. */
    static boolean isOn(OptionSpec flag) {
        return Boolean.TRUE.equals(flag.getValue());
    }

    /**
     * Reads a whole number, with a message that names the option and says what it takes
     * ({@code expected}), in the words used when the number is out of range: "--mood abc is not a
     * whole number: use ...", where picocli's own would say "'abc' is not an int".
     */
    static final class WholeNumberConverter implements CommandLine.ITypeConverter<Integer> {
        private final String option;
        private final String expected;

        WholeNumberConverter(String option, String expected) {
            this.option = option;
            this.expected = expected;
        }

        @Override
        public Integer convert(String value) {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                String shown = value.isBlank() ? "'" + value + "'" : value;
                throw new SaidInFull(option + " " + shown + " is not a whole number: " + expected + ".");
            }
        }
    }

    /**
     * A value that could not be read, with a message that already names the option: said as it is,
     * without picocli's "Invalid value for option '--mood': " before it.
     */
    static final class SaidInFull extends CommandLine.TypeConversionException {
        SaidInFull(String message) {
            super(message);
        }
    }

    /**
     * Reads a date, with a message that names the option and says how to write one, in the shape
     * of {@link WholeNumberConverter}'s: "--today abc is not a date: write it as ...".
     */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        private final String option;

        DateConverter(String option) {
            this.option = option;
        }

        @Override
        public LocalDate convert(String value) {
            String shown = option + " " + (value.isBlank() ? "'" + value + "'" : value);
            LocalDate day;
            try {
                day = LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new SaidInFull(shown + " is not a date: "
                        + EntryDates.howToWriteADay(value).orElse("write it as YYYY-MM-DD, like 2025-03-14") + ".");
            }
            if (!EntryDates.inRange(day.atStartOfDay())) {
                // Said here, as a mistake in the command line, rather than as a problem of the journal.
                throw new SaidInFull(shown + " is not a day a journal can have: use one from "
                        + EntryDates.FIRST_YEAR + " to " + EntryDates.LAST_YEAR + ", like 2025-03-14.");
            }
            return day;
        }
    }
}
