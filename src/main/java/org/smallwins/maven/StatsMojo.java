package org.smallwins.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
import org.smallwins.write.OutputFolder;

/**
 * Shows how far you've come, as {@code smallwins stats} does: wins, the days you showed up, comebacks,
 * milestones and goals, as a short summary in the build log, or with {@code -Dsmallwins.json} as JSON
 * (the same fields as {@code smallwins stats --json}). Writes nothing unless {@code statsFile} is set.
 */
@Mojo(name = "stats", threadSafe = true)
public class StatsMojo extends AbstractSiteMojo {

    /** Print every insight as JSON instead of the summary. */
    @Parameter(property = "smallwins.json", defaultValue = "false")
    private String json;

    /**
     * Write the summary or JSON to this file (UTF-8) instead of the build log, for other tools to read, like
     * {@code target/stats.json}. Never a file of the journal's own: one in {@code content/}, {@code static/},
     * {@code themes/} or {@code archetypes/}, {@code journal.yml}, {@code pom.xml} or a Markdown file. A file
     * that is already there is replaced only when it holds stats written before, the summary or the JSON.
     * A relative file is taken from the journal's pom's folder.
     */
    // A String, not a File, as for the build goal's output: Maven turns an empty -Dsmallwins.statsFile= into
    // the pom's folder as a File, which was then refused as "a folder", one the writer never named.
    @Parameter(property = "smallwins.statsFile")
    private String statsFile;

    /** The folder of the journal's pom, which a relative {@code statsFile} is taken from. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File basedir;

    /**
     * Print the summary or JSON on standard output as it is, without the log's {@code [INFO]} before each
     * line, as {@code help:evaluate}'s {@code forceStdout} does: with {@code mvn -q}, the output is the
     * stats alone, for another tool to read. Not together with {@code statsFile}.
     */
    @Parameter(property = "smallwins.forceStdout", defaultValue = "false")
    private String forceStdout;

    /** Where {@code forceStdout} prints: standard output, unless a test gives another stream. */
    PrintStream stdout;

    @Override
    public void execute() throws MojoFailureException {
        boolean asJson = trueOrFalse("json", json);
        boolean toStdout = trueOrFalse("forceStdout", forceStdout);
        Path file = statsFile(basedir, statsFile);
        if (toStdout && file != null) {
            throw new MojoFailureException("forceStdout: the stats go either to standard output or to statsFile ("
                    + file + "), not both: leave out -Dsmallwins.forceStdout to write the file, or statsFile"
                    + " (-Dsmallwins.statsFile or <statsFile> in the plugin's configuration) to print them;"
                    + " nothing was written.");
        }
        if (file != null) {
            String refused = notAStatsFile(journal(), file);
            if (refused == null) {
                Path real = OutputFolder.real(file);
                refused = EarlierStats.refusal(real, shown(OutputFolder.real(journal()), real));
            }
            if (refused != null) {
                throw new MojoFailureException(refused);
            }
        }
        Smallwins.Reading reading;
        try {
            reading = Smallwins.read(new BuildRequest(journal(), null, drafts(), privateEntries(), today(), settings()));
        } catch (JournalException e) {
            throw JournalProblems.failure(getLog(), e.problems(), null, e);
        }
        for (Problem warning : reading.warnings()) {
            getLog().warn(MavenWords.of(warning));
        }
        Insights insights = Insights.compute(reading.journal());
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            if (asJson) {
                InsightsJson.write(insights, out);
            } else {
                new InsightsSummary(insights, out).print();
            }
        }
        if (file != null) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
                getLog().info("Wrote " + file);
            } catch (IOException e) {
                throw new MojoFailureException("statsFile: could not write " + file + ": " + e.getMessage()
                        + ". Pick a file in a folder you can write to.", e);
            }
            return;
        }
        if (toStdout) {
            // Maven's console, System.out, adds nothing to the text: the colour resets some Maven builds write
            // come from Maven at startup and exit, so FileDescriptor.out would not leave them out (docs/maven.md).
            PrintStream out = stdout != null ? stdout : System.out;
            out.print(text);
            out.flush();
            return;
        }
        // One log line per line of text, so the summary reads as it does in a terminal.
        text.toString().lines().forEach(getLog()::info);
    }

    /**
     * The {@code statsFile} parameter as an absolute file, relative ones taken from {@code basedir}, or null
     * when it is not given: the stats then go to the log.
     */
    static Path statsFile(File basedir, String statsFile) throws MojoFailureException {
        if (statsFile == null) {
            return null;
        }
        if (statsFile.isBlank()) {
            throw new MojoFailureException("statsFile: no file is given (-Dsmallwins.statsFile= with nothing after"
                    + " it), so Smallwins does not know where to write the stats; nothing was written. Name a file,"
                    + " like -Dsmallwins.statsFile=target/stats.json, or leave statsFile out to see the stats in the"
                    + " build log.");
        }
        return fromPomFolder(basedir, statsFile);
    }

    /**
     * Why {@code target} may not be the stats file, or null when it may: the summary or JSON never
     * replaces what the writer wrote (an entry, journal.yml, the pom, a file in the journal's sources).
     */
    static String notAStatsFile(Path journal, Path target) {
        Path home = OutputFolder.real(journal);
        Path file = OutputFolder.real(target);
        String shown = shown(home, file);
        String instead = " Name a file of its own, like target/stats.json"
                + " (-Dsmallwins.statsFile=target/stats.json, or <statsFile>target/stats.json</statsFile> in the"
                + " plugin's configuration); nothing was written.";
        if (Files.isDirectory(file)) {
            return "statsFile: " + shown + " is a folder." + instead;
        }
        for (String source : OutputFolder.SOURCE_FOLDERS) {
            if (file.startsWith(home.resolve(source))) {
                return "statsFile: " + shown + " is inside the journal's " + source
                        + "/ folder, which holds what you wrote." + instead;
            }
        }
        if (file.equals(home.resolve("journal.yml")) || file.equals(home.resolve("pom.xml"))) {
            return "statsFile: " + shown + " is the journal's own " + file.getFileName() + "." + instead;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (file.startsWith(home) && (name.endsWith(".md") || name.endsWith(".markdown"))) {
            return "statsFile: " + shown + " is a Markdown file in the journal, which may be an entry." + instead;
        }
        return null;
    }

    /** The stats file as a message names it: relative to the journal, both with their links resolved. */
    static String shown(Path home, Path file) {
        // In full when outside the journal, or the journal itself ("" would say nothing for -Dsmallwins.statsFile=.).
        return file.startsWith(home) && !file.equals(home) ? home.relativize(file).toString().replace('\\', '/')
                : file.toString();
    }
}
