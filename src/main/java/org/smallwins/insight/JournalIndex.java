package org.smallwins.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smallwins.load.Slugs;
import org.smallwins.model.Entry;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.model.Permalinks;

/**
 * The journal read once into the shapes every insight needs: entries up to today by type, the
 * days that have wins, check-ins by goal id, tag names. Built in one pass over the entries (which
 * the loader keeps oldest first); insights then read these lists without scanning again.
 */
final class JournalIndex {
    final JournalSettings settings;
    final LocalDate today;
    final DayOfWeek weekStart;
    /** Entries dated today or earlier, oldest first. Entries after today have not happened yet. */
    final List<Entry> entries = new ArrayList<>();
    final List<Entry> wins = new ArrayList<>();
    final List<Entry> setbacks = new ArrayList<>();
    final List<Entry> goals = new ArrayList<>();
    /** Days with at least one win, oldest first, with how many wins and the first win of each. */
    final List<WinDay> winDays = new ArrayList<>();
    /** Wins naming each goal id, oldest first. */
    final Map<String, List<Entry>> checkIns = new HashMap<>();
    /** Tag slug to the tag as first written, in order of first appearance. */
    final Map<String, TagRef> tags = new LinkedHashMap<>();
    /** Each name as written to its tag: insights ask per entry, slugifying once per name is enough. */
    private final Map<String, TagRef> byName = new HashMap<>();
    private static final TagRef NO_TAG = new TagRef("", "", "");

    record WinDay(LocalDate date, int wins, Entry first) {
    }

    JournalIndex(Journal journal) {
        this.settings = journal.settings();
        this.today = journal.today();
        this.weekStart = settings.weekStart();
        WinDay day = null;
        for (Entry entry : journal.entries()) {
            if (entry.date().isAfter(today)) {
                continue;
            }
            entries.add(entry);
            for (String tag : entry.tags()) {
                tag(tag);
            }
            switch (entry.type()) {
                case WIN -> {
                    wins.add(entry);
                    if (day != null && day.date().equals(entry.date())) {
                        day = new WinDay(day.date(), day.wins() + 1, day.first());
                        winDays.set(winDays.size() - 1, day);
                    } else {
                        day = new WinDay(entry.date(), 1, entry);
                        winDays.add(day);
                    }
                    for (String goalId : entry.goals()) {
                        checkIns.computeIfAbsent(goalId, id -> new ArrayList<>()).add(entry);
                    }
                }
                case SETBACK -> setbacks.add(entry);
                case GOAL -> goals.add(entry);
                default -> {
                }
            }
        }
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    LocalDate firstDay() {
        return entries.get(0).date();
    }

    LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(weekStart));
    }

    /**
     * The tag for a name as written, or null for a name with nothing to link (only punctuation).
     * Synchronized: insights are worked out side by side, and a name not seen yet is added.
     */
    synchronized TagRef tag(String name) {
        TagRef known = byName.get(name);
        if (known == null) {
            String slug = Slugs.slugify(name);
            known = slug.isEmpty() ? NO_TAG : tags.computeIfAbsent(slug, s -> new TagRef(name, s, link(Permalinks.tag(s))));
            byName.put(name, known);
        }
        return known == NO_TAG ? null : known;
    }

    EntryRef ref(Entry entry) {
        return entry == null ? null
                : new EntryRef(entry.date(), entry.type(), entry.title(), link(Permalinks.entry(entry)));
    }

    /** A page folder as a link, as the site writes it (with or without index.html). */
    String link(String folder) {
        return settings.prettyLinks() ? folder : folder + "index.html";
    }
}
