package org.smallwins.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.smallwins.Smallwins;
import org.smallwins.insight.Insights;
import org.smallwins.insight.InsightsJson;
import org.smallwins.insight.InsightsSummary;
import org.smallwins.model.Journal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code smallwins stats}: "Look how far you've come", as a short summary or as JSON. */
final class StatsCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "stats",
            "Shows how far you've come: wins, the days you showed up, comebacks, milestones and goals.",
            "With --json, prints every insight as JSON (see docs/stats-json.md). Writes nothing.");
    private final PositionalParamSpec journalDir = CommandSpecs.folder(spec,
            "The journal folder (with journal.yml and content/). Default: the current folder.");
    private final OptionSpec json = CommandSpecs.flag(spec,
            "Print every insight as JSON instead of the summary.", "--json");
    private final Selection selection = new Selection(spec);

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Journal journal = load();
        Insights insights = Insights.compute(journal);
        PrintWriter out = spec.commandLine().getOut();
        if (CommandSpecs.isOn(json)) {
            InsightsJson.write(insights, out);
        } else {
            new InsightsSummary(insights, out).print();
        }
        out.flush();
        return 0;
    }

    /** Settings and entries as a build reads them, without rendering; errors stop here as in build. */
    private Journal load() {
        Smallwins.Reading reading = Smallwins.read(selection.request(CommandSpecs.journalFolder(spec, journalDir), null));
        PrintWriter err = spec.commandLine().getErr();
        reading.warnings().forEach(err::println);
        err.flush();
        return reading.journal();
    }
}
