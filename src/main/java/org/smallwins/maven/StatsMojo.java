package org.smallwins.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.smallwins.BuildRequest;
import org.smallwins.Smallwins;
import org.smallwins.insight.Insights;
import org.smallwins.insight.InsightsJson;
import org.smallwins.insight.InsightsSummary;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

/**
 * Shows how far you've come, as {@code smallwins stats} does: wins, the days you showed up, comebacks,
 * milestones and goals, as a short summary in the build log, or with {@code -Dsmallwins.json} as JSON
 * (the same fields as {@code smallwins stats --json}). Writes nothing unless {@code statsFile} is set.
 */
@Mojo(name = "stats", threadSafe = true)
public class StatsMojo extends AbstractSiteMojo {

    /** Print every insight as JSON instead of the summary. */
    @Parameter(property = "smallwins.json", defaultValue = "false")
    private boolean json;

    /** Write the summary or JSON to this file (UTF-8) instead of the build log, for other tools to read. */
    @Parameter(property = "smallwins.statsFile")
    private File statsFile;

    @Override
    public void execute() throws MojoFailureException {
        Smallwins.Reading reading;
        try {
            reading = Smallwins.read(new BuildRequest(journal(), null, drafts(), privateEntries(), today(), settings()));
        } catch (JournalException e) {
            throw JournalProblems.failure(e.problems(), null, e);
        }
        for (Problem warning : reading.warnings()) {
            getLog().warn(MavenWords.of(warning));
        }
        Insights insights = Insights.compute(reading.journal());
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            if (json) {
                InsightsJson.write(insights, out);
            } else {
                new InsightsSummary(insights, out).print();
            }
        }
        if (statsFile != null) {
            try {
                Path target = statsFile.toPath().toAbsolutePath();
                Files.createDirectories(target.getParent());
                Files.writeString(target, text.toString(), StandardCharsets.UTF_8);
                getLog().info("Wrote " + target);
            } catch (IOException e) {
                throw new MojoFailureException("statsFile: could not write " + statsFile + ": " + e.getMessage()
                        + ". Pick a file in a folder you can write to.", e);
            }
            return;
        }
        // One log line per line of text, so the summary reads as it does in a terminal.
        text.toString().lines().forEach(getLog()::info);
    }
}
