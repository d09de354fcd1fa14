package org.smallwins.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smallwins.BuildRequest;
import org.smallwins.Smallwins;
import org.smallwins.insight.Insights;
import org.smallwins.insight.InsightsJson;
import org.smallwins.insight.InsightsSummary;
import org.smallwins.model.Journal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code smallwins stats}: "Look how far you've come", as a short summary or as JSON. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Shows how far you've come: wins, the days you showed up, comebacks, milestones and goals.",
                "With --json, prints every insight as JSON (see docs/stats-json.md). Writes nothing."})
final class StatsCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The journal folder (with journal.yml and content/). Default: the current folder.")
    Path journalDir;

    @Option(names = "--json", description = "Print every insight as JSON instead of the summary.")
    boolean json;

    @CommandLine.Mixin
    Selection selection;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Journal journal = load();
        Insights insights = Insights.compute(journal);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            InsightsJson.write(insights, out);
        } else {
            new InsightsSummary(insights, out).print();
        }
        out.flush();
        return 0;
    }

    /** Settings and entries as a build reads them, without rendering; errors stop here as in build. */
    private Journal load() {
        Smallwins.Reading reading = Smallwins.read(new BuildRequest(journalDir, null, selection.drafts, selection.privateEntries, selection.today));
        PrintWriter err = spec.commandLine().getErr();
        reading.warnings().forEach(err::println);
        err.flush();
        return reading.journal();
    }
}
