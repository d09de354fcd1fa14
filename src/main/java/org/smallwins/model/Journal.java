package org.smallwins.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The published journal: its settings, its entries in time order (oldest first) and the day the
 * site is built for.
 *
 * @param settings the journal's settings, with a build's overrides applied
 * @param entries  the entries this build publishes, oldest first: drafts and private entries only
 *                 when the build asks for them
 * @param today    the day the site is built for, in the journal's time zone; insights leave out
 *                 entries dated after it
 */
public record Journal(JournalSettings settings, List<Entry> entries, LocalDate today) {

    public Journal {
        entries = List.copyOf(entries);
    }

    /** The entries of one type, oldest first. */
    public List<Entry> entriesOf(EntryType type) {
        return entries.stream().filter(e -> e.is(type)).toList();
    }
}
