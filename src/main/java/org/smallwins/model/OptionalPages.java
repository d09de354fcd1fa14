package org.smallwins.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The groups of pages a journal may leave out, with {@code disable:} in {@code journal.yml}, as
 * Hugo's {@code disableKinds} or Zola's {@code build_search_index} do. Every other page (entries,
 * timelines, tags, goals list, home, "Get help now") is always made.
 */
public enum OptionalPages {
    /** The search page and the index it carries. */
    SEARCH,
    /**
     * The "look how far you've come" pages: progress, the year reviews, milestones and a page per
     * goal. The goals list stays, its goals linked to their own entries instead.
     */
    PROGRESS,
    /**
     * The page of each year of a tag on many entries: the tag's one page then lists all of them,
     * however many (as Hugo's list pages without pagination do).
     */
    TAG_YEARS;

    /** The name written in {@code journal.yml} ("tag-years"). */
    public String setting() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The group called {@code name} in {@code journal.yml}, if there is one. */
    public static Optional<OptionalPages> named(String name) {
        for (OptionalPages pages : values()) {
            if (pages.setting().equals(name)) {
                return Optional.of(pages);
            }
        }
        return Optional.empty();
    }
}
