package org.smallwins.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The published journal: its settings, its entries in time order (oldest first) and the day the
 * site is built for.
 */
public record Journal(JournalSettings settings, List<Entry> entries, LocalDate today) {

    public Journal {
        entries = List.copyOf(entries);
    }

    public List<Entry> entriesOf(EntryType type) {
        return entries.stream().filter(e -> e.is(type)).toList();
    }
}
