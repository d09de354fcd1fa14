package org.smallwins.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.Smallwins;
import org.smallwins.problem.Problem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/** {@code smallwins build}: the journal folder to a site. */
final class BuildCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "build",
            "Builds the site from a journal folder. Nothing is written if any entry has a problem.");
    private final PositionalParamSpec journalDir = CommandSpecs.folder(spec,
            "The journal folder (with journal.yml and content/). Default: the current folder.");
    private final OptionSpec output = CommandSpecs.add(spec, CommandSpecs.option(Path.class, "OUT",
            "Where to write the site. Default: DIR/public.", "-o", "--output").build());
    private final Selection selection = new Selection(spec);
    private final OptionSpec verbose = CommandSpecs.flag(spec, "Show how long each step took.", "-v", "--verbose");
    private final OptionSpec quiet = CommandSpecs.flag(spec, "Print only problems.", "-q", "--quiet");

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Path dir = CommandSpecs.journalFolder(spec, journalDir);
        Path given = output.getValue();
        if (given != null && given.toString().isBlank()) {
            // An empty path is the current folder: said as that, the problem would read ": is the journal folder itself".
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--output needs a folder for the site, like --output public (or leave it out for DIR/public).");
        }
        Path out = given != null ? given : dir.resolve("public");
        BuildRequest request = selection.request(dir, out);
        long start = System.nanoTime();
        BuildResult result = new Smallwins().build(request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        var err = spec.commandLine().getErr();
        for (Problem warning : result.warnings()) {
            err.println(warning);
        }
        if (!CommandSpecs.isOn(quiet)) {
            var stdout = spec.commandLine().getOut();
            int entries = result.journal().entries().size();
            stdout.printf("Built %d %s into %s in %d ms (%d written, %d unchanged, %d removed).%n",
                    entries, entries == 1 ? "entry" : "entries", out, millis,
                    result.written(), result.unchanged(), result.removed());
            if (CommandSpecs.isOn(verbose)) {
                for (Map.Entry<String, Long> step : result.timings().entrySet()) {
                    stdout.printf("  %-11s %6d ms%n", BuildResult.stepLabel(step.getKey()), step.getValue());
                }
            }
        }
        return 0;
    }
}
