package org.smallwins.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.load.SourceText;
import org.smallwins.model.JournalSettings;
import org.smallwins.model.OptionalPages;
import org.smallwins.problem.Problem;

class SettingsLoaderTest {
    @TempDir
    Path journal;

    private SettingsLoader.Result load(String yaml) throws IOException {
        Files.writeString(journal.resolve("journal.yml"), yaml, StandardCharsets.UTF_8);
        return SettingsLoader.load(journal);
    }

    private static Problem onlyProblem(SettingsLoader.Result result) {
        assertThat(result.problems()).hasSize(1);
        Problem p = result.problems().get(0);
        assertThat(p.isError()).isTrue();
        assertThat(p.path()).isEqualTo("journal.yml");
        return p;
    }

    @Test
    void anEmptyTitleGivesTheDefaultNameWithAWarningRatherThanPagesWithoutATitle() throws IOException {
        SettingsLoader.Result result = load("author: Robin\ntitle: \"  \"\n");

        assertThat(result.settings().title()).isEqualTo("My small wins");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.toString()).isEqualTo("journal.yml:2: warning: title: is empty, so the site is called"
                    + " 'My small wins'. Write your journal's name, like 'Robin's small wins', or delete the line.");
        });
    }

    @Test
    void usesDefaultsWhenThereIsNoJournalYml() {
        SettingsLoader.Result result = SettingsLoader.load(journal);

        assertThat(result.problems()).isEmpty();
        JournalSettings s = result.settings();
        assertThat(s).isEqualTo(JournalSettings.defaults());
        assertThat(s.title()).isEqualTo("My small wins");
        assertThat(s.author()).isEmpty();
        assertThat(s.description()).isEmpty();
        assertThat(s.locale()).isEqualTo(Locale.forLanguageTag("en"));
        assertThat(s.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(s.theme()).isEqualTo("default");
        assertThat(s.basePath()).isEqualTo("/");
        assertThat(s.weekStart()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(s.prettyLinks()).isFalse();
        assertThat(s.params()).isEmpty();
    }

    @Test
    void aSettingsFileUnderAnotherNameIsAnErrorNotSilentDefaults() throws IOException {
        Files.writeString(journal.resolve("journal.yaml"), "title: Mine\ntimezone: Europe/London\n");

        SettingsLoader.Result result = SettingsLoader.load(journal);

        assertThat(result.problems()).singleElement().asString().isEqualTo("journal.yaml: is not read: Smallwins"
                + " reads its settings from journal.yml (spelt just so), and without it builds with the defaults"
                + " (title, time zone UTC). Rename journal.yaml to journal.yml.");
        Files.move(journal.resolve("journal.yaml"), journal.resolve("Journal.yml"));
        assertThat(SettingsLoader.load(journal).problems()).singleElement().asString().startsWith("Journal.yml: is not read");
    }

    @Test
    void aJournalYmlThatIsAFolderOrABrokenLinkIsAnError() throws IOException {
        Files.createDirectories(journal.resolve("journal.yml"));
        assertThat(SettingsLoader.load(journal).problems()).singleElement().asString()
                .startsWith("journal.yml: is a folder, so the settings cannot be read.");
        Files.delete(journal.resolve("journal.yml"));
        try {
            Files.createSymbolicLink(journal.resolve("journal.yml"), journal.resolve("gone.yml"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not available here");
        }
        assertThat(SettingsLoader.load(journal).problems()).singleElement().asString()
                .startsWith("journal.yml: is a link to a file that is not there, so the settings cannot be read.");
    }

    @Test
    void aJournalYmlThatIsNotUtf8IsNamedWithTheLineOfItsFirstBadByteAndWhatToDo() throws IOException {
        Files.write(journal.resolve("journal.yml"),
                "title: Tagebuch\nauthor: J\u00fcrgen\n".getBytes(StandardCharsets.ISO_8859_1));

        SettingsLoader.Result result = SettingsLoader.load(journal);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("journal.yml");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo(
                    "this file is not UTF-8 text. Open it in your editor and save it with the UTF-8 encoding.");
        });
    }

    @Test
    void aJournalYmlThatCannotBeReadSaysWhyInPlainWords() {
        assertThat(SourceText.unreadable(new AccessDeniedException("journal.yml")))
                .isEqualTo("cannot be read: permission denied. Give yourself permission to read it (chmod u+r on"
                        + " Linux and macOS), or move it out of the journal.")
                .doesNotContain("UTF-8");
    }

    @Test
    void emptyJournalYmlGivesDefaults() throws IOException {
        SettingsLoader.Result result = load("# nothing yet\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings()).isEqualTo(JournalSettings.defaults());
    }

    @Test
    void readsEverySetting() throws IOException {
        Files.createDirectories(journal.resolve("themes/paper"));
        SettingsLoader.Result result = load("""
                title: Ana's wins
                author: Ana
                description: Small steps, written down.
                locale: de-CH
                timezone: Europe/Zurich
                theme: paper
                basePath: /journal
                weekStart: Sunday
                prettyLinks: true
                params:
                  mastodon: "@ana"
                  colours: [green, blue]
                """);

        assertThat(result.problems()).isEmpty();
        JournalSettings s = result.settings();
        assertThat(s.title()).isEqualTo("Ana's wins");
        assertThat(s.author()).isEqualTo("Ana");
        assertThat(s.description()).isEqualTo("Small steps, written down.");
        assertThat(s.locale()).isEqualTo(Locale.forLanguageTag("de-CH"));
        assertThat(s.timezone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(s.theme()).isEqualTo("paper");
        assertThat(s.basePath()).isEqualTo("/journal/");
        assertThat(s.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(s.prettyLinks()).isTrue();
        assertThat(s.params()).containsExactly(
                Map.entry("mastodon", "@ana"), Map.entry("colours", List.of("green", "blue")));
    }

    @Test
    void localeWithUnderscoreIsAccepted() throws IOException {
        assertThat(load("locale: en_GB\n").settings().locale()).isEqualTo(Locale.forLanguageTag("en-GB"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"journal", "/journal", "journal/", "/journal/"})
    void basePathIsNormalisedToStartAndEndWithASlash(String written) throws IOException {
        SettingsLoader.Result result = load("basePath: " + written + "\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().basePath()).isEqualTo("/journal/");
    }

    @Test
    void nestedBasePathIsKept() throws IOException {
        assertThat(load("basePath: /me/journal/\n").settings().basePath()).isEqualTo("/me/journal/");
    }

    @Test
    void reportsAnUnknownKeyWithDidYouMean() throws IOException {
        SettingsLoader.Result result = load("title: Mine\ntimezon: Europe/Paris\n");

        Problem p = onlyProblem(result);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.field()).isEqualTo("timezon");
        assertThat(p.message()).contains("is not a setting").contains("did you mean 'timezone'?")
                .contains("params:");
        assertThat(result.settings().title()).isEqualTo("Mine");
    }

    @Test
    void didYouMeanIgnoresCase() throws IOException {
        Problem p = onlyProblem(load("basepath: /x/\n"));

        assertThat(p.message()).contains("did you mean 'basePath'?");
    }

    @Test
    void aShortKeyTwoSlipsFromAShortSettingHasNoSuggestion() throws IOException {
        // Two slips from 'theme' and from 'title' alike: a guess at either would mislead.
        Problem p = onlyProblem(load("time: 10\n"));

        assertThat(p.message()).doesNotContain("did you mean").contains("Known settings:");
        assertThat(onlyProblem(load("thme: paper\n")).message()).contains("(did you mean 'theme'?)");
    }

    @Test
    void aDayEquallyCloseToTwoIsTheFirstAlphabetically() throws IOException {
        // One slip from thursday and from tuesday: said the same way every "did you mean" is.
        assertThat(onlyProblem(load("weekStart: thuesday\n")).message())
                .isEqualTo("'thuesday' is not a day of the week: did you mean thursday?");
        assertThat(onlyProblem(load("weekStart: MONDYA\n")).message())
                .isEqualTo("'MONDYA' is not a day of the week: did you mean monday?");
    }

    @Test
    void unknownKeyFarFromAnySettingHasNoSuggestion() throws IOException {
        Problem p = onlyProblem(load("favouriteColour: green\n"));

        assertThat(p.field()).isEqualTo("favouriteColour");
        assertThat(p.message()).doesNotContain("did you mean").contains("Known settings:");
    }

    @Test
    void reportsABadTimezoneWithLineAndKeepsUtc() throws IOException {
        SettingsLoader.Result result = load("title: Mine\n\ntimezone: Mars/Olympus\n");

        Problem p = onlyProblem(result);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo("timezone");
        assertThat(p.message()).contains("'Mars/Olympus' is not a time zone");
        assertThat(result.settings().timezone()).isEqualTo(ZoneId.of("UTC"));
    }

    /** A slip of case, or a zone's city alone: the zone meant is named, not only an example. */
    @ParameterizedTest
    @CsvSource({"Europe/london, Europe/London", "berlin, Europe/Berlin",
            "new york, America/New_York", "utc, UTC"})
    void namesTheTimeZoneMeant(String written, String meant) throws IOException {
        Problem p = onlyProblem(load("timezone: " + written + "\n"));
        assertThat(p.field()).isEqualTo("timezone");
        assertThat(p.message()).isEqualTo("'" + written + "' is not a time zone: did you mean " + meant + "?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"12\"", "\"-\"", "\"e\"", "english", "xx-YY"})
    void reportsABadLocaleWithLine(String written) throws IOException {
        SettingsLoader.Result result = load("title: Mine\nlocale: " + written + "\n");

        Problem p = onlyProblem(result);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.field()).isEqualTo("locale");
        assertThat(p.message()).contains("is not a language tag");
        assertThat(result.settings().locale()).isEqualTo(Locale.forLanguageTag("en"));
    }

    /** Java's reading of a tag stops at the first part it cannot read: the rest was dropped without a word. */
    @ParameterizedTest
    @ValueSource(strings = {"en-GB-x", "de-DE-", "en-GB!", "\"de DE\""})
    void reportsALocaleWithAPartThatIsNotATag(String written) throws IOException {
        Problem p = onlyProblem(load("title: Mine\nlocale: " + written + "\n"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("is not a language tag");
    }

    @Test
    void saysASystemLocaleNameIsNotATagAndWhatToWrite() throws IOException {
        Problem p = onlyProblem(load("locale: de_DE.UTF-8\n"));
        assertThat(p.field()).isEqualTo("locale");
        assertThat(p.message()).isEqualTo("'de_DE.UTF-8' is a system locale name, not a language tag: write de-DE.");
    }

    /** en-UK was read as en, and its dates written the American way ("March 14, 2025"). */
    @Test
    void reportsARegionThatIsNotACountryCode() throws IOException {
        Problem p = onlyProblem(load("locale: en-UK\n"));
        assertThat(p.field()).isEqualTo("locale");
        assertThat(p.message()).contains("'en-UK' names the region UK, which is not a country code")
                .contains("en-GB (the United Kingdom)");
    }

    /** Languages with three-letter codes, which Java formats dates and numbers for, were refused. */
    @ParameterizedTest
    @ValueSource(strings = {"fil", "yue", "gsw-CH", "haw", "es-419", "zh-Hant-TW", "sr-Latn-RS", "de_CH", "DE-de", "ar-EG"})
    void acceptsEveryLanguageTagJavaHasDataFor(String written) throws IOException {
        SettingsLoader.Result result = load("locale: " + written + "\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().locale()).isEqualTo(Locale.forLanguageTag(written.replace('_', '-')));
    }

    @Test
    void reportsABadWeekStartWithLine() throws IOException {
        SettingsLoader.Result result = load("title: Mine\nweekStart: someday\n");

        Problem p = onlyProblem(result);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.field()).isEqualTo("weekStart");
        assertThat(p.message()).contains("'someday' is not a day");
        assertThat(result.settings().weekStart()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void takesAWeekStartByItsFirstThreeLettersAndNamesTheDayASlipMeant() throws IOException {
        assertThat(load("weekStart: Sun\n").settings().weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(load("weekStart: sat\n").settings().weekStart()).isEqualTo(DayOfWeek.SATURDAY);

        assertThat(onlyProblem(load("weekStart: mondya\n")).message())
                .isEqualTo("'mondya' is not a day of the week: did you mean monday?");
        assertThat(onlyProblem(load("weekStart: tusday\n")).message())
                .isEqualTo("'tusday' is not a day of the week: did you mean tuesday?");
        assertThat(onlyProblem(load("weekStart: someday\n")).message())
                .isEqualTo("'someday' is not a day of the week: use monday or sunday (or another day).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../etc/", "/a b/", "\"https://example.com/\"", "/my..journal/", "/a?b"})
    void reportsABadBasePathWithLine(String written) throws IOException {
        SettingsLoader.Result result = load("title: Mine\nbasePath: " + written + "\n");

        Problem p = onlyProblem(result);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.field()).isEqualTo("basePath");
        assertThat(p.message()).contains("is not a path");
        assertThat(result.settings().basePath()).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "my theme", "/abs"})
    void reportsABadThemeName(String written) throws IOException {
        SettingsLoader.Result result = load("theme: \"" + written + "\"\n");

        Problem p = onlyProblem(result);
        assertThat(p.field()).isEqualTo("theme");
        assertThat(p.line()).isEqualTo(1);
        assertThat(result.settings().theme()).isEqualTo("default");
    }

    @Test
    void reportsPrettyLinksThatIsNotAFlag() throws IOException {
        Problem p = onlyProblem(load("prettyLinks: sometimes\n"));

        assertThat(p.field()).isEqualTo("prettyLinks");
        assertThat(p.message()).contains("true or false");
    }

    @Test
    void reportsASettingWrittenAsAList() throws IOException {
        SettingsLoader.Result result = load("title: [a, b]\n");

        Problem p = onlyProblem(result);
        assertThat(p.field()).isEqualTo("title");
        assertThat(result.settings().title()).isEqualTo("My small wins");
    }

    @Test
    void reportsParamsThatAreNotAGroup() throws IOException {
        Problem p = onlyProblem(load("title: Mine\nparams: just text\n"));

        assertThat(p.field()).isEqualTo("params");
        assertThat(p.line()).isEqualTo(2);
    }

    @Test
    void paramsAreKeptAsWrittenWithNestedValues() throws IOException {
        SettingsLoader.Result result = load("""
                params:
                  zeta: 1
                  alpha:
                    deep: true
                  when: 2025-01-01
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().params()).containsExactly(
                Map.entry("zeta", 1L),
                Map.entry("alpha", Map.of("deep", true)),
                Map.entry("when", "2025-01-01"));
    }

    @Test
    void reportsEveryBadSettingInOneRun() throws IOException {
        SettingsLoader.Result result = load("""
                titel: Mine
                timezone: Nowhere/Land
                weekStart: someday
                basePath: /a b/
                """);

        assertThat(result.problems()).extracting(Problem::field, Problem::line).containsExactlyInAnyOrder(
                Tuple.tuple("titel", 1),
                Tuple.tuple("timezone", 2),
                Tuple.tuple("weekStart", 3),
                Tuple.tuple("basePath", 4));
    }

    @Test
    void reportsBrokenYamlWithLineAndKeepsDefaults() throws IOException {
        SettingsLoader.Result result = load("title: Mine\nauthor: Ana: the writer\n");

        Problem p = onlyProblem(result);
        assertThat(p.line()).isEqualTo(2);
        assertThat(result.settings()).isEqualTo(JournalSettings.defaults());
    }

    @Test
    void reportsADuplicateSettingWithItsLine() throws IOException {
        Problem p = onlyProblem(load("title: A\nauthor: Ana\ntitle: B\n"));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo("title");
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Files.write(journal.resolve("journal.yml"), "title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        SettingsLoader.Result result = SettingsLoader.load(journal);

        Problem p = onlyProblem(result);
        assertThat(p.message()).contains("UTF-8");
        assertThat(result.settings()).isEqualTo(JournalSettings.defaults());
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        SettingsLoader.Result result = load("\uFEFFtitle: With BOM\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().title()).isEqualTo("With BOM");
    }

    @Test
    void overridesWinOverJournalYmlAndAreCheckedTheSameWay() throws IOException {
        Files.writeString(journal.resolve("journal.yml"), "title: From the file\ntimezone: Europe/London\n",
                StandardCharsets.UTF_8);
        SettingsLoader.Result result = SettingsLoader.load(journal, new SettingOverrides("pom.xml",
                Map.of("title", "From the pom", "basePath", "journal", "prettyLinks", "true")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().title()).isEqualTo("From the pom");
        assertThat(result.settings().basePath()).isEqualTo("/journal/");
        assertThat(result.settings().prettyLinks()).isTrue();
        assertThat(result.settings().timezone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void overridesApplyWithoutAJournalYml() {
        SettingsLoader.Result result = SettingsLoader.load(journal,
                new SettingOverrides("pom.xml", Map.of("weekStart", "sunday")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().weekStart()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void aBadOverrideNamesItsSourceAndTheSetting() {
        SettingsLoader.Result result = SettingsLoader.load(journal, new SettingOverrides("pom.xml",
                Map.of("timezone", "Mars/Olympus", "params", "x", "titel", "y")));

        assertThat(result.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "pom.xml: timezone: 'Mars/Olympus' is not a time zone: use a name like Europe/London or America/Chicago.",
                "pom.xml: params: cannot be set here. Settings that can: author, basePath, description, locale,"
                        + " prettyLinks, theme, timezone, title, weekStart; everything else stays in journal.yml.",
                "pom.xml: titel: cannot be set here (did you mean 'title'?). Settings that can: author, basePath,"
                        + " description, locale, prettyLinks, theme, timezone, title, weekStart; everything else"
                        + " stays in journal.yml.");
        assertThat(result.settings().timezone()).isEqualTo(JournalSettings.defaults().timezone());
    }

    @Test
    void aThemeWithoutItsFolderIsReportedWhereItWasSetAndTheBuiltInOneIsUsed() throws IOException {
        Problem fromFile = onlyProblem(load("title: Wins\ntheme: paper\n"));
        assertThat(fromFile.toString()).isEqualTo("journal.yml:2: theme: there is no folder themes/paper/ in the"
                + " journal. Create it, or use the built-in theme, 'default'.");

        SettingsLoader.Result fromPom = SettingsLoader.load(journal,
                new SettingOverrides("pom.xml (or -Dsmallwins.*)", Map.of("theme", "nope")));
        assertThat(fromPom.problems()).extracting(Problem::toString).containsExactly("pom.xml (or -Dsmallwins.*):"
                + " theme: there is no folder themes/nope/ in the journal. Create it, or use the built-in theme, 'default'.");
        assertThat(fromPom.settings().theme()).isEqualTo("default");

        // Only what renders pages stops for it.
        assertThat(load("title: Wins\ntheme: paper\n").problemsWithoutRendering()).isEmpty();
        Files.createDirectories(journal.resolve("themes/paper"));
        assertThat(load("title: Wins\ntheme: paper\n").problems()).isEmpty();
        assertThat(load("theme: default\n").problems()).as("the built-in theme needs no folder").isEmpty();
    }

    @Test
    void disableNamesTheGroupsOfPagesToLeaveOut() throws IOException {
        assertThat(JournalSettings.defaults().disabled()).isEmpty();
        assertThat(load("disable: [search, progress]\n").settings().disabled())
                .containsExactly(OptionalPages.SEARCH, OptionalPages.PROGRESS);
        JournalSettings one = load("disable: search\n").settings();
        assertThat(one.disabled()).containsExactly(OptionalPages.SEARCH);
        assertThat(one.makes(OptionalPages.SEARCH)).isFalse();
        assertThat(one.makes(OptionalPages.PROGRESS)).isTrue();
        assertThat(load("disable:\n  - progress\n").settings().disabled()).containsExactly(OptionalPages.PROGRESS);
        assertThat(load("disable: []\n").problems()).isEmpty();
    }

    @Test
    void anUnknownGroupOfPagesIsReportedWithItsLine() throws IOException {
        SettingsLoader.Result result = load("title: Mine\ndisable: [search, tags]\n");

        Problem p = onlyProblem(result);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.field()).isEqualTo("disable");
        assertThat(p.message()).isEqualTo("'tags' is not a group of pages that can be left out: use search, progress or tag-years.");
        assertThat(result.settings().disabled()).containsExactly(OptionalPages.SEARCH);
    }

    @Test
    void disableAsAGroupIsReported() throws IOException {
        Problem p = onlyProblem(load("disable:\n  search: true\n"));

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.field()).isEqualTo("disable");
        assertThat(p.message()).contains("as a list like [search, progress]");
    }
}
