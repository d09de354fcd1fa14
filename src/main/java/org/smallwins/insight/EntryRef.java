package org.smallwins.insight;

import java.time.LocalDate;
import org.smallwins.model.EntryType;

/**
 * An entry as insights point to it.
 *
 * @param date  the entry's day
 * @param type  the entry's type
 * @param title the entry's title
 * @param url the entry page relative to the site root, as in the theme model ({@code 2025/03/14/first-walk/index.html},
 *            or ending in {@code /} with {@code prettyLinks})
 */
public record EntryRef(LocalDate date, EntryType type, String title, String url) {
}
