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
     * {@code themes/} or {@code archetypes/}. A relative folder is taken from the journal's pom's folder.
     */
    // A String, not a File: Maven turns an empty -Dsmallwins.output= into the pom's folder as a File,
    // which the build then refused as "the journal folder itself", a message about a folder never named.
    @Parameter(property = "smallwins.output", defaultValue = "${project.build.directory}/site", required = true)
    private String output;

    /** The folder of the journal's pom, which a relative {@code output} is taken from. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File basedir;

    /** Skip building the site. */
    @Parameter(property = "smallwins.skip", defaultValue = "false")
    private String skip;

    @Override
    public void execute() throws MojoFailureException {
        if (trueOrFalse("skip", skip)) {
            getLog().info("Skipping the site (smallwins.skip).");
            return;
        }
        Path out = outputFolder(basedir, output);
        BuildRequest request = new BuildRequest(journal(), out, drafts(), privateEntries(), today(), settings());
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = new Smallwins().build(request);
        } catch (JournalException e) {
            throw JournalProblems.failure(getLog(), MavenWords.suggestingSite(e.problems(), journal()),
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
                getLog().debug(String.format("  %-11s %6d ms", BuildResult.stepLabel(step.getKey()),
                        step.getValue()));
            }
        }
    }

    /** The {@code output} parameter as an absolute folder, relative ones taken from {@code basedir}. */
    static Path outputFolder(File basedir, String output) throws MojoFailureException {
        if (output == null || output.isBlank()) {
            throw new MojoFailureException("output: no folder is given (-Dsmallwins.output= with nothing after it,"
                    + " or an empty <output> in the plugin's configuration), so Smallwins does not know where to write"
                    + " the site; nothing was written. Name a folder, like -Dsmallwins.output=target/www, or leave"
                    + " output out to build into target/site.");
        }
        return fromPomFolder(basedir, output);
    }
}
