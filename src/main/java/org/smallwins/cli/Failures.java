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
            // Only a build writes; for the other commands "nothing was written" would puzzle.
            boolean building = parsed.subcommand() != null && parsed.subcommand().commandSpec().name().equals("build");
            String count = errors == 1 ? "1 problem to fix" : errors + " problems to fix";
            err.println(building ? count + "; nothing was written." : count + ".");
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
