package org.smallwins.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smallwins.check.FrontMatterSchema;
import org.smallwins.check.JournalCheck;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code smallwins check}: every problem in a journal, without writing a site. */
final class CheckCommand implements Callable<Integer> {
    static final String STDOUT = "-";

    private final CommandSpec spec = CommandSpecs.command(this, "check",
            "Checks every entry without writing a site: front matter, dates, URLs, goal ids, "
                    + "the links and images of the entries a build would publish, and (rendering the site "
                    + "in memory) whatever else a build would refuse.",
            "Prints each problem as path:line: field: message. Exit 0 when nothing needs fixing (warnings "
                    + "are shown but allowed), 1 when something does.",
            "Stricter than build: a link or image that leads nowhere, or a goal id no goal has, is an error here.");
    private final PositionalParamSpec journalDir = CommandSpecs.folder(spec,
            "The journal folder. Default: the current folder.");
    private final Selection selection = new Selection(spec);
    private final OptionSpec quiet = CommandSpecs.flag(spec,
            "Print only problems and the line that counts them; nothing when all is good.", "-q", "--quiet");
    private final OptionSpec schemaOption = CommandSpecs.add(spec, CommandSpecs.option(String.class, "FILE",
            "Instead of checking, write a JSON Schema of the front matter to FILE (default: "
                    + "the screen), for editors. See docs/editor-schema.md.", "--schema")
            .arity("0..1").fallbackValue(STDOUT).build());

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String schema = schemaOption.getValue();
        if (schema != null) {
            return writeSchema(out, schema);
        }
        JournalCheck.Report report = new JournalCheck().check(CommandSpecs.journalFolder(spec, journalDir),
                new JournalCheck.Options(selection.drafts(), selection.privateEntries(), selection.today()));
        for (Problem problem : report.problems()) {
            out.println(problem);
        }
        long errors = report.errors();
        long warnings = report.warnings();
        String checked = "Checked " + report.entries() + (report.entries() == 1 ? " entry" : " entries");
        if (errors == 0 && warnings == 0) {
            if (!CommandSpecs.isOn(quiet)) {
                out.println(checked + ": all good.");
            }
        } else if (errors == 0) {
            out.println(checked + ": nothing to fix, " + count(warnings, "warning") + " worth a look.");
        } else {
            out.println(checked + ": " + count(errors, "problem") + " to fix"
                    + (warnings == 0 ? "" : ", " + count(warnings, "warning") + " worth a look") + ".");
        }
        out.flush();
        return errors == 0 ? 0 : Failures.PROBLEMS;
    }

    private int writeSchema(PrintWriter out, String schema) throws IOException {
        if (schema.equals(STDOUT)) {
            FrontMatterSchema.write(out);
            out.flush();
            return 0;
        }
        Path file = Path.of(schema);
        String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + schema
                    + "' looks like an entry; write the schema to a .json file, like smallwins-front-matter.schema.json");
        }
        if (Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schema: '" + schema + "' is a folder."
                    + " Pass the file to write, like " + file.resolve("smallwins-front-matter.schema.json") + ".");
        }
        // Only a schema this command wrote earlier is replaced; any other file is left alone.
        if (Files.exists(file) && !(Files.isRegularFile(file)
                && Files.readString(file, StandardCharsets.UTF_8).contains("\"" + FrontMatterSchema.TITLE + "\""))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schema: '" + schema + "' is already there"
                    + " and is not a schema Smallwins wrote, so it was left as it is. Pass another file name.");
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                FrontMatterSchema.write(writer);
            }
        } catch (IOException e) {
            // The system's own words name an exception class and a path it could not make: say it plainly.
            throw new CommandLine.ParameterException(spec.commandLine(), "--schema: cannot write '" + schema + "': "
                    + (folder != null && !Files.isDirectory(folder) ? "the folder " + folder + " cannot be made here"
                    : "the file cannot be written there") + ". Pass a file in a folder you can write to,"
                    + " like smallwins-front-matter.schema.json in the journal folder.");
        }
        out.println("Wrote the front matter schema to " + schema + ".");
        out.flush();
        return 0;
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
