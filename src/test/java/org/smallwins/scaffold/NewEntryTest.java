package org.smallwins.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.config.SettingsLoader;
import org.smallwins.insight.Insights;
import org.smallwins.load.EntryLoader;
import org.smallwins.load.JournalLoader;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;

class NewEntryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 24, 12, 0);

    @TempDir
    Path tmp;

    private Path journal() {
        return JournalFiles.write(tmp.resolve("j"), "journal.yml", "timezone: Europe/London\n",
                "content/goals/2025-07-07-walk-outside.md", "---\ntitle: Walk outside\nid: walk-outside\n---\n");
    }

    private static NewEntry.Request request(Path dir, EntryType type, String title) {
        return new NewEntry.Request(dir, type, title, List.of(), null, List.of(), null, TODAY);
    }

    /** Loads a made file exactly as the build does and insists on no problems at all. */
    private static Entry loadClean(Path dir, NewEntry.Result result) {
        String contentPath = result.path().substring("content/".length());
        EntryLoader.Result loaded = new EntryLoader(ZoneId.of("Europe/London")).load(dir.resolve(result.path()),
                result.path(), contentPath);
        assertThat(loaded.problems()).isEmpty();
        return loaded.entry().orElseThrow();
    }

    @Test
    void makesAWinNamedByDateAndTitleThatLoadsClean() {
        Path dir = journal();
        NewEntry.Result result = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Drank a glass of water",
                List.of("body", "morning"), 3, List.of("walk-outside"), null, TODAY));

        assertThat(result.path()).isEqualTo("content/wins/2026-11-24-drank-a-glass-of-water.md");
        assertThat(result.warnings()).isEmpty();
        Entry entry = loadClean(dir, result);
        assertThat(entry.title()).isEqualTo("Drank a glass of water");
        assertThat(entry.type()).isEqualTo(EntryType.WIN);
        assertThat(entry.date()).isEqualTo(TODAY);
        assertThat(entry.tags()).containsExactly("body", "morning");
        assertThat(entry.mood()).isEqualTo(3);
        assertThat(entry.goals()).containsExactly("walk-outside");
    }

    @Test
    void aThemeWithoutItsFolderDoesNotStopWritingAnEntryButABadTimeZoneDoes() {
        Path dir = JournalFiles.write(tmp.resolve("j"), "journal.yml", "timezone: Europe/London\ntheme: paper\n");

        NewEntry.Result result = NewEntry.create(request(dir, EntryType.WIN, "Tea"));

        assertThat(dir.resolve(result.path())).isRegularFile();
        JournalFiles.write(dir, "journal.yml", "timezone: Mars/Olympus\ntheme: paper\n");
        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Tea again")))
                .isInstanceOf(JournalException.class).hasMessageContaining("timezone")
                .hasMessageNotContaining("theme");
    }

    @ParameterizedTest
    @EnumSource(EntryType.class)
    void everyBuiltInArchetypeMakesAnEntryThatLoadsClean(EntryType type) {
        Path dir = journal();
        NewEntry.Result result = NewEntry.create(new NewEntry.Request(dir, type, "A small step", List.of("one"), 2,
                List.of(), null, TODAY));

        assertThat(result.path()).startsWith("content/" + type.folder() + "/2026-11-24-a-small-step");
        Entry entry = loadClean(dir, result);
        assertThat(entry.type()).isEqualTo(type);
        assertThat(entry.title()).isEqualTo("A small step");
    }

    @Test
    void optionsNotGivenLeaveNoEmptyLines() {
        Path dir = journal();
        NewEntry.Result result = NewEntry.create(request(dir, EntryType.WIN, "Walk"));

        String text = JournalFiles.text(result.file());
        assertThat(text).doesNotContain("mood:").doesNotContain("tags:").doesNotContain("goal:").doesNotContain("{{");
        assertThat(text).startsWith("---\ntitle: Walk\ndate: 2026-11-24\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Note: \"yes\" #1", "- dash first", "yes", "2025", "[brackets] and {braces}",
            "back\\slash & *star", "café — ünïcödé", "🌱 sprouted", "line\tand tab", "'quoted'"})
    void awkwardTitlesSurviveExactly(String title) {
        Path dir = journal();
        NewEntry.Result result = NewEntry.create(request(dir, EntryType.REFLECTION, title));

        assertThat(loadClean(dir, result).title()).isEqualTo(title);
    }

    @Test
    void aTakenNameGetsTwoThenThreeAndNothingIsOverwritten() {
        Path dir = journal();
        NewEntry.Result first = NewEntry.create(request(dir, EntryType.WIN, "Walk"));
        JournalFiles.write(dir, first.path(), "---\ntitle: Walk\n---\nMy own words.\n");
        NewEntry.Result second = NewEntry.create(request(dir, EntryType.WIN, "Walk"));
        NewEntry.Result third = NewEntry.create(request(dir, EntryType.WIN, "Walk"));

        assertThat(second.path()).isEqualTo("content/wins/2026-11-24-walk-2.md");
        assertThat(third.path()).isEqualTo("content/wins/2026-11-24-walk-3.md");
        assertThat(JournalFiles.text(first.file())).contains("My own words.");
        ProblemList problems = new ProblemList();
        new JournalLoader(dir, JournalSettings.defaults()).load(new JournalLoader.Selection(true, true), TODAY, problems);
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void aUrlTakenByAnotherTypeOnTheSameDayAlsoGetsANumber() {
        Path dir = journal();
        NewEntry.create(request(dir, EntryType.WIN, "Walk"));
        NewEntry.Result reflection = NewEntry.create(request(dir, EntryType.REFLECTION, "Walk"));

        assertThat(reflection.path()).isEqualTo("content/reflections/2026-11-24-walk-2.md");
    }

    @Test
    void withoutTodayOrDateTheTimeOfDayIsWrittenInTheJournalsZoneToTheMinute() {
        Path dir = journal();
        List<ZoneId> asked = new ArrayList<>();
        NewEntry.Result result = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Tea", List.of(), null,
                List.of(), null, null), zone -> {
                    asked.add(zone);
                    return LocalDateTime.of(2026, 11, 24, 14, 5, 37);
                });

        assertThat(asked).containsExactly(ZoneId.of("Europe/London"));
        assertThat(result.path()).isEqualTo("content/wins/2026-11-24-tea.md");
        assertThat(JournalFiles.text(dir.resolve(result.path()))).startsWith("---\ntitle: Tea\ndate: 2026-11-24 14:05\n");
        Entry entry = loadClean(dir, result);
        assertThat(entry.hasTime()).isTrue();
        assertThat(entry.dateTime()).isEqualTo(LocalDateTime.of(2026, 11, 24, 14, 5));
    }

    @Test
    void onlyTheDateLineGetsTheTimeOfDayAnArchetypesOtherDatesStayDays() {
        // An archetype written before new wrote times: its own time after {{date}}, a goal's
        // started:, the body. Each keeps the day alone, so none of them stops loading.
        Path dir = JournalFiles.write(tmp.resolve("own"), "journal.yml", "timezone: Europe/London\n",
                "archetypes/win.md", "---\ntitle: {{title}}\ndate: {{date}} 09:00\n---\nWritten on {{date}}.\n",
                "archetypes/goal.md", "---\ntitle: {{title}}\ndate: \"{{ .Date }}\"  # made\nstarted: {{date}}\n---\n");
        NewEntry.Result win = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Tea", List.of(), null,
                List.of(), null, null), zone -> LocalDateTime.of(2026, 11, 24, 14, 5, 37));
        NewEntry.Result goal = NewEntry.create(new NewEntry.Request(dir, EntryType.GOAL, "Walk", List.of(), null,
                List.of(), null, null), zone -> LocalDateTime.of(2026, 11, 24, 14, 5, 37));

        assertThat(JournalFiles.text(dir.resolve(win.path())))
                .isEqualTo("---\ntitle: Tea\ndate: 2026-11-24 09:00\n---\nWritten on 2026-11-24.\n");
        assertThat(loadClean(dir, win).dateTime()).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 0));
        assertThat(JournalFiles.text(dir.resolve(goal.path())))
                .isEqualTo("---\ntitle: Walk\ndate: 2026-11-24 14:05  # made\nstarted: 2026-11-24\n---\n");
    }

    @Test
    void todayOrADateWithoutATimeStaysADayEvenWithAClock() {
        Path dir = journal();
        NewEntry.Result today = NewEntry.create(request(dir, EntryType.WIN, "Tea"), zone -> NOON);
        NewEntry.Result dated = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Walk", List.of(), null,
                List.of(), "2026-11-20", null), zone -> NOON);

        assertThat(JournalFiles.text(dir.resolve(today.path()))).contains("\ndate: 2026-11-24\n");
        assertThat(JournalFiles.text(dir.resolve(dated.path()))).contains("\ndate: 2026-11-20\n");
        assertThat(loadClean(dir, dated).hasTime()).isFalse();
    }

    @Test
    void anEntryMadeLaterInTheDaySortsAfterTheDayOnlyOnesOfThatDayAndShowsItsTime() {
        // As after init: a welcome win dated only by the day, whose name sorts after the new one's.
        Path dir = JournalFiles.write(tmp.resolve("j"), "journal.yml", "timezone: Europe/London\n",
                "content/wins/2026-11-24-welcome.md", "---\ntitle: Started a journal\n---\nHello.\n");
        NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Drank a glass of water", List.of(), null,
                List.of(), null, null), zone -> LocalDateTime.of(2026, 11, 24, 14, 5));

        Journal journal = new JournalLoader(dir, SettingsLoader.load(dir).settings())
                .load(new JournalLoader.Selection(false, false), TODAY, new ProblemList());
        assertThat(journal.entries()).extracting(Entry::title).containsExactly("Started a journal", "Drank a glass of water");
        assertThat(Insights.compute(journal).thenAndNow().latestWin().title()).isEqualTo("Drank a glass of water");

        Path site = tmp.resolve("site");
        new Smallwins().build(BuildRequest.of(dir, site).withToday(TODAY));
        String home = JournalFiles.text(site.resolve("index.html"));
        assertThat(home.indexOf("Drank a glass of water")).isPositive().isLessThan(home.indexOf("Started a journal"));
        String wins = JournalFiles.text(site.resolve("wins/index.html"));
        assertThat(wins.indexOf("Drank a glass of water")).isPositive().isLessThan(wins.indexOf("Started a journal"));
        String page = JournalFiles.text(site.resolve("2026/11/24/drank-a-glass-of-water/index.html"));
        assertThat(page).contains("<time datetime=\"2026-11-24T14:05\"").contains(" · 14:05</time>");
    }

    @Test
    void entriesMadeInOneMinuteAreListedInTheOrderTheyWereWrittenWhateverTheirNames() {
        Path dir = journal();
        NewEntry.Result zebra = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Zebra walk", List.of(), null,
                List.of(), null, null), zone -> LocalDateTime.of(2026, 11, 24, 14, 5, 0));
        // The same second, as a script makes them, and then a later second of that minute.
        NewEntry.Result apple = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Apple pie", List.of(), null,
                List.of(), null, null), zone -> LocalDateTime.of(2026, 11, 24, 14, 5, 0));
        NewEntry.Result mango = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Mango", List.of(), null,
                List.of(), null, null), zone -> LocalDateTime.of(2026, 11, 24, 14, 5, 42, 500));

        assertThat(JournalFiles.text(dir.resolve(zebra.path()))).contains("\ndate: 2026-11-24 14:05\n");
        assertThat(JournalFiles.text(dir.resolve(apple.path()))).contains("\ndate: 2026-11-24T14:05:01\n");
        assertThat(JournalFiles.text(dir.resolve(mango.path()))).contains("\ndate: 2026-11-24T14:05:42\n");
        Journal journal = new JournalLoader(dir, SettingsLoader.load(dir).settings())
                .load(new JournalLoader.Selection(false, false), TODAY, new ProblemList());
        assertThat(journal.entries()).extracting(Entry::title).endsWith("Zebra walk", "Apple pie", "Mango");
        assertThat(Insights.compute(journal).thenAndNow().latestWin().title()).isEqualTo("Mango");
        assertThat(loadClean(dir, apple).hasTime()).isTrue();
    }

    @Test
    void anEntryInALaterMinuteKeepsItsTimeToTheMinute() {
        Entry earlier = new EntryLoader(ZoneId.of("UTC")).load(JournalFiles.write(tmp.resolve("e"),
                "a.md", "---\ntitle: A\ndate: 2026-11-24 14:05\n---\n").resolve("a.md"), "a.md", "a.md")
                .entry().orElseThrow();

        assertThat(NewEntry.afterThisMinutes(LocalDateTime.of(2026, 11, 24, 14, 6, 30), List.of(earlier)))
                .isEqualTo(LocalDateTime.of(2026, 11, 24, 14, 6));
        assertThat(NewEntry.afterThisMinutes(LocalDateTime.of(2026, 11, 24, 14, 5, 30), List.of(earlier)))
                .isEqualTo(LocalDateTime.of(2026, 11, 24, 14, 5, 30));
    }

    @Test
    void aDateWithATimeIsWrittenAndAnOffsetIsMovedIntoTheJournalsZone() {
        Path dir = journal();
        NewEntry.Result timed = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Tea", List.of(), null,
                List.of(), "2025-03-14 08:30", TODAY));
        NewEntry.Result offset = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Late", List.of(), null,
                List.of(), "2025-06-30T23:30:00-02:00", TODAY));

        assertThat(timed.path()).isEqualTo("content/wins/2025-03-14-tea.md");
        assertThat(loadClean(dir, timed).dateTime()).isEqualTo(LocalDateTime.of(2025, 3, 14, 8, 30));
        // 23:30 at -02:00 is 02:30 the next day in London (summer time).
        assertThat(offset.path()).isEqualTo("content/wins/2025-07-01-late.md");
        assertThat(loadClean(dir, offset).dateTime()).isEqualTo(LocalDateTime.of(2025, 7, 1, 2, 30));
    }

    @Test
    void aTitleWithNoLettersStillGetsAName() {
        Path dir = journal();
        NewEntry.Result result = NewEntry.create(request(dir, EntryType.WIN, "!!!"));
        assertThat(result.path()).isEqualTo("content/wins/2026-11-24-entry.md");
        assertThat(loadClean(dir, result).title()).isEqualTo("!!!");
    }

    @Test
    void anUnknownGoalIsAWarningAndTheEntryIsStillMade() {
        Path dir = journal();
        NewEntry.Result result = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Swim", List.of(), null,
                List.of("swim-weekly"), null, TODAY));

        assertThat(result.file()).exists();
        assertThat(result.warnings()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.field()).isEqualTo("goal");
            assertThat(p.message()).contains("'swim-weekly'").contains("walk-outside");
        });
    }

    @Test
    void aGoalIdOneSlipFromAGoalsAsksIfThatGoalWasMeant() {
        Path dir = journal();
        NewEntry.Result result = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Walk", List.of(), null,
                List.of("walk-outsdie"), null, TODAY));

        assertThat(result.warnings()).singleElement().extracting(Problem::toString).isEqualTo(
                "content/wins/2026-11-24-walk.md:4: warning: goal: no goal has the id 'walk-outsdie' (did you mean"
                        + " 'walk-outside'?). Known goals: walk-outside. Fix the id, or add the goal with:"
                        + " smallwins new goal \"...\"");
    }

    @Test
    void aLongListOfKnownGoalsNamesTheFirstTenAndCountsTheRest() {
        Path dir = journal();
        for (int i = 1; i <= 30; i++) {
            JournalFiles.write(dir, String.format("content/goals/2025-01-01-goal-%02d.md", i), "---\ntitle: Goal\n---\n");
        }
        NewEntry.Result result = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Swim", List.of(), null,
                List.of("swim"), null, TODAY));

        // 31 goals: the ten first alphabetically, then how many more (walk-outside among them).
        assertThat(result.warnings()).singleElement().extracting(Problem::message).asString()
                .contains("Known goals: goal-01, goal-02, goal-03, goal-04, goal-05, goal-06, goal-07, goal-08,"
                        + " goal-09, goal-10 and 21 more. Fix the id");
    }

    @Test
    void theJournalsArchetypeWinsWithHugoStylePlaceholders() {
        Path dir = JournalFiles.write(journal(), "archetypes/win.md",
                "---\ntitle: \"{{ .Title }}\"\ndate: {{ .Date }}\nweather: sunny\ntags: {{tags}}\nmood: {{mood}} # 1 to 5\n---\n"
                        + "# {{title}}\n\nFelt {{mood}}. Tags: {{tags}}.\n");
        NewEntry.Result result = NewEntry.create(new NewEntry.Request(dir, EntryType.WIN, "Said \"no\" kindly",
                List.of("people"), 4, List.of(), null, TODAY));

        String text = JournalFiles.text(result.file());
        assertThat(text).contains("title: \"Said \\\"no\\\" kindly\"\n").contains("weather: sunny")
                .contains("# Said \"no\" kindly\n").contains("Felt 4. Tags: people.");
        Entry entry = loadClean(dir, result);
        assertThat(entry.title()).isEqualTo("Said \"no\" kindly");
        assertThat(entry.extra()).containsEntry("weather", "sunny");
    }

    @Test
    void defaultMdIsUsedForTypesWithoutTheirOwnArchetype() {
        Path dir = JournalFiles.write(journal(), "archetypes/default.md", "---\ntitle: {{title}}\nfrom: default\n---\n");
        NewEntry.Result result = NewEntry.create(request(dir, EntryType.SETBACK, "Rough day"));
        assertThat(loadClean(dir, result).extra()).containsEntry("from", "default");
    }

    @Test
    void anUnknownPlaceholderWritesNothing() {
        Path dir = JournalFiles.write(journal(), "archetypes/win.md", "---\ntitle: {{title}}\nauthor: {{ .Author }}\n---\n");
        Map<String, byte[]> before = JournalFiles.read(dir);

        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Walk")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("archetypes/win.md");
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.message()).contains("{{ .Author }}").contains("{{title}}");
                        }));
        assertThat(JournalFiles.read(dir).keySet()).isEqualTo(before.keySet());
    }

    @Test
    void aHugoTemplateExpressionIsRefusedAtItsLineAndWritesNothing() {
        Path dir = JournalFiles.write(journal(), "archetypes/win.md", "---\ntitle: {{title}}\n---\n"
                + "# {{ replace .File.ContentBaseName \"-\" \" \" | title }}\n");
        Map<String, byte[]> before = JournalFiles.read(dir);

        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Walk")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("archetypes/win.md");
                            assertThat(p.line()).isEqualTo(4);
                            assertThat(p.message()).startsWith("'{{ replace .File.ContentBaseName \"-\" \" \" | title }}'"
                                    + " is a template expression, which archetypes do not run").contains("{{title}}");
                        }));
        assertThat(JournalFiles.read(dir).keySet()).isEqualTo(before.keySet());
    }

    @Test
    void anArchetypeThatMakesABadEntryIsReportedAtItsOwnLineAndWritesNothing() {
        Path dir = JournalFiles.write(journal(), "archetypes/win.md",
                "---\ntitle: {{title}}\nmood: {{mood}}\nsize: huge\n---\n");

        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Walk")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("archetypes/win.md");
                            assertThat(p.line()).isEqualTo(4); // line 3 (mood) was left out of the entry
                            assertThat(p.field()).isEqualTo("size");
                        }));
        assertThat(dir.resolve("content/wins")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Draft: true", "privat: yes", "headless: true", "build: {render: never}",
            "publishDate: 2026-11-25", "expiryDate: 2026-11-24"})
    void anArchetypeWhoseLineMeansToHideTheEntryButWouldNotIsRefusedAtThatLineAndWritesNothing(String line) {
        Path dir = JournalFiles.write(journal(), "archetypes/win.md", "---\ntitle: {{title}}\n" + line + "\n---\n");

        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Walk")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("archetypes/win.md");
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.field()).isEqualTo(line.substring(0, line.indexOf(':')));
                            assertThat(p.message()).endsWith("(in the entry this archetype makes)");
                        }));
        assertThat(dir.resolve("content/wins")).doesNotExist();
    }

    @Test
    void anArchetypeWithJekyllsPublishedFalseIsToldToSayTrueToPublish() {
        Path dir = JournalFiles.write(journal(), "archetypes/win.md", "---\ntitle: {{title}}\npublished: false\n---\n");

        NewEntry.Result result = NewEntry.create(request(dir, EntryType.WIN, "Walk"));

        assertThat(result.warnings()).extracting(Problem::toString).containsExactly(result.path()
                + ":3: warning: published: the archetype marks this entry a draft, so the site leaves it out until"
                + " that line is deleted or says true; 'smallwins serve --drafts' shows it meanwhile.");
    }

    @Test
    void anArchetypeThatIsNotUtf8IsNamedAtItsLineAsEntriesAreAndWritesNothing() throws IOException {
        Path dir = journal();
        Files.createDirectories(dir.resolve("archetypes"));
        Files.write(dir.resolve("archetypes/win.md"),
                "---\ntitle: {{title}} caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Walk")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("archetypes/win.md:2: this file is not UTF-8 text. Open it in your editor and"
                                + " save it with the UTF-8 encoding."));
        assertThat(dir.resolve("content/wins")).doesNotExist();
    }

    @Test
    void anArchetypeThatIsAFolderIsSaidPlainlyNotPassedOver() throws IOException {
        Path dir = journal();
        Files.createDirectories(dir.resolve("archetypes/win.md"));
        JournalFiles.write(dir, "archetypes/default.md", "---\ntitle: {{title}}\n---\n");

        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Walk")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("archetypes/win.md: is a folder, so it cannot be the archetype new win entries"
                                + " start from. Make it a file with the text they start with, or remove it to use"
                                + " archetypes/default.md or the built-in one."));
        assertThat(dir.resolve("content/wins")).doesNotExist();
    }

    @Test
    void anArchetypeThatIsASymbolicLinkIsSaidPlainlyNotPassedOver() throws IOException {
        Path dir = journal();
        Path shared = JournalFiles.write(tmp.resolve("shared"), "win.md", "---\ntitle: {{title}}\n---\nShared.\n");
        Files.createDirectories(dir.resolve("archetypes"));
        Files.createSymbolicLink(dir.resolve("archetypes/win.md"), shared.resolve("win.md"));

        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Walk")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("archetypes/win.md: is a symbolic link, which Smallwins does not follow, so it"
                                + " cannot be the archetype new win entries start from. Make it a file with the text"
                                + " they start with, or remove it to use archetypes/default.md or the built-in one."));
        assertThat(dir.resolve("content/wins")).doesNotExist();
    }

    @Test
    void anArchetypeThatCannotBeReadSaysWhy() throws IOException {
        // Root reads every file whatever its mode: only another account shows the real failure.
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")));
        Path dir = JournalFiles.write(journal(), "archetypes/win.md", "---\ntitle: {{title}}\n---\n");
        Files.setPosixFilePermissions(dir.resolve("archetypes/win.md"), Set.of());

        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Walk")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("archetypes/win.md: cannot be read: permission denied. Give yourself permission"
                                + " to read it (chmod u+r on Linux and macOS), or move it out of the journal."));
    }

    @Test
    void refusesAFolderThatIsNotAJournal() {
        Path dir = JournalFiles.write(tmp.resolve("documents"), "taxes.txt", "precious");
        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Walk")))
                .isInstanceOf(JournalException.class).hasMessageContaining("not a journal folder");
        assertThat(dir.resolve("content")).doesNotExist();
    }

    @Test
    void aFolderThatIsNotThereIsSaidAsABuildSaysItNotAsOneToStartAJournalIn() {
        Path nowhere = tmp.resolve("nowhere");
        assertThatThrownBy(() -> NewEntry.create(request(nowhere, EntryType.WIN, "Walk")))
                .isInstanceOf(JournalException.class).hasMessageStartingWith(nowhere + ": is not a folder. Point"
                        + " Smallwins at your journal folder").hasMessageNotContaining("not a journal folder yet");
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void refusesToHideEntriesKeptOutsideContent() {
        Path dir = JournalFiles.write(tmp.resolve("loose"), "journal.yml", "title: Loose\n",
                "2025-01-01-walk.md", "---\ntitle: Walk\n---\n");
        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Walk")))
                .isInstanceOf(JournalException.class).hasMessageContaining("outside a content/ folder");
        assertThat(dir.resolve("content")).doesNotExist();
    }

    @Test
    void aJournalYmlWithoutEntriesGetsAContentFolder() {
        Path dir = JournalFiles.write(tmp.resolve("fresh"), "journal.yml", "title: Fresh\n");
        NewEntry.Result result = NewEntry.create(request(dir, EntryType.GOAL, "Walk outside"));
        assertThat(result.path()).isEqualTo("content/goals/2026-11-24-walk-outside.md");
        assertThat(loadClean(dir, result).goal().id()).isEqualTo("walk-outside");
    }

    @Test
    void aBrokenJournalYmlStopsBeforeAnythingIsWritten() {
        Path dir = JournalFiles.write(tmp.resolve("j"), "journal.yml", "timezon: Europe/London\n", "content/.keep", "");
        assertThatThrownBy(() -> NewEntry.create(request(dir, EntryType.WIN, "Walk")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsOnly("journal.yml"));
        assertThat(dir.resolve("content/wins")).doesNotExist();
    }

    @Test
    void aGoalGetsAnIdFromItsTitle() {
        Path dir = journal();
        NewEntry.Result result = NewEntry.create(request(dir, EntryType.GOAL, "Cook at home"));
        Entry goal = loadClean(dir, result);
        assertThat(goal.goal().id()).isEqualTo("cook-at-home");
        assertThat(goal.goal().started()).isEqualTo(TODAY);
    }
}
