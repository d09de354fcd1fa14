package org.smallwins.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options every command that reads the journal as a build would takes: which entries, and which day is today. */
final class Selection {
    @Option(names = "--drafts", description = "Include entries marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--private", description = "Include entries marked 'private: true' (a build publishes them only on an encrypted journal).")
    boolean privateEntries;

    @Option(names = "--today", paramLabel = "DATE", converter = BuildCommand.DateConverter.class,
            description = "Work as if today were DATE (yyyy-MM-dd). Default: SOURCE_DATE_EPOCH if set, else today in the journal's time zone.")
    LocalDate today;
}
