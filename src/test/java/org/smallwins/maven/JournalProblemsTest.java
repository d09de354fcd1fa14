package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.smallwins.problem.Problem;

/** A failed goal's message holds the errors only; warnings are logged as on a build that succeeds. */
class JournalProblemsTest {

    /** Keeps what is logged as a warning, and prints nothing. */
    private static final class Warnings extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void warn(CharSequence content) {
            lines.add(content.toString());
        }
    }

    @Test
    void warningsAreLoggedAsWarningsAndOnlyErrorsAreInTheFailure() {
        Problem mood = Problem.error("content/wins/2025-01-07-too-happy.md", 3, "mood", "'9' is not allowed.");
        Problem tags = Problem.warning("content/wins/2025-01-06-fine.md", 3, "tgas", "did you mean 'tags'?");
        Warnings log = new Warnings();

        MojoFailureException failure = JournalProblems.failure(log, List.of(tags, mood), "nothing was written", null);

        assertThat(failure.getMessage()).isEqualTo("1 problem to fix; nothing was written:" + System.lineSeparator()
                + "content/wins/2025-01-07-too-happy.md:3: mood: '9' is not allowed.");
        assertThat(log.lines).containsExactly("content/wins/2025-01-06-fine.md:3: warning: tgas: did you mean 'tags'?");
    }

    @Test
    void warningsAreSaidInTheGoalsWords() {
        Warnings log = new Warnings();

        JournalProblems.failure(log, List.of(Problem.error("a.md", 1, null, "broken."),
                Problem.warning("b.md", 2, null, "check with --drafts.")), null, null);

        assertThat(log.lines).containsExactly("b.md:2: warning: check with -Dsmallwins.drafts=true.");
    }
}
