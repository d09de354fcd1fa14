package org.smallwins.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smallwins.Smallwins;
import org.smallwins.config.SettingsLoader;
import org.smallwins.scaffold.JournalInit;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code smallwins init}: a new journal folder, ready to write in. */
final class InitCommand implements Callable<Integer> {
    private static final Map<String, String> WHAT = Map.of(
            "journal.yml", "your settings, each one explained",
            "pom.xml", "to build with Maven: mvn site-gen",
            ".gitignore", "keeps the built site out of git");

    private final CommandSpec spec = CommandSpecs.command(this, "init",
            "Makes a new journal folder, ready to write in.",
            "It holds journal.yml, a first win, a first reflection, a pom.xml for 'mvn site-gen' and a .gitignore "
                    + "for the built site.",
            "Refuses a folder that already holds a journal (journal.yml or content/), and never overwrites a file.");
    private final PositionalParamSpec dirParameter = CommandSpecs.folder(spec,
            "The folder for the new journal; made if missing. Default: the current folder.");
    private final OptionSpec timezoneOption = CommandSpecs.add(spec, CommandSpecs.option(String.class, "ZONE",
            "The journal's time zone, like Europe/London. Default: this computer's.", "--timezone").build());
    private final OptionSpec todayOption = CommandSpecs.today(spec,
            "Date the first entries DATE (YYYY-MM-DD). Default: SOURCE_DATE_EPOCH if set, else today.");

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Path dir = dirParameter.getValue();
        String timezone = timezoneOption.getValue();
        LocalDate today = todayOption.getValue();
        ZoneId zone;
        try {
            zone = timezone == null ? JournalInit.defaultZone() : ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    SettingsLoader.zoneProblem(timezone).replaceAll("\\.$", ""));
        }
        LocalDate day = today != null ? today : Smallwins.today(zone);
        JournalInit.Result result = JournalInit.create(new JournalInit.Request(dir, zone, day));

        PrintWriter out = spec.commandLine().getOut();
        String where = dir.toString();
        out.println("Made a new journal in " + (where.equals(".") ? "this folder" : where) + ":");
        int width = result.created().stream().mapToInt(String::length).max().orElse(0);
        for (String file : result.created()) {
            out.printf("  %-" + width + "s   %s%n", file, describe(file));
        }
        if (!result.kept().isEmpty()) {
            out.println("Already there, so left as they were: " + String.join(", ", result.kept()) + ".");
        }
        if (!result.outside().isEmpty()) {
            List<String> outside = result.outside();
            out.println("Not in the site: " + (outside.size() == 1 ? outside.get(0) + ", a Markdown file"
                    : outside.size() + " Markdown files, like " + outside.get(0) + ",") + " outside content/,"
                    + " where the journal's entries are. To keep one as an entry, move it into content/ (a win"
                    + " into content/wins/).");
        }
        out.println();
        out.println("Next:");
        if (!where.equals(".")) {
            out.println("  cd " + shellWord(where));
        }
        out.println("  smallwins new win \"Drank a glass of water\"");
        out.println("  smallwins serve      (a preview at http://127.0.0.1:1313/ that follows your edits)");
        out.println("  smallwins build      (the site in public/: open public/index.html; with Maven, mvn site-gen)");
        out.println("Every small step counts.");
        out.flush();
        return 0;
    }

    /**
     * The folder as one word a shell reads back as written, to be pasted: as it is when it holds
     * only safe characters, else in single quotes ("my journal" becomes 'my journal').
     */
    static String shellWord(String path) {
        if (!path.isEmpty() && path.chars().allMatch(c -> c < 128
                && (Character.isLetterOrDigit(c) || "/._-+:@%,=".indexOf(c) >= 0))) {
            return path;
        }
        return "'" + path.replace("'", "'\\''") + "'";
    }

    private static String describe(String file) {
        if (file.startsWith("content/wins/")) {
            return "your first win";
        }
        if (file.startsWith("content/reflections/")) {
            return "a first reflection, if you like";
        }
        return WHAT.getOrDefault(file, "");
    }
}
