package org.smallwins.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smallwins}: the entry point of the jar. */
@Command(name = "smallwins",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns a folder of Markdown journal entries into a private static website.",
        subcommands = {InitCommand.class, NewCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class,
                StatsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 problems in the journal, 2 bad usage. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(Main::usageMistake);
        return cli.execute(args);
    }

    /**
     * A mistake in the command line: the message and a pointer to the help, not the whole help page,
     * so the one line that matters is not scrolled away.
     */
    private static int usageMistake(CommandLine.ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(mistake.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(mistake, err);
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help' for what it takes.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
