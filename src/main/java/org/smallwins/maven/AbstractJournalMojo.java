package org.smallwins.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal works on: a journal folder, and the day it counts as today. */
abstract class AbstractJournalMojo extends AbstractMojo {

    /**
     * The journal folder: the one with {@code journal.yml} and {@code content/}. If it has no
     * {@code content/} folder, the Markdown files in the folder itself are the entries.
     */
    @Parameter(property = "smallwins.journalDirectory", defaultValue = "${basedir}", required = true)
    private File journalDirectory;

    /**
     * Work as if today were this day, written as {@code yyyy-MM-dd} (for example {@code 2025-03-14}).
     * Default: the day in {@code SOURCE_DATE_EPOCH} if that variable is set, else today in the journal's
     * {@code timezone}.
     */
    @Parameter(property = "smallwins.today")
    private String today;

    /** The journal folder, absolute. */
    Path journal() {
        return journalDirectory.toPath().toAbsolutePath().normalize();
    }

    /** The {@code today} parameter as a date; null when not set. */
    LocalDate today() throws MojoFailureException {
        if (today == null || today.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw BadValue.of("today", today, "is not a date: write it as YYYY-MM-DD", "2025-03-14");
        }
    }

    /**
     * A switch ({@code drafts}, {@code private}, {@code skip}, {@code json}), read here rather than by Maven,
     * which takes anything but "true" for false: {@code -Dsmallwins.drafts=yes} left the drafts out without
     * a word. True or false in any case; not set is false.
     */
    static boolean trueOrFalse(String name, String value) throws MojoFailureException {
        if (value == null || value.isBlank()) {
            return false;
        }
        String given = value.strip();
        if (given.equalsIgnoreCase("true")) {
            return true;
        }
        if (given.equalsIgnoreCase("false")) {
            return false;
        }
        throw BadValue.of(name, value, "is neither true nor false: write true or false", "true");
    }

    /**
     * A parameter that takes a whole number, read here rather than by Maven, whose own message for
     * "good" is "Cannot convert 'good' to int" with the mojo's class name; null when not set.
     * {@code expected} says what to give, {@code example} is a value that would do.
     */
    static Integer wholeNumber(String name, String value, String expected, String example) throws MojoFailureException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BadValue.of(name, value, "is not a whole number: " + expected, example);
        }
    }
}
