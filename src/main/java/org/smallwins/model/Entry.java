package org.smallwins.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One journal entry as written: front matter fields, validated, and the Markdown body (not yet
 * rendered).
 *
 * @param source     path relative to the journal folder, with forward slashes
 * @param title      the {@code title:}, or one made from the file name when none is written
 * @param dateTime   when it happened, in the journal's time zone
 * @param hasTime    whether the front matter gave a time of day (otherwise the time is midnight)
 * @param type       the {@code type:}; when not written, the nearest enclosing folder named like a
 *                   type ({@code wins/}), else {@link EntryType#REFLECTION}
 * @param slug       the last part of the entry's URL, already safe for a path
 * @param tags       the {@code tags:} as first written, each once ("Walk" and "walk" are one tag); a tag
 *                   with no letter or digit could have no tag page, so it is left out (with a warning)
 * @param mood       1 to 5, or null
 * @param energy     1 to 5, or null
 * @param size       how big the win felt; null when not written
 * @param reward     the {@code reward:} as written (a kindness given to oneself); null when not written
 * @param goals      ids of goals this entry counts toward
 * @param goal       what a goal entry sets out; null for other types
 * @param draft      {@code draft: true}, or Jekyll's {@code published: false}; a build leaves drafts
 *                   out unless asked for them
 * @param privateEntry {@code private: true}; a build leaves private entries out unless asked for them
 * @param milestone  {@code milestone: true}: the writer marks this entry as a milestone of their own
 * @param summary    the {@code summary:} as written; null when not written
 * @param extra      front matter keys Smallwins does not know, kept for templates
 * @param body       the Markdown after the front matter, not yet rendered
 * @param bodyLine   the file line the body starts on, for messages about the body
 * @param fieldLines the file line of each front matter key, for messages about a field
 */
public record Entry(
        String source,
        String title,
        LocalDateTime dateTime,
        boolean hasTime,
        EntryType type,
        String slug,
        List<String> tags,
        Integer mood,
        Integer energy,
        Size size,
        String reward,
        List<String> goals,
        Goal goal,
        boolean draft,
        boolean privateEntry,
        boolean milestone,
        String summary,
        Map<String, Object> extra,
        String body,
        int bodyLine,
        Map<String, Integer> fieldLines) {

    public Entry {
        tags = List.copyOf(tags);
        goals = List.copyOf(goals);
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        fieldLines = Map.copyOf(fieldLines);
    }

    /** The line a front matter field is on, or 1 (the front matter's start) when it is not written. */
    public int lineOf(String field) {
        return fieldLines.getOrDefault(field, 1);
    }

    /** The calendar day the entry belongs to. */
    public LocalDate date() {
        return dateTime.toLocalDate();
    }

    /** Whether the entry is of the {@code wanted} type. */
    public boolean is(EntryType wanted) {
        return type == wanted;
    }
}
