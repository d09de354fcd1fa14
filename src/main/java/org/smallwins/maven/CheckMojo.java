package org.smallwins.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.smallwins.check.JournalCheck;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

/**
 * Checks every entry without writing a site, as {@code smallwins check} does: front matter, dates, URLs,
 * goal ids, and the links and images of the entries a build would publish. Stricter than {@code build}:
 * a link or image that leads nowhere, or a goal id no goal has, is a problem here.
 *
 * <p>Fails with one message that lists every problem as {@code path:line: field: message}; warnings are
 * shown and do not fail.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractSelectionMojo {

    /** Skip the check. */
    @Parameter(property = "smallwins.skip", defaultValue = "false")
    private String skip;

    @Override
    public void execute() throws MojoFailureException {
        if (trueOrFalse("skip", skip)) {
            getLog().info("Skipping the check (smallwins.skip).");
            return;
        }
        JournalCheck.Report report;
        try {
            report = new JournalCheck().check(journal(), new JournalCheck.Options(drafts(), privateEntries(), today()));
        } catch (JournalException e) {
            throw JournalProblems.failure(getLog(), e.problems(), null, e);
        }
        String checked = "Checked " + JournalProblems.entries(report.entries());
        if (report.errors() > 0) {
            throw JournalProblems.failure(getLog(), report.problems(), null, null);
        }
        for (Problem warning : report.problems()) {
            getLog().warn(MavenWords.of(warning));
        }
        getLog().info(report.warnings() == 0 ? checked + ": all good."
                : checked + ": nothing to fix, " + JournalProblems.count(report.warnings(), "warning") + " worth a look.");
    }
}
