package org.smallwins.model;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The journal's settings from {@code journal.yml}, with defaults filled in.
 *
 * @param basePath    the absolute path the site is served under, starting and ending with "/"
 * @param prettyLinks links end in "/" rather than "/index.html" (for hosts that serve folders)
 * @param params      the free-form {@code params:} map, passed to templates as written
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
        Map<String, Object> params) {

    public static final String DEFAULT_TITLE = "My small wins";

    public JournalSettings {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    public static JournalSettings defaults() {
        return new JournalSettings(DEFAULT_TITLE, "", "", Locale.forLanguageTag("en"), ZoneId.of("UTC"),
                "default", "/", DayOfWeek.MONDAY, false, Map.of());
    }
}
