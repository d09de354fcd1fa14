package org.smallwins.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.Smallwins;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

/**
 * Builds the site from the journal: the entries in {@code content/}, the settings in {@code journal.yml},
 * the files in {@code static/} and {@code themes/}, exactly as {@code smallwins build} does. The same
 * journal and the same {@code today} give a byte-identical site.
 *
 * <p>Nothing is written if any entry has a problem: the build fails with one message that lists every
 * problem as {@code path:line: field: message}. Files whose content did not change are left as they were.
 *
 * <p>In a journal whose pom declares this plugin with {@code <extensions>true</extensions>},
 * {@code mvn site-gen} runs this goal.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractSiteMojo {

    /**
     * Where to write the site. Smallwins refuses a folder that holds files it did not make (such as the
     * output of {@code mvn site}) and any folder inside the journal's {@code content/}, {@code static/},
     * {@code themes/} or {@code archetypes/}.
     */
    @Parameter(property = "smallwins.output", defaultValue = "${project.build.directory}/site", required = true)
    private File output;

    /** Skip building the site. */
    @Parameter(property = "smallwins.skip", defaultValue = "false")
    private String skip;

    @Override
    public void execute() throws MojoFailureException {
        if (trueOrFalse("skip", skip)) {
            getLog().info("Skipping the site (smallwins.skip).");
            return;
        }
        Path out = output.toPath().toAbsolutePath().normalize();
        BuildRequest request = new BuildRequest(journal(), out, drafts(), privateEntries(), today(), settings());
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = new Smallwins().build(request);
        } catch (JournalException e) {
            throw JournalProblems.failure(e.problems(),
                    e.wroteSome() ? "the output folder holds part of the new site" : "nothing was written", e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (Problem warning : result.warnings()) {
            getLog().warn(MavenWords.of(warning));
        }
        int entries = result.journal().entries().size();
        getLog().info(String.format("Built %s into %s in %d ms (%d written, %d unchanged, %d removed).",
                JournalProblems.entries(entries), out, millis,
                result.written(), result.unchanged(), result.removed()));
        if (getLog().isDebugEnabled()) {
            for (Map.Entry<String, Long> step : result.timings().entrySet()) {
                getLog().debug(String.format("  %-11s %6d ms", org.smallwins.BuildResult.stepLabel(step.getKey()),
                        step.getValue()));
            }
        }
    }
}
