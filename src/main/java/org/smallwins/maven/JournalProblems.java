package org.smallwins.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.smallwins.problem.Problem;

/**
 * Journal problems as one build failure whose message lists every error, one
 * {@code path:line: field: message} per line (paths relative to the journal folder), sorted by file and
 * line, so a writer can fix them all in one pass. Each says what to do in the goals' words
 * ({@link MavenWords}).
 */
final class JournalProblems {
    private JournalProblems() {
    }

    /**
     * A failure such as "2 problems to fix; nothing was written:" followed by the errors. The warnings
     * go to {@code log} as {@code [WARNING]} lines, as on a build that succeeds: inside the failure
     * they were printed as {@code [ERROR]} lines, as if they too had stopped the build.
     */
    static MojoFailureException failure(Log log, List<Problem> problems, String whatWasNotDone, Throwable cause) {
        StringBuilder message = new StringBuilder();
        long errors = 0;
        for (Problem problem : problems) {
            if (problem.isError()) {
                message.append(System.lineSeparator()).append(MavenWords.of(problem));
                errors++;
            } else {
                log.warn(MavenWords.of(problem));
            }
        }
        StringBuilder head = new StringBuilder(count(errors, "problem")).append(" to fix");
        if (whatWasNotDone != null) {
            head.append("; ").append(whatWasNotDone);
        }
        return saidOnce(new MojoFailureException(head.append(':').append(message).toString()), cause);
    }

    /**
     * The failure with the core's exception kept for {@code -e}, under a cause that says no more than the
     * failure: Maven prints the message of every cause the failure's message does not hold, and the
     * core's names the command line's options, so each problem was printed twice, the second time in
     * words for the command line. The cause carries the core's stack trace, and the core's exception
     * itself as a suppressed one.
     */
    static MojoFailureException saidOnce(MojoFailureException failure, Throwable core) {
        if (core != null) {
            failure.initCause(new WhereTheCoreStopped(failure.getMessage(), core));
        }
        return failure;
    }

    /** Where the core stopped: its stack trace, under the failure's own message. */
    static final class WhereTheCoreStopped extends Exception {
        private static final long serialVersionUID = 1L;

        WhereTheCoreStopped(String message, Throwable core) {
            super(message);
            setStackTrace(core.getStackTrace());
            addSuppressed(core);
        }
    }

    static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String entries(long n) {
        return n == 1 ? "1 entry" : n + " entries";
    }
}
