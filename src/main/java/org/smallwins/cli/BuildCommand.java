package org.smallwins.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.Smallwins;
import org.smallwins.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code smallwins build}: the journal folder to a site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from a journal folder. Nothing is written if any entry has a problem.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The journal folder (with journal.yml and content/). Default: the current folder.")
    Path journalDir;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the site. Default: DIR/public.")
    Path output;

    @CommandLine.Mixin
    Selection selection;

    @Option(names = {"-v", "--verbose"}, description = "Show how long each step took.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    boolean quiet;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path out = output != null ? output : journalDir.resolve("public");
        BuildRequest request = new BuildRequest(journalDir, out, selection.drafts, selection.privateEntries, selection.today);
        long start = System.nanoTime();
        BuildResult result = new Smallwins().build(request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        var err = spec.commandLine().getErr();
        for (Problem warning : result.warnings()) {
            err.println(warning);
        }
        if (!quiet) {
            var stdout = spec.commandLine().getOut();
            int entries = result.journal().entries().size();
            stdout.printf("Built %d %s into %s in %d ms (%d written, %d unchanged, %d removed).%n",
                    entries, entries == 1 ? "entry" : "entries", out, millis,
                    result.written(), result.unchanged(), result.removed());
            if (verbose) {
                for (Map.Entry<String, Long> step : result.timings().entrySet()) {
                    stdout.printf("  %-11s %6d ms%n", org.smallwins.BuildResult.stepLabel(step.getKey()), step.getValue());
                }
            }
        }
        return 0;
    }

    /** Reads --today, with a message that says what to write. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date: write it as 2025-03-14");
            }
        }
    }
}
