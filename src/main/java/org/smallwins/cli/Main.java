package org.smallwins.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code smallwins}: the entry point of the jar. */
public final class Main implements Runnable {
    /** FreeMarker's system property for the logging library it uses (see {@code freemarker.log.Logger}). */
    static final String FREEMARKER_LOGGER_LIBRARY = "org.freemarker.loggerLibrary";

    /** The commands, in the order help lists them. */
    private static final List<String> COMMANDS = List.of("init", "new", "build", "check", "serve", "stats", "help");

    /**
     * The command {@code name} (null: no such command), made only when registered. A switch rather
     * than a map of constructor references: each reference is linked on first use, at a cost every
     * start-up would pay for all seven.
     */
    static Object command(String name) {
        return switch (name) {
            case "init" -> new InitCommand().spec();
            case "new" -> new NewCommand().spec();
            case "build" -> new BuildCommand().spec();
            case "check" -> new CheckCommand().spec();
            case "serve" -> new ServeCommand().spec();
            case "stats" -> new StatsCommand().spec();
            // picocli's own, read from its annotations: only when asked for help.
            case "help" -> new CommandLine.HelpCommand();
            default -> null;
        };
    }

    private static final List<String> HELP_AND_VERSION = List.of("-h", "--help", "-V", "--version");

    // --debug here too, as Hugo and git take their own before the command: smallwins --debug build.
    private final CommandSpec spec = CommandSpecs.command(this, "smallwins",
            "Turns a folder of Markdown journal entries into a private static website.");

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 problems in the journal, 2 bad usage. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // The command line reports every template error itself, with its file and line. FreeMarker
        // would also set up a log of its own (java.util.logging, the one library this jar has: 20 ms
        // at every start, for nothing it prints). Chosen here, at the edge: a program that embeds the
        // core keeps FreeMarker's own choice, and a -D on the java command line wins.
        System.getProperties().putIfAbsent(FREEMARKER_LOGGER_LIBRARY, "none");
        CommandLine cli = new CommandLine(new Main().spec);
        // With one command named first, only that one is made and registered. Anything else (no
        // command, help, a typo to suggest a command for) gets them all.
        String first = commandWord(args);
        Object named = first != null && !first.equals("help") ? command(first) : null;
        if (named != null) {
            cli.addSubcommand(first, named);
        } else {
            for (String name : COMMANDS) {
                cli.addSubcommand(name, command(name));
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(Main::usageMistake);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // What the build held is let go by now, so there is room to say it in words.
            err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            if (Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            err.flush();
            return Failures.PROBLEMS;
        }
    }

    /** The word that names the command: the first, or the one after a leading {@value CommandSpecs#DEBUG}; null when none. */
    static String commandWord(String[] args) {
        int at = args.length > 0 && args[0].equals(CommandSpecs.DEBUG) ? 1 : 0;
        return at < args.length ? args[at] : null;
    }

    /** What to do when the build needs more memory than Java was given (a journal of huge entries, a small machine). */
    static String outOfMemory(long maxHeap) {
        return "smallwins: ran out of memory: Java may use at most " + (maxHeap >> 20) + " MB here. Give it more,"
                + " like JAVA_TOOL_OPTIONS=-Xmx2g, or look for a very large entry or static file.";
    }

    /**
     * A mistake in the command line: the message and a pointer to the help, not the whole help page,
     * so the one line that matters is not scrolled away.
     */
    private static int usageMistake(CommandLine.ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        PrintWriter err = command.getErr();
        boolean isNew = command.getCommandSpec().name().equals("new");
        OptionSpec valueless = mistake instanceof CommandLine.MissingParameterException missing ? missingOption(missing) : null;
        if (mistake instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()) {
            err.println(LeftOverWords.message(command.getCommandSpec(), unmatched.getUnmatched()));
        } else if (unknownForHelp(command, mistake, args)) {
            // picocli's help says only "Unknown subcommand": said as for a mistyped command, with a suggestion.
            String word = mistake.getValue();
            err.println(LeftOverWords.message(command.getCommandSpec(), List.of(word)));
            List<String> meant = new CommandLine.UnmatchedArgumentException(command, List.of(word)).getSuggestions();
            if (!meant.isEmpty()) {
                err.println("Did you mean: " + meant.stream().map(name -> "smallwins help " + name)
                        .collect(Collectors.joining(" or ")) + "?");
            }
            err.println("See 'smallwins --help' for what it takes.");
            err.flush();
            return command.getCommandSpec().exitCodeOnInvalidInput();
        } else if (mistake.getCause() instanceof CommandSpecs.SaidInFull said) {
            err.println(said.getMessage());
        } else if (isNew && mistake instanceof CommandLine.MissingParameterException && valueless == null) {
            err.println(NewCommand.missingTypeOrTitle(command.getCommandSpec()));
        } else if (valueless != null && CommandSpecs.valueExample(valueless) != null) {
            // picocli says "Missing required parameter for option '--today' (DATE)": what to write is clearer.
            err.println(valueless.longestName() + " needs " + CommandSpecs.valueExample(valueless) + ".");
        } else {
            err.println(mistake.getMessage());
        }
        if (command.getParent() == null && mistake instanceof CommandLine.UnmatchedArgumentException unknown
                && unknown.isUnknownOption() && unknown.getUnmatched().contains("-v")) {
            err.println(lowerCaseV(command.getCommandSpec()));
        }
        String dashedTitle = isNew ? NewCommand.dashedTitleHint(command.getCommandSpec(), args) : null;
        if (dashedTitle != null) {
            err.println(dashedTitle);
        }
        StringWriter suggested = new StringWriter();
        CommandLine.UnmatchedArgumentException.printSuggestions(mistake, new PrintWriter(suggested, true));
        if (suggested.toString().startsWith("Possible solutions: ")) {
            // picocli suggests the options spelt alike: --version for --verbose. Help and version are
            // never what a mistyped option meant (and help is named on the next line anyway).
            List<String> suggestions = ((CommandLine.UnmatchedArgumentException) mistake).getSuggestions().stream()
                    .filter(s -> !HELP_AND_VERSION.contains(s)).toList();
            if (!suggestions.isEmpty()) {
                // Asked as for a mistyped command, in the same words.
                err.println("Did you mean: " + String.join(" or ", suggestions) + "?");
            }
        } else {
            err.print(suggested);
        }
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help' for what it takes.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The option given without its value, or null when what is missing is a parameter. */
    private static OptionSpec missingOption(CommandLine.MissingParameterException missing) {
        return missing.getMissing() != null && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option ? option : null;
    }

    /** For -v before any command: most likely -V meant, or the -v of a command that takes one. */
    static String lowerCaseV(CommandSpec top) {
        List<String> takers = top.subcommands().entrySet().stream()
                .filter(command -> command.getValue().getCommandSpec().findOption("-v") != null)
                .map(command -> "smallwins " + command.getKey() + " -v").toList();
        return "-V or --version prints the version." + (takers.isEmpty() ? ""
                : " -v (--verbose) goes after the command that takes it: " + String.join(" or ", takers) + ".");
    }

    /** Whether {@code mistake} is picocli's help saying the command it was asked about is none. */
    private static boolean unknownForHelp(CommandLine command, CommandLine.ParameterException mistake, String[] args) {
        return command.getParent() == null && "help".equals(commandWord(args)) && mistake.getValue() != null
                && mistake.getArgSpec() == null && !(mistake instanceof CommandLine.UnmatchedArgumentException);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
