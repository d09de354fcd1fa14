package org.smallwins;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.smallwins.config.SettingOverrides;

/**
 * What to build.
 *
 * @param journalDir     the journal folder (with journal.yml, content/, static/, themes/)
 * @param outputDir      where the site goes; only {@link Smallwins#build} needs one, render and read may have null
 * @param drafts         include entries marked {@code draft: true}
 * @param privateEntries include entries marked {@code private: true}
 * @param today          the day the site is built for; null means the current day in the journal's zone
 * @param settings       settings that win over journal.yml's for this build
 */
public record BuildRequest(Path journalDir, Path outputDir, boolean drafts, boolean privateEntries, LocalDate today,
                           SettingOverrides settings) {

    public BuildRequest {
        // Said here, where the caller made the mistake, rather than as an NPE deep in a file walk.
        Objects.requireNonNull(journalDir, "journalDir is null: give the journal folder, the one with journal.yml and content/");
        settings = settings == null ? SettingOverrides.NONE : settings;
    }

    public BuildRequest(Path journalDir, Path outputDir, boolean drafts, boolean privateEntries, LocalDate today) {
        this(journalDir, outputDir, drafts, privateEntries, today, SettingOverrides.NONE);
    }

    /** The journal at {@code journalDir} built into {@code outputDir}: no drafts, no private entries, today's date. */
    public static BuildRequest of(Path journalDir, Path outputDir) {
        return new BuildRequest(journalDir, outputDir, false, false, null);
    }

    public BuildRequest withSettings(SettingOverrides overrides) {
        return new BuildRequest(journalDir, outputDir, drafts, privateEntries, today, overrides);
    }

    public BuildRequest withDrafts(boolean include) {
        return new BuildRequest(journalDir, outputDir, include, privateEntries, today, settings);
    }

    public BuildRequest withPrivate(boolean include) {
        return new BuildRequest(journalDir, outputDir, drafts, include, today, settings);
    }

    public BuildRequest withToday(LocalDate day) {
        return new BuildRequest(journalDir, outputDir, drafts, privateEntries, day, settings);
    }
}
