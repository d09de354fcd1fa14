package org.smallwins.model;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The journal's settings from {@code journal.yml}, with defaults filled in.
 *
 * @param title       the journal's title; {@link #DEFAULT_TITLE} when not written
 * @param author      the author's name; empty when not written
 * @param description a line about the journal; empty when not written
 * @param locale      the language and region pages write dates and numbers in; {@code en} by default
 * @param timezone    the zone entry times are read in, and today is taken in; UTC by default
 * @param theme       the theme's name, a folder of {@code themes/} or the built-in {@code default}
 * @param basePath    the absolute path the site is served under, starting and ending with "/"
 * @param weekStart   the day weeks start on, for weekly goals and charts; Monday by default
 * @param prettyLinks links end in "/" rather than "/index.html" (for hosts that serve folders)
 * @param params      the free-form {@code params:} map, passed to templates as written
 * @param privacy     the {@code privacy:} settings (encryption); null is taken as {@link Privacy#OFF}
 * @param support     the {@code support:} settings for the "Get help now" page; null is taken as
 *                    {@link Support#NONE}
 * @param disabled    the groups of pages left out ({@code disable:}); empty: the whole site; null is
 *                    taken as empty
 */
public record JournalSettings(
        String title,
        String author,
        String description,
        Locale locale,
        ZoneId timezone,
        String theme,
        String basePath,
        DayOfWeek weekStart,
        boolean prettyLinks,
        Map<String, Object> params,
        Privacy privacy,
        Support support,
        Set<OptionalPages> disabled) {

    /** The title of a journal whose journal.yml gives none. */
    public static final String DEFAULT_TITLE = "My small wins";

    public JournalSettings {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        privacy = privacy == null ? Privacy.OFF : privacy;
        support = support == null ? Support.NONE : support;
        // An EnumSet: its order is fixed, so the settings' text (a key of the build cache) is too.
        disabled = disabled == null || disabled.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(disabled));
    }

    /** Settings that make every page. */
    public JournalSettings(String title, String author, String description, Locale locale, ZoneId timezone,
                           String theme, String basePath, DayOfWeek weekStart, boolean prettyLinks,
                           Map<String, Object> params, Privacy privacy, Support support) {
        this(title, author, description, locale, timezone, theme, basePath, weekStart, prettyLinks, params,
                privacy, support, Set.of());
    }

    /** Whether the site has the pages of {@code group}. */
    public boolean makes(OptionalPages group) {
        return !disabled.contains(group);
    }

    /** Settings without encryption or support contacts. */
    public JournalSettings(String title, String author, String description, Locale locale, ZoneId timezone,
                           String theme, String basePath, DayOfWeek weekStart, boolean prettyLinks,
                           Map<String, Object> params) {
        this(title, author, description, locale, timezone, theme, basePath, weekStart, prettyLinks, params,
                Privacy.OFF, Support.NONE);
    }

    /** The settings of a journal.yml with nothing in it. */
    public static JournalSettings defaults() {
        return new JournalSettings(DEFAULT_TITLE, "", "", Locale.forLanguageTag("en"), ZoneId.of("UTC"),
                "default", "/", DayOfWeek.MONDAY, false, Map.of());
    }
}
