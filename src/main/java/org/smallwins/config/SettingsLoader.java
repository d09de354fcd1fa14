package org.smallwins.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.smallwins.load.YamlMap;
import org.smallwins.load.SourceText;
import org.smallwins.load.YamlReader;
import org.smallwins.model.JournalSettings;
import org.smallwins.model.OptionalPages;
import org.smallwins.problem.Problem;
import org.smallwins.problem.Spelling;

/**
 * Reads {@code journal.yml}. Unlike front matter, settings are strict: an unknown key is reported
 * (with the closest known one), since a misspelt {@code timezone} would silently move entries.
 */
public final class SettingsLoader {
    public static final String FILE_NAME = "journal.yml";
    static final Set<String> KEYS = Set.of("title", "author", "description", "locale", "timezone", "theme",
            "basePath", "weekStart", "prettyLinks", "params", "privacy", "support", "disable");

    private SettingsLoader() {
    }

    /** Settings and the problems found; defaults stand in for anything missing or wrong. */
    public record Result(JournalSettings settings, List<Problem> problems) {
        /**
         * The problems that matter to what renders no page (a new entry, stats): all but a theme
         * without its folder, which only a build or a check must stop for.
         */
        public List<Problem> problemsWithoutRendering() {
            return problems.stream().filter(p -> !"theme".equals(p.field())).toList();
        }
    }

    /** The single-value settings a build may override (see {@link SettingOverrides}). */
    public static final Set<String> OVERRIDABLE = Set.of("title", "author", "description", "locale", "timezone",
            "theme", "basePath", "weekStart", "prettyLinks");

    public static Result load(Path journalDir) {
        return load(journalDir, SettingOverrides.NONE);
    }

    /** journal.yml, with {@code overrides} winning over what it says. */
    public static Result load(Path journalDir, SettingOverrides overrides) {
        Path file = journalDir.resolve(FILE_NAME);
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            misnamed(journalDir, file).ifPresent(problems::add);
            YamlMap none = new YamlMap(Map.of(), Map.of());
            return new Result(read(journalDir, override(none, overrides, problems), overrides, problems), problems);
        }
        YamlMap yaml;
        try {
            yaml = YamlReader.readMapping(SourceText.decode(Files.readAllBytes(file)), 1);
        } catch (YamlReader.YamlError e) {
            problems.add(Problem.error(FILE_NAME, e.line(), e.field(), e.getMessage()));
            return new Result(JournalSettings.defaults(), problems);
        } catch (SourceText.NotUtf8 e) {
            problems.add(Problem.error(FILE_NAME, e.line(), null, e.message()));
            return new Result(JournalSettings.defaults(), problems);
        } catch (IOException e) {
            problems.add(Problem.error(FILE_NAME, 0, null, SourceText.unreadable(e)));
            return new Result(JournalSettings.defaults(), problems);
        }
        return new Result(read(journalDir, override(yaml, overrides, problems), overrides, problems), problems);
    }

    /**
     * When there is no journal.yml to read: a journal.yml that is not a file, or a file beside it
     * meant to be it (journal.yaml, Journal.yml, journal.yml.txt). Its settings would be silently
     * left for the defaults, the time zone among them, which moves entries to other days.
     */
    private static Optional<Problem> misnamed(Path journalDir, Path file) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            String what = Files.isDirectory(file) ? "a folder" : Files.isSymbolicLink(file) && !Files.exists(file)
                    ? "a link to a file that is not there" : "not a plain file";
            return Optional.of(Problem.error(FILE_NAME, 0, null, "is " + what
                    + ", so the settings cannot be read. Make journal.yml a file with the journal's settings"
                    + " (smallwins init writes one), or remove it to build with the defaults."));
        }
        try (Stream<Path> names = Files.list(journalDir)) {
            return names.map(path -> path.getFileName().toString())
                    .filter(name -> MEANT.contains(name.toLowerCase(Locale.ROOT)))
                    .sorted()
                    .findFirst()
                    .map(name -> Problem.error(name, 0, null, "is not read: Smallwins reads its settings from "
                            + FILE_NAME + " (spelt just so), and without it builds with the defaults (title, time zone UTC)."
                            + " Rename " + name + " to " + FILE_NAME + "."));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static final Set<String> MEANT = Set.of("journal.yml", "journal.yaml", "journal.yml.txt",
            "journal.yaml.txt", "journal.yml.yml");

    /** journal.yml's values with the overrides put in their place, as if written there. */
    private static YamlMap override(YamlMap yaml, SettingOverrides overrides, List<Problem> problems) {
        if (overrides.isEmpty()) {
            return yaml;
        }
        Map<String, Object> values = new LinkedHashMap<>(yaml.values());
        overrides.values().forEach((key, value) -> {
            if (!OVERRIDABLE.contains(key)) {
                problems.add(Problem.error(overrides.source(), 0, key, "cannot be set here"
                        + (KEYS.contains(key) ? "" : Spelling.didYouMean(key, KEYS)) + ". Settings that can: "
                        + String.join(", ", OVERRIDABLE.stream().sorted().toList())
                        + "; everything else stays in journal.yml."));
            } else if ("prettyLinks".equals(key) && ("true".equals(value) || "false".equals(value))) {
                values.put(key, Boolean.valueOf(value));
            } else {
                values.put(key, value);
            }
        });
        return new YamlMap(values, yaml.lines(), yaml.nested());
    }

    private static JournalSettings read(Path journalDir, YamlMap yaml, SettingOverrides overrides,
                                        List<Problem> problems) {
        JournalSettings d = JournalSettings.defaults();
        for (String key : yaml.values().keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(Problem.error(FILE_NAME, yaml.lineOf(key, 0), key, "is not a setting"
                        + Spelling.didYouMean(key, KEYS) + ". Known settings: " + String.join(", ", KEYS.stream().sorted().toList())
                        + ". Put your own values under 'params:'."));
            }
        }
        Setting s = new Setting(yaml, overrides, problems);
        String title = s.text("title", d.title());
        if (title.isEmpty()) {
            // Else every page's <title> was empty: tabs, bookmarks and screen readers named no page.
            s.warn("title", "is empty, so the site is called '" + d.title() + "'. Write your journal's name, like"
                    + " 'Robin's small wins', or delete the line.");
            title = d.title();
        }
        String author = s.text("author", d.author());
        String description = s.text("description", d.description());
        Locale locale = d.locale();
        String localeText = s.text("locale", null);
        if (localeText != null) {
            String problem = localeProblem(localeText);
            if (problem != null) {
                s.error("locale", problem);
            } else {
                locale = Locale.forLanguageTag(localeText.replace('_', '-'));
            }
        }
        ZoneId zone = d.timezone();
        String zoneText = s.text("timezone", null);
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                s.error("timezone", zoneProblem(zoneText));
            }
        }
        String theme = s.text("theme", d.theme());
        if (!theme.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            s.error("theme", "'" + theme + "' is not a theme name: use the name of a folder in themes/, like 'default'.");
            theme = d.theme();
        } else if (!theme.equals(d.theme()) && !Files.isDirectory(journalDir.resolve("themes").resolve(theme))) {
            // Said here, where it is known whether journal.yml or an override named the theme.
            s.error("theme", "there is no folder themes/" + theme + "/ in the journal. Create it, or use the"
                    + " built-in theme, 'default'.");
            theme = d.theme();
        }
        String basePath = s.text("basePath", d.basePath());
        if (!basePath.matches("/?([A-Za-z0-9._~-]+/?)*") || basePath.contains("..")) {
            s.error("basePath", "'" + basePath + "' is not a path: use one like / or /journal/.");
            basePath = d.basePath();
        }
        basePath = ("/" + basePath + "/").replaceAll("/+", "/");
        DayOfWeek weekStart = d.weekStart();
        String weekText = s.text("weekStart", null);
        if (weekText != null) {
            DayOfWeek day = dayOfWeek(weekText);
            if (day != null) {
                weekStart = day;
            } else {
                s.error("weekStart", "'" + weekText + "' is not a day of the week: " + dayMeant(weekText)
                        .map(meant -> "did you mean " + meant + "?")
                        .orElse("use monday or sunday (or another day)."));
            }
        }
        boolean prettyLinks = s.flag("prettyLinks");
        Map<String, Object> params = new LinkedHashMap<>();
        Object rawParams = yaml.values().get("params");
        if (rawParams instanceof Map<?, ?> map) {
            map.forEach((k, v) -> params.put(String.valueOf(k), v));
        } else if (rawParams != null) {
            s.error("params", "expected a group of 'name: value' lines, indented under 'params:'.");
        }
        SupportReader groups = new SupportReader(yaml, problems);
        return new JournalSettings(title, author, description, locale, zone, theme, basePath, weekStart,
                prettyLinks, params, groups.privacy(), groups.support(), s.disabled());
    }

    /** Reads single settings, reporting wrong shapes against journal.yml, or the override's source. */
    private record Setting(YamlMap yaml, SettingOverrides overrides, List<Problem> problems) {
        String text(String key, String fallback) {
            Object value = yaml.values().get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof List || value instanceof Map) {
                error(key, "expected a single value, not a list or a group.");
                return fallback;
            }
            return String.valueOf(value).trim();
        }

        boolean flag(String key) {
            Object value = yaml.values().get(key);
            if (value == null) {
                return false;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            error(key, "expected true or false, found '" + value + "'.");
            return false;
        }

        /** {@code disable:}, one name or a list of them. */
        Set<OptionalPages> disabled() {
            Object value = yaml.values().get("disable");
            List<?> names = value == null ? List.of() : value instanceof List<?> list ? list
                    : value instanceof Map<?, ?> ? null : List.of(value);
            List<String> groups = Arrays.stream(OptionalPages.values()).map(OptionalPages::setting).toList();
            String known = String.join(", ", groups.subList(0, groups.size() - 1)) + " or " + groups.get(groups.size() - 1);
            if (names == null) {
                error("disable", "expected the pages to leave out, as a list like [search, progress], not a group.");
                return Set.of();
            }
            Set<OptionalPages> disabled = EnumSet.noneOf(OptionalPages.class);
            for (Object name : names) {
                String text = String.valueOf(name).trim();
                OptionalPages.named(text).ifPresentOrElse(disabled::add, () -> error("disable",
                        "'" + text + "' is not a group of pages that can be left out: use " + known + "."));
            }
            return disabled;
        }

        void warn(String key, String message) {
            problems.add(overrides.values().containsKey(key) ? Problem.warning(overrides.source(), 0, key, message)
                    : Problem.warning(FILE_NAME, yaml.lineOf(key, 0), key, message));
        }

        void error(String key, String message) {
            problems.add(overrides.values().containsKey(key) ? Problem.error(overrides.source(), 0, key, message)
                    : Problem.error(FILE_NAME, yaml.lineOf(key, 0), key, message));
        }
    }

    /**
     * Why {@code written} cannot be the journal's locale; null when it can. The whole tag must be
     * well formed: Java's own reading stops at the first part it cannot read, and "en-GB@x" or
     * "de_DE.UTF-8" became plain en or de without a word. A language or region Java has no data
     * for ("en-UK") would be formatted as another one (American dates), so it is said too; Java
     * knows languages beyond the two-letter ones ("fil", "yue", "gsw"), which were refused.
     */
    static String localeProblem(String written) {
        String tag = written.replace('_', '-');
        int systemSuffix = tag.indexOf('.') >= 0 ? tag.indexOf('.') : tag.indexOf('@');
        if (systemSuffix > 0 && localeProblem(tag.substring(0, systemSuffix)) == null) {
            return "'" + written + "' is a system locale name, not a language tag: write " + tag.substring(0, systemSuffix) + ".";
        }
        Locale parsed;
        try {
            parsed = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            parsed = null;
        }
        if (parsed == null || !KnownLocales.language(parsed.getLanguage())) {
            return "'" + written + "' is not a language tag: use one like en, en-GB or de-CH.";
        }
        String region = parsed.getCountry();
        if (!region.isEmpty() && !region.chars().allMatch(Character::isDigit) && !KnownLocales.region(region)) {
            return "'" + written + "' names the region " + region + ", which is not a country code, so dates would not be"
                    + " written its way: use a two-letter code, like en-GB (the United Kingdom), en-US or de-CH.";
        }
        return null;
    }

    /**
     * Why {@code written} is not a time zone, with the zone meant when it differs only in case
     * ("Europe/london") or is a zone's city alone ("Berlin", "new york").
     */
    public static String zoneProblem(String written) {
        String wanted = written.trim().replace(' ', '_');
        String meant = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.equalsIgnoreCase(wanted) || (id.contains("/") && !id.startsWith("Etc/")
                        && id.substring(id.lastIndexOf('/') + 1).equalsIgnoreCase(wanted)))
                .sorted()
                .findFirst()
                .orElse(null);
        return "'" + written + "' is not a time zone: " + (meant != null ? "did you mean " + meant + "?"
                : "use a name like Europe/London or America/Chicago.");
    }

    /**
     * The languages and regions Java knows: the ISO lists, then (for a code not in them, like "fil")
     * those its locale data has. Listing that data costs a tenth of a second at start-up, so only a
     * code the ISO lists lack pays for it.
     */
    private static final class KnownLocales {
        static boolean language(String code) {
            return Iso.LANGUAGES.contains(code) || Available.LANGUAGES.contains(code);
        }

        static boolean region(String code) {
            return Iso.REGIONS.contains(code) || Available.REGIONS.contains(code);
        }

        private static final class Iso {
            static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
            static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
        }

        private static final class Available {
            static final Set<String> LANGUAGES;
            static final Set<String> REGIONS;

            static {
                Set<String> languages = new HashSet<>();
                Set<String> regions = new HashSet<>();
                for (Locale available : Locale.getAvailableLocales()) {
                    languages.add(available.getLanguage());
                    regions.add(available.getCountry());
                }
                LANGUAGES = Set.copyOf(languages);
                REGIONS = Set.copyOf(regions);
            }
        }
    }

    /** A day by its English name in any case, or its first three letters ("Sun", "mon"); null if none. */
    static DayOfWeek dayOfWeek(String text) {
        String word = text.trim().toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (word.equals(name) || word.equals(name.substring(0, 3))) {
                return day;
            }
        }
        return null;
    }

    /** The day a slip of the keyboard most likely meant ("mondya", "sundya"), if one is that close. */
    private static Optional<String> dayMeant(String text) {
        return Spelling.closest(text.trim(), DAY_NAMES);
    }

    private static final List<String> DAY_NAMES = Arrays.stream(DayOfWeek.values())
            .map(day -> day.name().toLowerCase(Locale.ROOT)).toList();
}
