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
            String count = count(errors);
            if (command.equals("build")) {
                err.println(afterBuild(errors, problems.wroteSome()));
            } else if (errors > 1 || !(command.equals("new") || command.equals("init"))) {
                // new and init refuse with one reason, which a count after it would only repeat.
                err.println(count + ".");
            }
        } else {
            err.println("smallwins: " + Problem.printable(e.toString())
                    + (debug ? "" : " (run again with --debug to see where)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return PROBLEMS;
    }

    private static String count(long errors) {
        return errors == 1 ? "1 problem to fix" : errors + " problems to fix";
    }

    /**
     * The line after a failed build's problems. Only a build writes, so only it says what was
     * written; and an update in place that failed half-way has written part of the site.
     */
    static String afterBuild(long errors, boolean wroteSome) {
        return count(errors) + (wroteSome ? "; the output folder holds part of the new site." : "; nothing was written.");
    }
}
