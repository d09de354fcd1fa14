package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.config.SettingsLoader;
import org.smallwins.insight.Insights;
import org.smallwins.load.JournalLoader;
import org.smallwins.markdown.MarkdownRenderer;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.problem.ProblemList;

/** The progress pages as planned: which pages exist, and that their models hold the journal's figures. */
class ProgressPagesTest {
    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @TempDir
    Path tmp;

    static String entry(String type, String date, String title, String... more) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n" + String.join("\n", more) + (more.length > 0 ? "\n" : "")
                + "---\nWritten on " + date + ".\n";
    }

    /** A journal over two years: a paused weekly goal, a setback and the win after it, moods, a reward. */
    private Map<String, Page> plan(String locale) {
        JournalFiles.write(tmp,
                "journal.yml", "title: Test\nlocale: " + locale + "\nweekStart: monday\n",
                "content/wins/2024-03-10-first.md", entry("win", "2024-03-10", "First step", "tags: [walk]", "mood: 2"),
                "content/reflections/2024-12-31-look.md", entry("reflection", "2024-12-31", "Looking back",
                        "reward: a long bath", "mood: 3"),
                "content/goals/2025-01-06-walk.md", "---\ntitle: Walk twice a week\ndate: 2025-01-06\nid: walk\n"
                        + "cadence: weekly\ntarget: 2\nstatus: paused\nstarted: 2025-01-06\n---\nAny walk counts, "
                        + "like [the first](../wins/2024-03-10-first.md).\n",
                "content/wins/2025-01-07-a.md", entry("win", "2025-01-07", "Walk A", "goal: walk", "tags: [walk]"),
                "content/wins/2025-01-09-b.md", entry("win", "2025-01-09", "Walk B", "goal: walk", "mood: 4"),
                "content/wins/2025-01-14-c.md", entry("win", "2025-01-14", "Walk C", "goal: walk"),
                "content/setbacks/2025-01-15-low.md", entry("setback", "2025-01-15", "A low day"),
                "content/wins/2025-01-20-d.md", entry("win", "2025-01-20", "Walk D", "goal: walk"),
                "content/wins/2025-01-22-e.md", entry("win", "2025-01-22", "Walk </script> E", "goal: walk",
                        "mood: 4"));
        SettingsLoader.Result settings = SettingsLoader.load(tmp);
        assertThat(settings.problems()).isEmpty();
        JournalSettings s = settings.settings();
        ProblemList problems = new ProblemList();
        Journal journal = new JournalLoader(tmp, s).load(new JournalLoader.Selection(false, false), TODAY, problems);
        Formats formats = new Formats(s.locale());
        Links links = new Links(s.prettyLinks());
        List<Map<String, Object>> views = new EntryViews(new MarkdownRenderer(), formats, links, "content/")
                .build(journal, problems, new RenderCache()).stream().map(RenderCache.View::view).toList();
        assertThat(problems.hasErrors()).isFalse();
        return new PagePlanner(journal, Insights.compute(journal), views, links, formats,
                new ChartMemo(), new SearchIndex()).plan().stream()
                .collect(Collectors.toMap(Page::path, Function.identity()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Test
    void everyYearAndGoalHasAPage() {
        Map<String, Page> pages = plan("en-GB");
        assertThat(pages).containsKeys("progress/index.html", "progress/2024/index.html", "progress/2025/index.html",
                "milestones/index.html", "goals/index.html", "goals/walk/index.html");
        assertThat(pages.get("progress/index.html").template()).isEqualTo("progress.ftlh");
        assertThat(pages.get("goals/walk/index.html").section()).isEqualTo("goals");
        assertThat(pages.keySet().stream().filter(p -> p.startsWith("progress/"))).hasSize(3);
    }

    @Test
    void progressModelHoldsTheFigures() {
        Map<String, Object> p = map(plan("en-GB").get("progress/index.html").model().get("progress"));
        Map<String, Object> totals = map(p.get("totals"));
        assertThat(totals).containsEntry("wins", 6).containsEntry("winsLabel", "6 wins")
                .containsEntry("setbacksLabel", "1 setback").containsEntry("firstDate", "2024-03-10");

        Map<String, Object> comebacks = map(p.get("comebacks"));
        assertThat(comebacks).containsEntry("setbacks", 1).containsEntry("cameBack", 1);
        Map<String, Object> comeback = list(comebacks.get("items")).get(0);
        assertThat(comeback).containsEntry("daysLabel", "5 days later");
        assertThat(map(comeback.get("win"))).containsEntry("title", "Walk D");

        Map<String, Object> onThisDay = map(p.get("onThisDay"));
        Map<String, Object> memory = list(onThisDay.get("entries")).get(0);
        assertThat(memory).containsEntry("yearsAgoLabel", "1 year ago");
        assertThat(map(memory.get("entry"))).containsEntry("title", "First step");
        assertThat(list(map(onThisDay.get("yearAgo")).get("entries"))).extracting(e -> e.get("title"))
                .containsExactly("First step");
        String json = (String) onThisDay.get("indexJson");
        List<Map<String, Object>> index = list(onThisDay.get("index"));
        List<Map<String, Object>> types = list(onThisDay.get("types"));
        // Each day its key, then a year and a type per entry; the index holds the entries' views in
        // that order, which the page lists as links, so the JSON needs no place and no address.
        assertThat(json).startsWith("{\"today\":\"2025-03-10\",\"days\":[").contains("[\"03-10\",2024,")
                .doesNotContain("First step").doesNotContain("index.html");
        assertThat(index).filteredOn(e -> "First step".equals(e.get("title")))
                .singleElement().satisfies(e -> assertThat(e).containsEntry("url", "2024/03/10/first/index.html"));
        assertThat(index).extracting(e -> e.get("title")).contains("Walk </script> E");
        assertThat(types).extracting(t -> t.get("type")).doesNotHaveDuplicates().contains("win", "setback");
        assertThat(types).contains(Map.of("type", "win", "typeLabel", "Win"));
        Matcher days = Pattern.compile("\\[\"(\\d\\d-\\d\\d)\"((?:,\\d+)*)]").matcher(json);
        int place = 0;
        while (days.find()) {
            String[] numbers = days.group(2).substring(1).split(",");
            for (int i = 0; i < numbers.length; i += 2) {
                Map<String, Object> entry = index.get(place++);
                assertThat((String) entry.get("date")).isEqualTo(numbers[i] + "-" + days.group(1));
                assertThat(entry.get("type")).isEqualTo(types.get(Integer.parseInt(numbers[i + 1])).get("type"));
            }
        }
        assertThat(place).isEqualTo(index.size()).isPositive();

        assertThat(list(p.get("rewards"))).extracting(r -> r.get("text")).containsExactly("a long bath");
        Map<String, Object> charts = map(p.get("charts"));
        assertThat(charts).containsKeys("cumulative", "weekly", "calendar", "mood");
        assertThat((String) map(charts.get("cumulative")).get("svg")).startsWith("<svg").contains("6 wins");
        assertThat((String) map(charts.get("mood")).get("summary")).contains("4 entries");
        assertThat(list(p.get("years"))).extracting(y -> y.get("year")).containsExactly(2025, 2024);
    }

    @Test
    void yearReviewsCountTheirOwnYearWithSingularLabels() {
        Map<String, Page> pages = plan("en-GB");
        Map<String, Object> y2024 = map(pages.get("progress/2024/index.html").model().get("review"));
        assertThat(y2024).containsEntry("year", 2024).containsEntry("winsLabel", "1 win")
                .containsEntry("reflectionsLabel", "1 reflection").containsEntry("current", false);
        assertThat(list(y2024.get("rewards"))).hasSize(1);
        assertThat(map(map(y2024.get("comebacks"))).get("items")).asList().isEmpty();
        Map<String, Object> y2025 = map(pages.get("progress/2025/index.html").model().get("review"));
        assertThat(y2025).containsEntry("winsLabel", "5 wins").containsEntry("current", true);
        assertThat(list(map(y2025.get("comebacks")).get("items"))).hasSize(1);
        assertThat(list(y2025.get("years"))).filteredOn(y -> Boolean.TRUE.equals(y.get("current")))
                .extracting(y -> y.get("year")).containsExactly(2025);
    }

    @Test
    void aPausedGoalKeepsWhatItCountedAndMissedWeeksAreSimplyNotCounted() {
        Map<String, Object> goal = map(plan("en-GB").get("goals/walk/index.html").model().get("goal"));
        assertThat(goal).containsEntry("status", "paused").containsEntry("statusLabel", "Resting for now")
                .containsEntry("targetLabel", "Twice a week")
                .containsEntry("checkInsLabel", "5 check-ins")
                .containsEntry("periodsMet", 2).containsEntry("periodsMetLabel", "2 weeks")
                .containsEntry("currentRunLabel", "1 week").containsEntry("longestRunLabel", "1 week");
        assertThat(list(goal.get("wins"))).extracting(w -> w.get("title"))
                .containsExactly("Walk </script> E", "Walk D", "Walk C", "Walk B", "Walk A");
        assertThat(list(goal.get("calendars"))).hasSize(1);
        assertThat((String) list(goal.get("calendars")).get(0).get("summary"))
                .isEqualTo("2025: 5 check-ins on 5 days.");
        assertThat(map(goal.get("entry"))).containsEntry("title", "Walk twice a week");
        // The description's links start from the goal page, two folders deep, not the entry's four.
        assertThat((String) goal.get("descriptionHtml")).contains("href=\"../../2024/03/10/first/index.html\"");
        assertThat((String) map(goal.get("entry")).get("html")).contains("href=\"../../../../2024/03/10/first/index.html\"");
    }

    @Test
    void theGoalsListGivesEachDescriptionWithLinksFromItsOwnFolder() {
        Map<String, Object> walk = list(plan("en-GB").get("goals/index.html").model().get("goals")).get(0);
        // The goals list is one folder deep: one step back to the root, where the goal's page needs two.
        assertThat((String) walk.get("descriptionHtml")).contains("href=\"../2024/03/10/first/index.html\"")
                .doesNotContain("../../");
    }

    @Test
    void theHomePageGetsAGlance() {
        Map<String, Object> glance = map(plan("en-GB").get("index.html").model().get("glance"));
        assertThat(glance).containsEntry("progressUrl", "progress/index.html").containsEntry("weekWins", 0);
        assertThat(list(map(glance.get("yearAgo")).get("entries"))).extracting(e -> e.get("title"))
                .containsExactly("First step");
        assertThat(map(glance.get("milestone"))).containsKey("label");
    }

    @Test
    void numbersFollowTheJournalsLocale() {
        Map<String, Object> p = map(plan("de-DE").get("progress/index.html").model().get("progress"));
        Map<String, Object> then = map(map(p.get("thenAndNow")).get("then"));
        assertThat((String) then.get("winsPerWeekLabel")).contains(",");
        assertThat(map(p.get("totals"))).containsEntry("firstDateLabel", "10. März 2024");
    }
}
