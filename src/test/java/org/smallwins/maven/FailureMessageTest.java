package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.problem.JournalException;

/**
 * What Maven prints for a failed goal: the failure's message, then the message of every cause in its
 * chain that the failure's does not already hold. The core's message names the command line's options,
 * so as a cause it printed every problem a second time, in words the writer cannot type into Maven.
 */
class FailureMessageTest {
    @TempDir
    Path tmp;

    @Test
    void theProblemsAreSaidOnceInTheGoalsWordsAndTheCoresTraceStaysForDashE() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\nprivate: true\n---\nA.\n");
        JournalException refused = catchThrowableOfType(() -> new Smallwins().build(BuildRequest.of(journal,
                journal.resolve("public")).withPrivate(true).withToday(LocalDate.of(2025, 1, 2))), JournalException.class);
        MojoFailureException failure = JournalProblems.failure(new SystemStreamLog(), refused.problems(), "nothing was written", refused);

        String printed = asMavenPrintsIt(failure);
        assertThat(printed).contains("-Dsmallwins.private=true").doesNotContain("--private");
        assertThat(printed.split("private entries are published only", -1)).hasSize(2);

        assertThat(failure.getCause().getStackTrace()).as("-e shows where the core stopped")
                .isEqualTo(refused.getStackTrace());
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).as("-e still shows where the core stopped").contains(JournalException.class.getName());
    }

    /** Maven 3's DefaultExceptionHandler.getMessage: each cause's message is added unless already there. */
    private static String asMavenPrintsIt(Throwable failure) {
        String full = "";
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            String message = t.getMessage() == null || t.getMessage().isEmpty() ? t.getClass().getSimpleName() : t.getMessage();
            if (!full.contains(message)) {
                full = full.isEmpty() ? message : full + ": " + message;
            }
        }
        return full;
    }
}
