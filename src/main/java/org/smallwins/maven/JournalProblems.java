package org.smallwins.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.smallwins.problem.Problem;

/**
 * Journal problems as one build failure whose message lists every problem, one
 * {@code path:line: field: message} per line (paths relative to the journal folder), sorted by file and
 * line, so a writer can fix them all in one pass. Each says what to do in the goals' words
 * ({@link MavenWords}).
 */
final class JournalProblems {
    private JournalProblems() {
    }

    /** A failure such as "2 problems to fix; nothing was written:" followed by the problems. */
    static MojoFailureException failure(List<Problem> problems, String whatWasNotDone, Throwable cause) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder message = new StringBuilder(count(errors, "problem")).append(" to fix");
        if (whatWasNotDone != null) {
            message.append("; ").append(whatWasNotDone);
        }
        message.append(':');
        for (Problem problem : problems) {
            message.append(System.lineSeparator()).append(MavenWords.of(problem));
        }
        return cause == null ? new MojoFailureException(message.toString())
                : new MojoFailureException(message.toString(), cause);
    }

    static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String entries(long n) {
        return n == 1 ? "1 entry" : n + " entries";
    }
}
