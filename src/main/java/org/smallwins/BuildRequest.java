package org.smallwins;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.smallwins.config.SettingOverrides;

/**
 * What to build: immutable, so one request may be used by any thread and any {@link Smallwins}.
 * Start from {@link #of} and change what differs with the {@code with...} methods.
 *
 * @param journalDir     the journal folder (with journal.yml, content/, static/, themes/)
 * @param outputDir      where the site goes; only {@link Smallwins#build} needs one: render, problems and read may
 *                       have null
 * @param drafts         include entries marked {@code draft: true}
 * @param privateEntries include entries marked {@code private: true}
 * @param today          the day the site is built for; null means the day of the environment variable
 *                       {@value Smallwins#SOURCE_DATE_EPOCH} when it is set, else the current day, both in the
 *                       journal's time zone
 * @param settings       settings that win over journal.yml's for this build; null means none
 * @param password       the password of an encrypted journal, given by the program (see {@link #withPassword});
 *                       null to take it from journal.yml's {@code passwordFile} or SMALLWINS_PASSWORD
 */
public record BuildRequest(Path journalDir, Path outputDir, boolean drafts, boolean privateEntries, LocalDate today,
                           SettingOverrides settings, char[] password) {

    public BuildRequest {
        // Said here, where the caller made the mistake, rather than as an NPE deep in a file walk.
        Objects.requireNonNull(journalDir, "journalDir is null: give the journal folder, the one with journal.yml and content/");
        settings = settings == null ? SettingOverrides.NONE : settings;
        // A copy of its own: the caller may wipe theirs as soon as the request is made.
        password = password == null ? null : password.clone();
    }

    /** A request with no password of its own (see {@link #withPassword}). */
    public BuildRequest(Path journalDir, Path outputDir, boolean drafts, boolean privateEntries, LocalDate today,
                        SettingOverrides settings) {
        this(journalDir, outputDir, drafts, privateEntries, today, settings, null);
    }

    /** A request with no settings over journal.yml's and no password of its own. */
    public BuildRequest(Path journalDir, Path outputDir, boolean drafts, boolean privateEntries, LocalDate today) {
        this(journalDir, outputDir, drafts, privateEntries, today, SettingOverrides.NONE);
    }

    /**
     * The journal at {@code journalDir} built into {@code outputDir} (null for a request that is
     * not built): no drafts, no private entries, journal.yml's settings, and today as
     * {@link #today()} says for null.
     */
    public static BuildRequest of(Path journalDir, Path outputDir) {
        return new BuildRequest(journalDir, outputDir, false, false, null);
    }

    /** This request with settings that win over journal.yml's ({@link SettingOverrides#NONE} or null for none). */
    public BuildRequest withSettings(SettingOverrides overrides) {
        return new BuildRequest(journalDir, outputDir, drafts, privateEntries, today, overrides, password);
    }

    /** This request with or without the entries marked {@code draft: true} (the command line's --drafts). */
    public BuildRequest withDrafts(boolean include) {
        return new BuildRequest(journalDir, outputDir, include, privateEntries, today, settings, password);
    }

    /**
     * This request with or without the entries marked {@code private: true} (the command line's
     * --private); a build with them is refused unless journal.yml turns encryption on.
     */
    public BuildRequest withPrivate(boolean include) {
        return new BuildRequest(journalDir, outputDir, drafts, include, today, settings, password);
    }

    /**
     * This request built as if today were {@code day}: the same journal and the same day give a
     * byte-identical site. Null goes back to {@value Smallwins#SOURCE_DATE_EPOCH} or the clock.
     */
    public BuildRequest withToday(LocalDate day) {
        return new BuildRequest(journalDir, outputDir, drafts, privateEntries, day, settings, password);
    }

    /**
     * The password of an encrypted journal, for a program that has it in hand (asked of its user, or
     * from its own secret store) rather than in SMALLWINS_PASSWORD. The request keeps a copy, so the
     * caller may wipe {@code given} at once. journal.yml's {@code passwordFile}, when set, still
     * wins; null goes back to the environment variable. A journal whose journal.yml does not turn
     * encryption on ({@code privacy: encrypt: true}) is then refused with an error, rather than
     * published unencrypted.
     */
    public BuildRequest withPassword(char[] given) {
        return new BuildRequest(journalDir, outputDir, drafts, privateEntries, today, settings, given);
    }

    /** A copy of the given password, or null: whoever uses it may wipe it without touching the request's. */
    @Override
    public char[] password() {
        return password == null ? null : password.clone();
    }

    /** Arrays compared by their characters, as the other fields are by value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof BuildRequest that && drafts == that.drafts && privateEntries == that.privateEntries
                && journalDir.equals(that.journalDir) && Objects.equals(outputDir, that.outputDir)
                && Objects.equals(today, that.today) && settings.equals(that.settings)
                && Arrays.equals(password, that.password);
    }

    /** Leaves the password out: a hash of it would help whoever guesses it. */
    @Override
    public int hashCode() {
        return Objects.hash(journalDir, outputDir, drafts, privateEntries, today, settings, password == null);
    }

    /** Says whether a password was given, never what it is: requests end up in logs. */
    @Override
    public String toString() {
        return "BuildRequest[journalDir=" + journalDir + ", outputDir=" + outputDir + ", drafts=" + drafts
                + ", privateEntries=" + privateEntries + ", today=" + today + ", settings=" + settings
                + ", password=" + (password == null ? "none" : "given") + "]";
    }
}
