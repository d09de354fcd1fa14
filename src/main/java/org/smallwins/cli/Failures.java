package org.smallwins.cli;

import java.io.PrintWriter;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import picocli.CommandLine;

/**
 * Turns failures into messages: journal problems as {@code path:line: field: message} lines, anything
 * unexpected as one line. Stack traces only with {@code --debug}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int PROBLEMS = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean debug = parsed.hasMatchedOption(CommandSpecs.DEBUG)
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption(CommandSpecs.DEBUG));
        if (e instanceof JournalException problems) {
            long errors = problems.problems().stream().filter(Problem::isError).count();
            for (Problem problem : problems.problems()) {
                err.println(problem);
            }
            String command = parsed.subcommand() == null ? "" : parsed.subcommand().commandSpec().name();
            String count = errors == 1 ? "1 problem to fix" : errors + " problems to fix";
            if (command.equals("build")) {
                // Only a build writes; for the other commands "nothing was written" would puzzle.
                err.println(count + "; nothing was written.");
            } else if (errors > 1 || !(command.equals("new") || command.equals("init"))) {
                // new and init refuse with one reason, which a count after it would only repeat.
                err.println(count + ".");
            }
        } else {
            err.println("smallwins: " + e + (debug ? "" : " (run again with --debug to see where)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return PROBLEMS;
    }
}
