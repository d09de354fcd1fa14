package org.smallwins.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;
import org.smallwins.config.SettingOverrides;

/**
 * Goals that build or show the site (build, serve, stats): journal.yml's single-value settings can be
 * overridden for one run in the pom or with {@code -Dsmallwins.basePath=/journal/}, checked as strictly
 * as in journal.yml.
 */
abstract class AbstractSiteMojo extends AbstractSelectionMojo {

    /** A path given as a parameter, absolute as it is, relative from the pom's folder (as Maven's File parameters are). */
    static Path fromPomFolder(File basedir, String given) {
        Path path = Path.of(given);
        return (path.isAbsolute() ? path : basedir.toPath().resolve(path)).toAbsolutePath().normalize();
    }

    /** Overrides {@code title} in journal.yml for this build ({@code siteTitle}, since {@code title} is a new entry's). */
    @Parameter(property = "smallwins.siteTitle")
    private String siteTitle;

    /** Overrides {@code author} in journal.yml for this build. */
    @Parameter(property = "smallwins.author")
    private String author;

    /** Overrides {@code description} in journal.yml for this build. */
    @Parameter(property = "smallwins.description")
    private String description;

    /** Overrides {@code locale} in journal.yml for this build, like {@code en-GB}. */
    @Parameter(property = "smallwins.locale")
    private String locale;

    /** Overrides {@code timezone} in journal.yml for this build, like {@code Europe/London}. */
    @Parameter(property = "smallwins.timezone")
    private String timezone;

    /** Overrides {@code theme} in journal.yml for this build: a folder in {@code themes/}, or {@code default}. */
    @Parameter(property = "smallwins.theme")
    private String theme;

    /** Overrides {@code basePath} in journal.yml for this build: where the site is served, like {@code /journal/}. */
    @Parameter(property = "smallwins.basePath")
    private String basePath;

    /** Overrides {@code weekStart} in journal.yml for this build: {@code monday} or {@code sunday}. */
    @Parameter(property = "smallwins.weekStart")
    private String weekStart;

    /** Overrides {@code prettyLinks} in journal.yml for this build: {@code true} or {@code false}. */
    @Parameter(property = "smallwins.prettyLinks")
    private String prettyLinks;

    /** The settings given in the pom or with -D, which win over journal.yml's. */
    SettingOverrides settings() {
        Map<String, String> given = new LinkedHashMap<>();
        put(given, "title", siteTitle);
        put(given, "author", author);
        put(given, "description", description);
        put(given, "locale", locale);
        put(given, "timezone", timezone);
        put(given, "theme", theme);
        put(given, "basePath", basePath);
        put(given, "weekStart", weekStart);
        put(given, "prettyLinks", prettyLinks);
        return new SettingOverrides("pom.xml (or -Dsmallwins.*)", given);
    }

    private static void put(Map<String, String> given, String name, String value) {
        if (value != null && !value.isBlank()) {
            given.put(name, value.trim());
        }
    }
}
