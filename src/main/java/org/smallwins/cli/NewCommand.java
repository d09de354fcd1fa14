package org.smallwins.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.smallwins.load.EntryDates;
import org.smallwins.load.Slugs;
import org.smallwins.model.EntryType;
import org.smallwins.problem.Problem;
import org.smallwins.scaffold.NewEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code smallwins new}: one new entry file from its archetype. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Starts a new entry in content/<wins|reflections|setbacks|goals>/YYYY-MM-DD-title.md and prints "
                + "its path (relative to the journal).",
                "The text comes from the journal's archetypes/TYPE.md if it has one, else a built-in one. "
                        + "Never overwrites: a name that is taken gets -2, -3 ..."})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TYPE", description = "win, reflection, setback or goal.")
    String type;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TITLE",
            description = "The title, in quotes: \"Drank a glass of water\" (unquoted words are joined too).")
    List<String> titleWords;

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR", defaultValue = ".",
            description = "The journal folder. Default: the current folder.")
    Path dir;

    @Option(names = "--tags", paramLabel = "TAGS", split = ",", description = "Tags, separated by commas: --tags walk,outside")
    List<String> tags = new ArrayList<>();

    @Option(names = "--mood", paramLabel = "N", description = "How you felt, 1 (very low) to 5 (very good).")
    Integer mood;

    @Option(names = "--goal", paramLabel = "ID", split = ",",
            description = "The id of a goal this counts toward, like walk-outside; several with commas.")
    List<String> goals = new ArrayList<>();

    @Option(names = "--date", paramLabel = "DATE",
            description = "When it happened: 2025-03-14, \"2025-03-14 08:30\" or 2025-03-14T08:30:00+01:00. Default: today.")
    String date;

    @Option(names = "--today", paramLabel = "DATE", converter = BuildCommand.DateConverter.class,
            description = "Use DATE (yyyy-MM-dd) as today. Default: SOURCE_DATE_EPOCH if set, else today in the journal's time zone.")
    LocalDate today;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<EntryType> entryType = EntryType.fromId(type);
        if (entryType.isEmpty()) {
            String hint = EntryType.fromFolder(type.trim()).map(t -> " (did you mean '" + t.id() + "'?)").orElse("");
            throw usage("'" + type + "' is not a type of entry" + hint + ": use " + EntryType.allIds() + ".");
        }
        String title = String.join(" ", titleWords).strip();
        if (title.isEmpty()) {
            throw usage("the title is empty: write a few words, like \"Drank a glass of water\".");
        }
        if (mood != null && (mood < 1 || mood > 5)) {
            throw usage("--mood " + mood + " is not allowed: use a whole number from 1 to 5 (1 is very low, 5 is very good).");
        }
        for (String goal : goals) {
            String id = goal.strip();
            if (!id.isEmpty() && !Slugs.slugify(id).equals(id)) {
                throw usage("'" + goal + "' is not a goal id: ids are lower-case words joined by '-', like '"
                        + Slugs.slugify(id) + "'.");
            }
        }
        if (date != null && EntryDates.parse(date, ZoneOffset.UTC).isEmpty()) {
            throw usage("'" + date + "' is not a date: " + EntryDates.EXPECTED + ".");
        }
        NewEntry.Result result = NewEntry.create(new NewEntry.Request(dir, entryType.get(), title, tags, mood, goals,
                date, today));
        PrintWriter err = spec.commandLine().getErr();
        for (Problem warning : result.warnings()) {
            err.println(warning);
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(result.path());
        out.flush();
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
