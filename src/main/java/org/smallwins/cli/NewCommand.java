package org.smallwins.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.smallwins.load.EntryDates;
import org.smallwins.load.Slugs;
import org.smallwins.model.EntryType;
import org.smallwins.problem.Problem;
import org.smallwins.problem.Spelling;
import org.smallwins.scaffold.NewEntry;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code smallwins new}: one new entry file from its archetype. */
final class NewCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "new",
            "Starts a new entry in content/<wins|reflections|setbacks|goals>/YYYY-MM-DD-title.md and prints "
                    + "its path (relative to the journal).",
            "The text comes from the journal's archetypes/TYPE.md if it has one, else a built-in one. "
                    + "Never overwrites: a name that is taken gets -2, -3 ...");
    private final PositionalParamSpec typeParameter = CommandSpecs.add(spec, PositionalParamSpec.builder()
            .index("0").paramLabel("TYPE").required(true).type(String.class)
            .description("win, reflection, setback or goal.").build());
    private final PositionalParamSpec titleParameter = CommandSpecs.add(spec, PositionalParamSpec.builder()
            .index("1..*").arity("1..*").required(true).paramLabel("TITLE")
            .type(List.class).auxiliaryTypes(String.class)
            .description("The title, in quotes: \"Drank a glass of water\" (unquoted words are joined too).").build());
    private final OptionSpec dirOption = CommandSpecs.add(spec, CommandSpecs.option(Path.class, "DIR",
            "The journal folder. Default: the current folder.", "-d", "--dir").defaultValue(".").build());
    private final OptionSpec tagsOption = CommandSpecs.add(spec, CommandSpecs.option(List.class, "TAGS",
            "Tags, separated by commas: --tags walk,outside", "--tags")
            .auxiliaryTypes(String.class).splitRegex(",").build());
    private final OptionSpec moodOption = CommandSpecs.add(spec, CommandSpecs.option(Integer.class, "N",
            "How you felt, 1 (very low) to 5 (very good).", "--mood")
            .converters(new CommandSpecs.WholeNumberConverter("--mood", NewEntry.MOOD_RANGE)).build());
    private final OptionSpec goalOption = CommandSpecs.add(spec, CommandSpecs.option(List.class, "ID",
            "The id of a goal this counts toward, like walk-outside; several with commas.", "--goal")
            .auxiliaryTypes(String.class).splitRegex(",").build());
    private final OptionSpec dateOption = CommandSpecs.add(spec, CommandSpecs.option(String.class, "DATE",
            "When it happened: 2025-03-14, \"2025-03-14 08:30\" or 2025-03-14T08:30:00+01:00. Default: now"
                    + " (the day alone with --today).",
            "--date").build());
    private final OptionSpec todayOption = CommandSpecs.today(spec,
            "Use DATE (YYYY-MM-DD) as today. Default: SOURCE_DATE_EPOCH if set, else today in the journal's time zone.");

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Path dir = CommandSpecs.journalFolder(spec, dirOption.<Path>getValue());
        String type = typeParameter.getValue();
        List<String> titleWords = titleParameter.getValue();
        Integer mood = moodOption.getValue();
        List<String> tags = valuesOf(tagsOption);
        List<String> goals = valuesOf(goalOption);
        String date = dateOption.getValue();
        Optional<EntryType> entryType = EntryType.fromId(type);
        if (entryType.isEmpty()) {
            String hint = meantType(type).map(t -> " (did you mean '" + t.id() + "'?)").orElse("");
            throw usage("'" + type + "' is not a type of entry" + hint + ": use " + EntryType.allIds() + ".");
        }
        String title = String.join(" ", titleWords).strip();
        if (title.isEmpty()) {
            throw usage("the title is empty: write a few words, like \"Drank a glass of water\".");
        }
        if (mood != null && (mood < 1 || mood > 5)) {
            throw usage("--mood " + mood + " is not allowed: " + NewEntry.MOOD_RANGE + ".");
        }
        for (String goal : goals) {
            String id = goal.strip();
            if (!id.isEmpty() && !Slugs.slugify(id).equals(id)) {
                throw usage("'" + goal + "' is not a goal id: ids are lower-case words joined by '-', like '"
                        + Slugs.slugify(id) + "'.");
            }
        }
        if (date != null) {
            var when = EntryDates.parse(date, ZoneOffset.UTC);
            if (when.isEmpty()) {
                throw usage("'" + date + "' is not a date: " + EntryDates.howToWrite(date) + ".");
            }
            // Said of --date here, not of the archetype whose front matter would carry it.
            String wrongYear = EntryDates.yearProblem(date, when.get().dateTime());
            if (wrongYear != null) {
                throw usage("--date: " + wrongYear);
            }
        }
        NewEntry.Result result = NewEntry.create(new NewEntry.Request(dir, entryType.get(), title,
                tags, mood, goals, date, todayOption.getValue()));
        PrintWriter err = spec.commandLine().getErr();
        for (Problem warning : result.warnings()) {
            err.println(warning);
        }
        if (result.sameNameNote() != null) {
            err.println(result.sameNameNote());
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(result.path());
        out.flush();
        return 0;
    }

    /**
     * The type a mistyped one most likely means: its folder's name ({@code wins}), the start of its
     * id ({@code reflect}), or what {@link Spelling#closest} takes it for ({@code wni}, {@code setbak}),
     * as every "did you mean" does. Empty when none is that close.
     */
    static Optional<EntryType> meantType(String typed) {
        String word = typed.strip().toLowerCase(Locale.ROOT);
        Optional<EntryType> folder = EntryType.fromFolder(word);
        if (folder.isPresent() || word.isEmpty()) {
            return folder;
        }
        Optional<EntryType> started = Arrays.stream(EntryType.values())
                .filter(type -> word.length() >= 3 && type.id().startsWith(word)).findFirst();
        if (started.isPresent()) {
            return started;
        }
        return Spelling.closest(word, Arrays.stream(EntryType.values()).map(EntryType::id).toList())
                .flatMap(EntryType::fromId);
    }

    /** The title every example of a command line of {@code new} shows. */
    static final String EXAMPLE_TITLE = "\"Stepped outside for two minutes\"";

    /**
     * What to say when the type or the title is missing, in place of picocli's "Missing required
     * parameter: 'TITLE'": the command line that would work. A first word that is no type is most
     * likely the title, written without a type before it.
     */
    static String missingTypeOrTitle(CommandSpec spec) {
        String typed = spec.positionalParameters().get(0).getValue();
        Optional<EntryType> type = typed == null ? Optional.empty() : EntryType.fromId(typed);
        if (type.isPresent()) {
            return "smallwins new " + typed.strip() + " needs a title: smallwins new " + typed.strip() + " " + EXAMPLE_TITLE;
        }
        return "smallwins new needs a type (" + EntryType.allIds() + ") and a title: smallwins new win " + EXAMPLE_TITLE;
    }

    /** A list option's values; empty when it was not given. */
    private static List<String> valuesOf(OptionSpec option) {
        List<String> values = option.getValue();
        return values == null ? new ArrayList<>() : values;
    }

    /** An option's name, maybe with its value after '=': what picocli may take for a mistyped option. */
    private static final Pattern OPTION_LIKE = Pattern.compile("--?[A-Za-z][A-Za-z-]*(=.*)?");

    /**
     * For a command line of {@code new} whose title starts with '-' ({@code new win "-5 kg"}): picocli
     * takes it for an option and says only that the title is missing, or that the option is unknown.
     * This says why, and how to give such a title (after {@code --}); null when no word is like that.
     */
    static String dashedTitleHint(CommandSpec spec, String[] args) {
        int start = Arrays.asList(args).indexOf("new");
        if (start < 0) {
            return null;
        }
        List<String> words = new ArrayList<>();
        String dashed = null;
        for (int i = start + 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                words.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            OptionSpec option = spec.findOption(equals > 0 ? arg.substring(0, equals) : arg);
            if (option != null) {
                if (equals < 0 && option.arity().max() > 0) {
                    i++;
                }
                continue;
            }
            if (dashed == null && !OPTION_LIKE.matcher(arg).matches()) {
                dashed = arg;
                words.add(arg);
            }
        }
        if (dashed == null) {
            return null;
        }
        String type = words.size() > 1 ? words.get(0) : "win";
        String title = String.join(" ", words.size() > 1 ? words.subList(1, words.size()) : words).replace("\"", "\\\"");
        return "'" + dashed + "' starts with '-', so it was read as an option. To start a title with '-', put -- before"
                + " it, after any options: smallwins new " + type + " -- \"" + title + "\"";
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
