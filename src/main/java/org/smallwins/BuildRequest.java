package org.smallwins;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build.
 *
 * @param journalDir     the journal folder (with journal.yml, content/, static/, themes/)
 * @param outputDir      where the site goes
 * @param drafts         include entries marked {@code draft: true}
 * @param privateEntries include entries marked {@code private: true}
 * @param today          the day the site is built for; null means the current day in the journal's zone
 */
public record BuildRequest(Path journalDir, Path outputDir, boolean drafts, boolean privateEntries, LocalDate today) {

    public static BuildRequest of(Path journalDir, Path outputDir) {
        return new BuildRequest(journalDir, outputDir, false, false, null);
    }

    public BuildRequest withDrafts(boolean include) {
        return new BuildRequest(journalDir, outputDir, include, privateEntries, today);
    }

    public BuildRequest withPrivate(boolean include) {
        return new BuildRequest(journalDir, outputDir, drafts, include, today);
    }

    public BuildRequest withToday(LocalDate day) {
        return new BuildRequest(journalDir, outputDir, drafts, privateEntries, day);
    }
}
