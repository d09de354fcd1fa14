package org.smallwins.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.smallwins.BuildRequest;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The options every command that reads the journal as a build would takes: which entries, and which day is today. */
final class Selection {
    private final OptionSpec drafts;
    private final OptionSpec privateEntries;
    private final OptionSpec today;

    /** Adds the options to {@code spec}. */
    Selection(CommandSpec spec) {
        drafts = CommandSpecs.flag(spec, "Include entries marked 'draft: true'.", "--drafts");
        privateEntries = CommandSpecs.flag(spec,
                "Include entries marked 'private: true' (a build publishes them only on an encrypted journal).",
                "--private");
        today = CommandSpecs.today(spec, "Work as if today were DATE (YYYY-MM-DD). Default: SOURCE_DATE_EPOCH if set, "
                + "else today in the journal's time zone.");
    }

    boolean drafts() {
        return CommandSpecs.isOn(drafts);
    }

    boolean privateEntries() {
        return CommandSpecs.isOn(privateEntries);
    }

    /** The day given with --today, or null. */
    LocalDate today() {
        return today.getValue();
    }

    /** A build of the journal in {@code journalDir} into {@code output} with these entries and this today. */
    BuildRequest request(Path journalDir, Path output) {
        return new BuildRequest(journalDir, output, drafts(), privateEntries(), today());
    }
}
