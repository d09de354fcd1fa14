package org.smallwins.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The published journal: its settings, its entries in time order (oldest first) and the day the
 * site is built for.
 *
 * @param settings the journal's settings, with a build's overrides applied
 * @param entries  the entries this build publishes, oldest first: drafts and private entries only
 *                 when the build asks for them
 * @param today    the day the site is built for, in the journal's time zone; insights leave out
 *                 entries dated after it
 * @param contentFiles the files of the content folder that are not entries and may be published
 *                 beside them (not hidden, not symbolic links), by path relative to that folder
 *                 ("wins/heron.jpg"), sorted: only the paths, so rendering decides which an entry
 *                 shows without reading the disk
 */
public record Journal(JournalSettings settings, List<Entry> entries, LocalDate today, SortedSet<String> contentFiles) {

    public Journal {
        entries = List.copyOf(entries);
        contentFiles = Collections.unmodifiableSortedSet(new TreeSet<>(contentFiles));
    }

    /** A journal with no files beside its entries. */
    public Journal(JournalSettings settings, List<Entry> entries, LocalDate today) {
        this(settings, entries, today, new TreeSet<>());
    }

    /** The entries of one type, oldest first. */
    public List<Entry> entriesOf(EntryType type) {
        return entries.stream().filter(e -> e.is(type)).toList();
    }
}
