package org.smallwins.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.smallwins.insight.Comebacks;
import org.smallwins.insight.CumulativeWins;
import org.smallwins.insight.EntryRef;
import org.smallwins.insight.GoalProgress;
import org.smallwins.insight.Heatmap;
import org.smallwins.insight.Insights;
import org.smallwins.insight.Milestone;
import org.smallwins.insight.OnThisDay;
import org.smallwins.insight.Rewards;
import org.smallwins.insight.TagGrowth;
import org.smallwins.insight.ThenAndNow;
import org.smallwins.insight.WeeklyMomentum;
import org.smallwins.load.Slugs;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Goal;
import org.smallwins.model.Journal;
import org.smallwins.model.OptionalPages;
import org.smallwins.model.Permalinks;
import org.smallwins.render.chart.Chart;
import org.smallwins.render.chart.Charts;

/**
 * The "look how far you've come" pages: progress, a review of each year, milestones, goals, and the
 * glance on the home page. Everything comes from {@link Insights} (computed once, in linear time)
 * and a few more single passes over the entries; models are plain Maps, strings and numbers as
 * docs/theme-model.md documents. Labels with counts are made here so every "1 win" is singular and
 * every number is formatted for the journal's locale.
 */
final class ProgressPlanner {
    /** Weeks the momentum chart on the progress page shows: about half a year. */
    static final int MOMENTUM_WEEKS = 26;
    static final int RECENT_MILESTONES = 5;
    static final int RECENT_COMEBACKS = 6;
    static final int RECENT_REWARDS = 8;
    static final int YEAR_TAGS = 5;
    /** Calendars on a goal's page; earlier years get a line each. */
    static final int GOAL_CALENDARS = 3;
    /**
     * A goal's page shows the check-ins of the year up to its latest as cards, and the ones before
     * in a line per month: a goal kept daily for ten years was a page of 3,650 cards.
     */
    static final int GOAL_CARD_MONTHS = 12;
    /** Comebacks and rewards listed on a year's page (the counts cover them all). */
    static final int YEAR_ITEMS = 12;

    private final Journal journal;
    private final List<Map<String, Object>> views;
    private final Links links;
    private final Formats formats;
    private final Charts charts;
    private final Insights insights;
    private final LocalDate today;
    /** Entry views by URL, to turn an insight's reference back into the documented entry hash. */
    private final Map<String, Map<String, Object>> viewsByUrl;
    private final ChartMemo chartMemo;

    ProgressPlanner(Journal journal, Insights insights, List<Map<String, Object>> views, Links links, Formats formats,
                    ChartMemo chartMemo) {
        this.chartMemo = chartMemo;
        this.journal = journal;
        this.views = views;
        this.links = links;
        this.formats = formats;
        this.charts = new Charts(formats.locale());
        this.insights = insights;
        this.today = journal.today();
        this.viewsByUrl = new HashMap<>();
        for (Map<String, Object> view : views) {
            viewsByUrl.put((String) view.get("url"), view);
        }
    }

    Insights insights() {
        return insights;
    }

    /** The progress page. */
    Page progressPage() {
        return new Page(Permalinks.progress() + "index.html", "progress.ftlh", "progress",
                "Look how far you\u2019ve come", "progress", Map.of("progress", progress()));
    }

    /** A review of each year, oldest first. */
    List<Page> yearPages() {
        List<Page> pages = new ArrayList<>();
        for (Map<String, Object> review : years()) {
            int year = (Integer) review.get("year");
            pages.add(new Page(Permalinks.progressYear(year) + "index.html", "progress-year.ftlh", "progress-year",
                    year + " in review", "progress", Map.of("review", review)));
        }
        return pages;
    }

    /** Every milestone, on one page. */
    Page milestonesPage() {
        return new Page(Permalinks.milestones() + "index.html", "milestones.ftlh", "milestones", "Milestones",
                "progress", Map.of("milestones", milestonesByYear()));
    }

    /** The goals page, then a page for each goal (none without the progress pages). */
    List<Page> goalPages() {
        List<Map<String, Object>> goals = goals();
        List<Map<String, Object>> summaries = new ArrayList<>();
        for (Map<String, Object> goal : goals) {
            Map<String, Object> summary = new LinkedHashMap<>(goal);
            summary.remove("calendars");
            summary.remove("wins");
            summary.remove("earlierMonths");
            // Its links were made to work from the goal's page; the list is a folder higher.
            if (goal.get("descriptionHtml") instanceof String html) {
                summary.put("descriptionHtml", rebase(html,
                        Permalinks.goal(Slugs.slugify((String) goal.get("id"))) + "index.html",
                        Permalinks.goals() + "index.html"));
            }
            summaries.add(summary);
        }
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(Permalinks.goals() + "index.html", "goals.ftlh", "goals", "Goals", "goals",
                Map.of("goals", summaries)));
        if (!journal.settings().makes(OptionalPages.PROGRESS)) {
            return pages;
        }
        for (Map<String, Object> goal : goals) {
            String folder = Permalinks.goal(Slugs.slugify((String) goal.get("id")));
            pages.add(new Page(folder + "index.html", "goal.ftlh", "goal", (String) goal.get("title"), "goals",
                    Map.of("goal", goal)));
        }
        return pages;
    }

    // ---- the progress page ----

    private Map<String, Object> progress() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("totals", totals());
        put(m, "thenAndNow", thenAndNow());
        m.put("charts", progressCharts());
        List<Milestone> all = insights.milestones().items();
        List<Map<String, Object>> recent = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && recent.size() < RECENT_MILESTONES; i--) {
            recent.add(milestone(all.get(i)));
        }
        m.put("milestones", recent);
        m.put("milestonesCount", all.size());
        m.put("milestonesUrl", links.page(Permalinks.milestones()));
        m.put("comebacks", comebacks(insights.comebacks().items(), RECENT_COMEBACKS, true));
        m.put("onThisDay", onThisDay());
        List<Rewards.Reward> rewards = insights.rewards().items();
        m.put("rewards", rewards(rewards.subList(0, Math.min(RECENT_REWARDS, rewards.size()))));
        m.put("rewardsCount", rewards.size());
        m.put("tagGrowth", tagGrowth());
        List<Map<String, Object>> years = new ArrayList<>();
        for (Heatmap.Year year : insights.heatmap().years()) {
            years.add(Map.of("year", year.year(), "url", links.page(Permalinks.progressYear(year.year())),
                    "wins", year.wins(), "winsLabel", formats.count(year.wins(), "win", "wins")));
        }
        Collections.reverse(years);
        m.put("years", years);
        m.put("goalsUrl", links.page(Permalinks.goals()));
        return m;
    }

    private Map<String, Object> totals() {
        var t = insights.totals();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entries", t.entries());
        m.put("wins", t.wins());
        m.put("reflections", t.reflections());
        m.put("setbacks", t.setbacks());
        m.put("goals", t.goals());
        m.put("daysShowedUp", t.daysShowedUp());
        // Days with a win (CumulativeWins has a point for each): "N wins, written down on M days".
        int winDays = insights.cumulativeWins().points().size();
        m.put("winDays", winDays);
        m.put("weeksActive", t.weeksActive());
        m.put("journalAgeDays", t.journalAgeDays());
        m.put("entriesLabel", formats.count(t.entries(), "entry", "entries"));
        m.put("winsLabel", formats.count(t.wins(), "win", "wins"));
        m.put("reflectionsLabel", formats.count(t.reflections(), "reflection", "reflections"));
        m.put("setbacksLabel", formats.count(t.setbacks(), "setback", "setbacks"));
        m.put("goalsLabel", formats.count(t.goals(), "goal", "goals"));
        m.put("daysShowedUpLabel", formats.count(t.daysShowedUp(), "day", "days"));
        m.put("winDaysLabel", formats.count(winDays, "day", "days"));
        m.put("weeksActiveLabel", formats.count(t.weeksActive(), "week", "weeks"));
        m.put("journalAgeLabel", formats.count(t.journalAgeDays(), "day", "days"));
        if (t.firstEntry() != null) {
            m.put("firstDate", t.firstEntry().toString());
            m.put("firstDateLabel", formats.day(t.firstEntry()));
        }
        return m;
    }

    private Map<String, Object> thenAndNow() {
        ThenAndNow t = insights.thenAndNow();
        if (t.firstWindow() == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("then", period(t.firstWindow()));
        m.put("now", period(t.lastWindow()));
        m.put("overlap", t.windowsOverlap());
        m.put("fewerWinsNow", t.fewerWinsNow());
        m.put("lowerMoodNow", t.lowerMoodNow());
        put(m, "firstWin", entry(t.firstWin()));
        put(m, "latestWin", entry(t.latestWin()));
        put(m, "firstReflection", entry(t.firstReflection()));
        put(m, "latestReflection", entry(t.latestReflection()));
        List<Map<String, Object>> tags = new ArrayList<>();
        t.newTags().forEach(tag -> tags.add(Map.of("name", tag.name(), "url", tag.url())));
        m.put("newTags", tags);
        return m;
    }

    private Map<String, Object> period(ThenAndNow.Period p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", p.window().from().toString());
        m.put("fromLabel", formats.day(p.window().from()));
        m.put("to", p.window().to().toString());
        m.put("toLabel", formats.day(p.window().to()));
        m.put("days", p.window().days());
        m.put("daysLabel", formats.count(p.window().days(), "day", "days"));
        m.put("weekly", p.weekly());
        m.put("entries", p.entries());
        m.put("wins", p.wins());
        m.put("winsLabel", formats.count(p.wins(), "win", "wins"));
        m.put("winsPerWeekLabel", formats.decimal(p.winsPerWeek()));
        if (p.averageMood() != null) {
            m.put("averageMoodLabel", formats.decimal(p.averageMood()));
        }
        m.put("moods", p.moods());
        return m;
    }

    private Map<String, Object> progressCharts() {
        Map<String, Object> m = new LinkedHashMap<>();
        var totals = insights.totals();
        LocalDate from = totals.firstEntry() != null ? totals.firstEntry() : today;
        List<Charts.DayCount> winDays = winDays(insights.cumulativeWins());
        m.put("cumulative", chart(List.of("cumulative", winDays, from, today),
                () -> charts.cumulative("chart-cumulative", winDays, from, today)));
        List<WeeklyMomentum.Week> weeks = insights.momentum().weeks();
        List<WeeklyMomentum.Week> recent = weeks.subList(Math.max(0, weeks.size() - MOMENTUM_WEEKS), weeks.size());
        List<Charts.Week> recentWeeks = chartWeeks(recent);
        int rolling = insights.momentum().rollingWeeks();
        int averaged = Math.min(rolling, weeks.size());
        m.put("weekly", chart(List.of("weekly", recentWeeks, rolling, averaged),
                () -> charts.weekly("chart-weekly", recentWeeks, rolling, averaged)));
        Heatmap heatmap = insights.heatmap();
        if (!heatmap.years().isEmpty()) {
            Heatmap.Year year = heatmap.years().get(heatmap.years().size() - 1);
            m.put("calendar", calendar(year, heatmap.maxWinsInADay()));
        }
        List<Charts.Mood> moods = moods(null);
        if (!moods.isEmpty()) {
            m.put("mood", chart(List.of("mood", moods), () -> charts.mood("chart-mood", moods)));
        }
        return m;
    }

    private Map<String, Object> calendar(Heatmap.Year year, int max) {
        List<Charts.DayCount> days = new ArrayList<>(year.days().size());
        year.days().forEach(d -> days.add(new Charts.DayCount(d.date(), d.wins())));
        return chart(List.of("calendar", year.year(), days, max, insights.weekStart(), today),
                () -> charts.calendar("chart-calendar-" + year.year(), year.year(), days, max, insights.weekStart(),
                        today, "win", "wins"));
    }

    private static List<Charts.DayCount> winDays(CumulativeWins wins) {
        List<Charts.DayCount> days = new ArrayList<>(wins.points().size());
        wins.points().forEach(p -> days.add(new Charts.DayCount(p.date(), p.wins())));
        return days;
    }

    private static List<Charts.Week> chartWeeks(List<WeeklyMomentum.Week> weeks) {
        List<Charts.Week> out = new ArrayList<>(weeks.size());
        weeks.forEach(w -> out.add(new Charts.Week(w.start(), w.wins(), w.rollingAverage())));
        return out;
    }

    /** Moods written up to today, oldest first; only those of {@code year} when it is given. */
    private List<Charts.Mood> moods(Integer year) {
        List<Charts.Mood> moods = new ArrayList<>();
        for (Entry entry : journal.entries()) {
            if (entry.mood() != null && !entry.date().isAfter(today)
                    && (year == null || entry.date().getYear() == year)) {
                moods.add(new Charts.Mood(entry.date(), entry.mood()));
            }
        }
        return moods;
    }

    /**
     * A chart's model. {@code drawnFrom} lists everything the chart is drawn from: while those are the
     * same as in the last build (a preview server's rebuild after an edit elsewhere), the chart is
     * reused, not drawn again; drawing the calendars is most of planning these pages.
     */
    private Map<String, Object> chart(List<Object> drawnFrom, Supplier<Chart> draw) {
        return chartMemo.get(drawnFrom, () -> chart(draw.get()));
    }

    private static Map<String, Object> chart(Chart chart) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("svg", chart.svg());
        if (chart.narrowSvg() != null) {
            m.put("narrowSvg", chart.narrowSvg());
        }
        m.put("title", chart.title());
        m.put("summary", chart.summary());
        m.put("headers", chart.headers());
        m.put("rows", chart.rows());
        return m;
    }

    private Map<String, Object> milestone(Milestone milestone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", milestone.date().toString());
        m.put("dateLabel", formats.day(milestone.date()));
        m.put("kind", milestone.kind());
        m.put("label", milestone.label());
        put(m, "entry", entry(milestone.entry()));
        if (milestone.tag() != null) {
            m.put("tag", Map.of("name", milestone.tag().name(), "url", milestone.tag().url()));
        }
        if (milestone.goalId() != null) {
            m.put("goalUrl", links.page(Permalinks.goal(Slugs.slugify(milestone.goalId()))));
        }
        return m;
    }

    /** The newest {@code limit} comebacks (all when limit is 0), newest first, with the counts. */
    private Map<String, Object> comebacks(List<Comebacks.Comeback> items, int limit) {
        return comebacks(items, limit, false);
    }

    private Map<String, Object> comebacks(List<Comebacks.Comeback> items, int limit, boolean trend) {
        int cameBack = 0;
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = items.size() - 1; i >= 0; i--) {
            Comebacks.Comeback c = items.get(i);
            if (c.cameBack()) {
                cameBack++;
            }
            if (limit > 0 && out.size() >= limit) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "setback", entry(c.setback()));
            if (c.cameBack()) {
                m.put("win", entry(c.win()));
                m.put("days", c.days());
                m.put("daysLabel", c.days() == 0 ? "the same day"
                        : formats.count(c.days(), "day", "days") + " later");
            }
            out.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("setbacks", items.size());
        m.put("setbacksLabel", formats.count(items.size(), "setback", "setbacks"));
        m.put("cameBack", cameBack);
        m.put("notYet", items.size() - cameBack);
        m.put("notYetLabel", formats.count(items.size() - cameBack, "comeback", "comebacks"));
        Comebacks all = insights.comebacks();
        if (trend && all.trend() != null) {
            m.put("trend", all.trend());
            m.put("earlierMedianLabel", days(all.firstHalfMedianDays()));
            m.put("laterMedianLabel", days(all.secondHalfMedianDays()));
        }
        m.put("items", out);
        return m;
    }

    private String days(double days) {
        return days == Math.rint(days) ? formats.count((long) days, "day", "days") : formats.decimal(days) + " days";
    }

    private List<Map<String, Object>> rewards(List<Rewards.Reward> rewards) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Rewards.Reward r : rewards) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", r.text());
            put(m, "entry", entry(r.entry()));
            out.add(m);
        }
        return out;
    }

    private Map<String, Object> tagGrowth() {
        TagGrowth growth = insights.tagGrowth();
        Map<String, Object> m = new LinkedHashMap<>();
        if (growth.firstWindow() != null) {
            m.put("thenFromLabel", formats.day(growth.firstWindow().from()));
            m.put("thenToLabel", formats.day(growth.firstWindow().to()));
            m.put("nowFromLabel", formats.day(growth.lastWindow().from()));
            m.put("nowToLabel", formats.day(growth.lastWindow().to()));
        }
        List<Map<String, Object>> tags = new ArrayList<>();
        double most = 0;
        for (TagGrowth.TagWins t : growth.tags()) {
            most = Math.max(most, Math.max(t.firstWindowPerMonth(), t.lastWindowPerMonth()));
        }
        for (TagGrowth.TagWins t : growth.tags()) {
            Map<String, Object> tag = new LinkedHashMap<>();
            tag.put("name", t.tag().name());
            tag.put("url", t.tag().url());
            tag.put("wins", t.wins());
            tag.put("winsLabel", formats.count(t.wins(), "win", "wins"));
            tag.put("thenWins", t.firstWindowWins());
            tag.put("nowWins", t.lastWindowWins());
            tag.put("thenPerMonthLabel", formats.decimal(t.firstWindowPerMonth()));
            tag.put("nowPerMonthLabel", formats.decimal(t.lastWindowPerMonth()));
            // Used less lately than at first: the theme says a quieter stretch rather than a lower
            // rate beside the first, which would read as a fall.
            tag.put("fewerNow", t.lastWindowWins() > 0 && t.lastWindowPerMonth() < t.firstWindowPerMonth());
            // Bar lengths as whole percentages of the largest rate shown, for the theme's CSS.
            tag.put("thenPercent", most == 0 ? 0 : (int) Math.round(100 * t.firstWindowPerMonth() / most));
            tag.put("nowPercent", most == 0 ? 0 : (int) Math.round(100 * t.lastWindowPerMonth() / most));
            tags.add(tag);
        }
        m.put("tags", tags);
        return m;
    }

    // ---- on this day ----

    private Map<String, Object> onThisDay() {
        OnThisDay otd = insights.onThisDay();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", today.toString());
        m.put("dateLabel", formats.day(today));
        List<Map<String, Object>> memories = new ArrayList<>();
        for (OnThisDay.Memory memory : otd.entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("yearsAgo", memory.yearsAgo());
            item.put("yearsAgoLabel", formats.count(memory.yearsAgo(), "year", "years") + " ago");
            put(item, "entry", entry(memory.entry()));
            memories.add(item);
        }
        m.put("entries", memories);
        put(m, "yearAgo", yearAgo(otd.yearAgo()));
        List<Map<String, Object>> index = new ArrayList<>();
        List<Map<String, Object>> types = new ArrayList<>();
        m.put("indexJson", dateIndexJson(index, types));
        m.put("index", index);
        m.put("types", types);
        return m;
    }

    private Map<String, Object> yearAgo(OnThisDay.YearAgo yearAgo) {
        if (yearAgo == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", yearAgo.date().toString());
        m.put("dateLabel", formats.day(yearAgo.date()));
        m.put("offsetDays", yearAgo.offsetDays());
        List<Map<String, Object>> entries = new ArrayList<>();
        yearAgo.entries().forEach(ref -> put(entries, entry(ref)));
        m.put("entries", entries);
        return m;
    }

    /**
     * Every entry up to today by month and day, for the page's script to find "on this day" for the
     * reader's own date: {@code {"today":"2026-11-24","days":[["11-24",2024,0,2025,1]]}}, each day its
     * key, then a year and a type (a place in {@code types}) per entry. {@code index} gets the entries'
     * views in the same order, day after day, so a place in it need not be written: the page lists
     * them as links, written (and, on an encrypted site, renamed) as every other link of the page is,
     * and the index holds no address. One pair of numbers per entry keeps the page small in a
     * journal of many years. It goes inline in the page (never a separate file, which would sit
     * beside an encrypted page unencrypted).
     */
    String dateIndexJson(List<Map<String, Object>> index, List<Map<String, Object>> types) {
        TreeMap<String, List<Integer>> days = new TreeMap<>();
        for (int i = 0; i < journal.entries().size(); i++) {
            if (!journal.entries().get(i).date().isAfter(today)) {
                days.computeIfAbsent(dayKey(journal.entries().get(i).date()), k -> new ArrayList<>()).add(i);
            }
        }
        Map<EntryType, Integer> typePlaces = new EnumMap<>(EntryType.class);
        StringBuilder out = new StringBuilder(64 + 12 * days.size() + 8 * journal.entries().size());
        out.append("{\"today\":\"").append(today).append("\",\"days\":[");
        boolean firstDay = true;
        for (Map.Entry<String, List<Integer>> day : days.entrySet()) {
            out.append(firstDay ? "" : ",").append("[\"").append(day.getKey()).append('"');
            firstDay = false;
            for (int i : day.getValue()) {
                Entry entry = journal.entries().get(i);
                Integer type = typePlaces.get(entry.type());
                if (type == null) {
                    type = types.size();
                    typePlaces.put(entry.type(), type);
                    types.add(Map.of("type", entry.type().id(), "typeLabel", entry.type().label()));
                }
                out.append(',').append(entry.date().getYear()).append(',').append(type);
                index.add(views.get(i));
            }
            out.append(']');
        }
        return out.append("]}").toString();
    }

    private static String dayKey(LocalDate date) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        return (month < 10 ? "0" : "") + month + (day < 10 ? "-0" : "-") + day;
    }

    // ---- years in review ----

    /** One review per year from the first entry's year to this year, oldest first. */
    private List<Map<String, Object>> years() {
        Heatmap heatmap = insights.heatmap();
        if (heatmap.years().isEmpty()) {
            return List.of();
        }
        int first = heatmap.firstYear();
        int last = heatmap.lastYear();
        int n = last - first + 1;
        int[][] counts = new int[n][EntryType.values().length];
        int[] days = new int[n];
        LocalDate lastDay = null;
        List<List<Map<String, Object>>> rewards = new ArrayList<>();
        List<Map<String, Integer>> tagWins = new ArrayList<>();
        List<Map<String, String>> tagNames = new ArrayList<>();
        Map<String, Object>[] firstWin = newMaps(n);
        Map<String, Object>[] latestWin = newMaps(n);
        // The years of the timeline's pages: every entry's, after today too.
        Set<Integer> timelineYears = new HashSet<>();
        for (Entry entry : journal.entries()) {
            timelineYears.add(entry.date().getYear());
        }
        for (int y = 0; y < n; y++) {
            rewards.add(new ArrayList<>());
            tagWins.add(new LinkedHashMap<>());
            tagNames.add(new HashMap<>());
        }
        // One pass over the entries for every year's counts.
        for (int i = 0; i < journal.entries().size(); i++) {
            Entry entry = journal.entries().get(i);
            if (entry.date().isAfter(today) || entry.date().getYear() < first) {
                continue;
            }
            int y = entry.date().getYear() - first;
            counts[y][entry.type().ordinal()]++;
            if (!entry.date().equals(lastDay)) {
                days[y]++;
                lastDay = entry.date();
            }
            if (entry.reward() != null && !entry.reward().isBlank()) {
                rewards.get(y).add(Map.of("text", entry.reward().strip(), "entry", views.get(i)));
            }
            if (entry.is(EntryType.WIN)) {
                if (firstWin[y] == null) {
                    firstWin[y] = views.get(i);
                }
                latestWin[y] = views.get(i);
                Set<String> once = new HashSet<>();
                for (String tag : entry.tags()) {
                    String slug = Slugs.slugify(tag);
                    if (!slug.isEmpty() && once.add(slug)) {
                        tagWins.get(y).merge(slug, 1, Integer::sum);
                        tagNames.get(y).putIfAbsent(slug, tag);
                    }
                }
            }
        }
        List<List<Map<String, Object>>> milestones = new ArrayList<>();
        List<List<Comebacks.Comeback>> comebacks = new ArrayList<>();
        for (int y = 0; y < n; y++) {
            milestones.add(new ArrayList<>());
            comebacks.add(new ArrayList<>());
        }
        for (Milestone milestone : insights.milestones().items()) {
            milestones.get(milestone.date().getYear() - first).add(milestone(milestone));
        }
        // Collected oldest first (appending keeps this linear); shown newest first.
        for (int y = 0; y < n; y++) {
            Collections.reverse(milestones.get(y));
            Collections.reverse(rewards.get(y));
        }
        for (Comebacks.Comeback c : insights.comebacks().items()) {
            comebacks.get(c.setback().date().getYear() - first).add(c);
        }
        List<List<Charts.Week>> weeks = new ArrayList<>();
        for (int y = 0; y < n; y++) {
            weeks.add(new ArrayList<>());
        }
        // How many weeks each year's last average covers: fewer than the rolling weeks in the journal's first weeks.
        int[] averaged = new int[n];
        List<WeeklyMomentum.Week> allWeeks = insights.momentum().weeks();
        for (int i = 0; i < allWeeks.size(); i++) {
            WeeklyMomentum.Week w = allWeeks.get(i);
            // A week belongs to the year its last day is in, so a year's first week holds its 1 January.
            int y = w.start().plusDays(6).getYear() - first;
            if (y >= 0 && y < n) {
                weeks.get(y).add(new Charts.Week(w.start(), w.wins(), w.rollingAverage()));
                averaged[y] = Math.min(insights.momentum().rollingWeeks(), i + 1);
            }
        }
        List<Charts.Mood> allMoods = moods(null);
        List<Map<String, Object>> reviews = new ArrayList<>();
        int moodIndex = 0;
        for (int y = 0; y < n; y++) {
            int year = first + y;
            Heatmap.Year heat = heatmap.years().get(y);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", year);
            m.put("current", year == today.getYear());
            m.put("wins", heat.wins());
            m.put("winsLabel", formats.count(heat.wins(), "win", "wins"));
            int reflections = counts[y][EntryType.REFLECTION.ordinal()];
            int setbacks = counts[y][EntryType.SETBACK.ordinal()];
            m.put("reflections", reflections);
            m.put("reflectionsLabel", formats.count(reflections, "reflection", "reflections"));
            m.put("setbacks", setbacks);
            m.put("setbacksLabel", formats.count(setbacks, "setback", "setbacks"));
            m.put("daysShowedUp", days[y]);
            m.put("daysShowedUpLabel", formats.count(days[y], "day", "days"));
            m.put("winDays", heat.days().size());
            m.put("winDaysLabel", formats.count(heat.days().size(), "day", "days"));
            put(m, "firstWin", firstWin[y]);
            put(m, "latestWin", latestWin[y]);
            Map<String, Object> yearCharts = new LinkedHashMap<>();
            yearCharts.put("calendar", calendar(heat, heatmap.maxWinsInADay()));
            List<Charts.Week> yearWeeks = weeks.get(y);
            int rolling = insights.momentum().rollingWeeks();
            int yearAveraged = averaged[y];
            yearCharts.put("weekly", chart(List.of("weekly", year, yearWeeks, rolling, yearAveraged),
                    () -> charts.weekly("chart-weekly-" + year, yearWeeks, rolling, yearAveraged)));
            List<Charts.Mood> moods = new ArrayList<>();
            while (moodIndex < allMoods.size() && allMoods.get(moodIndex).date().getYear() == year) {
                moods.add(allMoods.get(moodIndex++));
            }
            if (!moods.isEmpty()) {
                yearCharts.put("mood", chart(List.of("mood", year, moods), () -> charts.mood("chart-mood-" + year, moods)));
            }
            m.put("charts", yearCharts);
            m.put("milestones", milestones.get(y));
            m.put("comebacks", comebacks(comebacks.get(y), YEAR_ITEMS));
            List<Map<String, Object>> yearRewards = rewards.get(y);
            m.put("rewards", yearRewards.subList(0, Math.min(YEAR_ITEMS, yearRewards.size())));
            m.put("rewardsCount", yearRewards.size());
            List<Map<String, Object>> tags = new ArrayList<>();
            int year0 = y;
            tagWins.get(y).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(YEAR_TAGS)
                    .forEach(e -> tags.add(Map.of("name", tagNames.get(year0).get(e.getKey()),
                            "url", links.page(Permalinks.tag(e.getKey())), "wins", e.getValue(),
                            "winsLabel", formats.count(e.getValue(), "win", "wins"))));
            m.put("tags", tags);
            // A year without entries (a gap, or a new year not yet written in) has no timeline page.
            if (timelineYears.contains(year)) {
                m.put("timelineUrl", links.page(Permalinks.timelineYear(null, year)));
            }
            reviews.add(m);
        }
        List<Map<String, Object>> nav = new ArrayList<>();
        for (int y = n - 1; y >= 0; y--) {
            nav.add(Map.of("year", first + y, "url", links.page(Permalinks.progressYear(first + y))));
        }
        for (Map<String, Object> review : reviews) {
            List<Map<String, Object>> years = new ArrayList<>();
            for (Map<String, Object> item : nav) {
                years.add(Map.of("year", item.get("year"), "url", item.get("url"),
                        "current", item.get("year").equals(review.get("year"))));
            }
            review.put("years", years);
            review.put("progressUrl", links.page(Permalinks.progress()));
        }
        return reviews;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] newMaps(int n) {
        return (Map<String, Object>[]) new Map[n];
    }

    // ---- milestones ----

    /** Every milestone, grouped by year, newest year and newest milestone first. */
    private List<Map<String, Object>> milestonesByYear() {
        TreeMap<Integer, List<Map<String, Object>>> byYear = new TreeMap<>();
        for (Milestone milestone : insights.milestones().items()) {
            byYear.computeIfAbsent(milestone.date().getYear(), y -> new ArrayList<>()).add(milestone(milestone));
        }
        byYear.values().forEach(Collections::reverse);
        List<Map<String, Object>> years = new ArrayList<>();
        byYear.descendingMap().forEach((year, items) -> years.add(Map.of("year", year, "count", items.size(),
                "countLabel", formats.count(items.size(), "milestone", "milestones"), "items", items,
                "reviewUrl", links.page(Permalinks.progressYear(year)))));
        return years;
    }

    // ---- goals ----

    private List<Map<String, Object>> goals() {
        // Check-ins by goal id in one pass, as entry indexes (for the cards).
        Map<String, List<Integer>> checkIns = new HashMap<>();
        for (int i = 0; i < journal.entries().size(); i++) {
            Entry entry = journal.entries().get(i);
            if (entry.is(EntryType.WIN) && !entry.date().isAfter(today)) {
                for (String id : entry.goals()) {
                    checkIns.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Map<String, Object>> goals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GoalProgress g : insights.goals()) {
            String slug = Slugs.slugify(g.id());
            // Two goal entries with one id are one goal (the first, as entry pages link them).
            if (slug.isEmpty() || !seen.add(slug)) {
                continue;
            }
            goals.add(goal(g, slug, checkIns.getOrDefault(g.id(), List.of())));
        }
        return goals;
    }

    /** Check-ins (by day, oldest first) before {@code firstCardMonth} counted by month, newest month first. */
    private List<Map<String, Object>> checkInsByMonth(List<Charts.DayCount> days, YearMonth firstCardMonth) {
        TreeMap<YearMonth, Integer> perMonth = new TreeMap<>();
        for (Charts.DayCount d : days) {
            YearMonth month = YearMonth.from(d.date());
            if (month.isBefore(firstCardMonth)) {
                perMonth.merge(month, d.count(), Integer::sum);
            }
        }
        List<Map<String, Object>> months = new ArrayList<>();
        perMonth.descendingMap().forEach((month, count) -> months.add(Map.of("label", formats.month(month),
                "year", month.getYear(), "month", month.getMonthValue(), "checkIns", count,
                "checkInsLabel", formats.count(count, "check-in", "check-ins"))));
        return months;
    }

    private Map<String, Object> goal(GoalProgress g, String slug, List<Integer> checkInIndexes) {
        String unit = switch (g.cadence()) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
        };
        String units = unit + "s";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("title", g.goal().title());
        Map<String, Object> entry = entry(g.goal());
        // Without the progress pages there is no page per goal: the goals list links to the goal's entry.
        m.put("url", journal.settings().makes(OptionalPages.PROGRESS) || entry == null
                ? links.page(Permalinks.goal(slug)) : entry.get("url"));
        m.put("goalsUrl", links.page(Permalinks.goals()));
        put(m, "entry", entry);
        if (entry != null && entry.get("html") instanceof String html) {
            m.put("descriptionHtml", rebase(html, g.goal().url(), Permalinks.goal(slug) + "index.html"));
        }
        String status = g.status().name().toLowerCase(Locale.ROOT);
        m.put("status", status);
        m.put("statusLabel", switch (g.status()) {
            case ACTIVE -> "Going";
            case PAUSED -> "Resting for now";
            case REACHED -> "Reached";
        });
        m.put("statusNote", switch (g.status()) {
            case ACTIVE -> "One " + unit + " at a time.";
            case PAUSED -> "Paused is not stopped. Everything you did still counts, and it is here whenever you want to pick it up.";
            case REACHED -> "You got there. Every check-in along the way counted.";
        });
        m.put("cadence", g.cadence().name().toLowerCase(Locale.ROOT));
        m.put("unit", unit);
        m.put("target", g.target());
        m.put("targetLabel", (g.target() == 1 ? "Once" : g.target() == 2 ? "Twice" : formats.count(g.target(), "time", "times")) + " a " + unit);
        m.put("started", g.started().toString());
        m.put("startedLabel", formats.day(g.started()));
        m.put("checkIns", g.checkIns());
        m.put("checkInsLabel", formats.count(g.checkIns(), "check-in", "check-ins"));
        m.put("periodsMet", g.periodsMet());
        m.put("periodsMetLabel", formats.count(g.periodsMet(), unit, units));
        m.put("currentRun", g.currentRun());
        m.put("currentRunLabel", formats.count(g.currentRun(), unit, units));
        m.put("longestRun", g.longestRun());
        m.put("longestRunLabel", formats.count(g.longestRun(), unit, units));
        // The check-ins that counted: from the goal's start, as GoalProgress counts them.
        List<Charts.DayCount> days = new ArrayList<>();
        List<Map<String, Object>> wins = new ArrayList<>();
        for (int i : checkInIndexes) {
            LocalDate date = journal.entries().get(i).date();
            if (date.isBefore(g.started())) {
                continue;
            }
            wins.add(views.get(i));
            if (!days.isEmpty() && days.get(days.size() - 1).date().equals(date)) {
                days.set(days.size() - 1, new Charts.DayCount(date, days.get(days.size() - 1).count() + 1));
            } else {
                days.add(new Charts.DayCount(date, 1));
            }
        }
        List<Map<String, Object>> earlierMonths = List.of();
        if (!days.isEmpty()) {
            YearMonth firstCardMonth = YearMonth.from(days.get(days.size() - 1).date()).minusMonths(GOAL_CARD_MONTHS - 1);
            earlierMonths = checkInsByMonth(days, firstCardMonth);
            int earlier = 0;
            for (Map<String, Object> month : earlierMonths) {
                earlier += (Integer) month.get("checkIns");
            }
            // The wins and the days are in the same order, oldest first.
            wins = new ArrayList<>(wins.subList(earlier, wins.size()));
        }
        Collections.reverse(wins);
        m.put("wins", wins);
        m.put("earlierMonths", earlierMonths);
        int max = 0;
        for (Charts.DayCount d : days) {
            max = Math.max(max, d.count());
        }
        // A calendar for each of the latest years with check-ins (or this year, before the first),
        // and the years before them in a line each: a long-kept goal stays a light page.
        List<Map<String, Object>> calendars = new ArrayList<>();
        List<Map<String, Object>> earlier = new ArrayList<>();
        TreeMap<Integer, Integer> perYear = new TreeMap<>();
        for (Charts.DayCount d : days) {
            perYear.merge(d.date().getYear(), d.count(), Integer::sum);
        }
        if (perYear.isEmpty()) {
            perYear.put(g.status() == Goal.Status.ACTIVE ? today.getYear() : g.started().getYear(), 0);
        }
        int most = max;
        // Only a goal's own page shows its calendars: without the progress pages none are drawn.
        boolean drawn = journal.settings().makes(OptionalPages.PROGRESS);
        int calendarYears = 0;
        for (Map.Entry<Integer, Integer> year : perYear.descendingMap().entrySet()) {
            if (calendarYears < GOAL_CALENDARS) {
                calendarYears++;
                int y = year.getKey();
                if (drawn) {
                    calendars.add(chart(List.of("goal calendar", y, days, most, insights.weekStart(), today),
                            () -> charts.calendar("chart-goal-" + y, y, days, most, insights.weekStart(), today,
                                    "check-in", "check-ins")));
                }
            } else {
                earlier.add(Map.of("year", year.getKey(), "checkIns", year.getValue(),
                        "checkInsLabel", formats.count(year.getValue(), "check-in", "check-ins")));
            }
        }
        m.put("earlierYears", earlier);
        m.put("calendars", calendars);
        if (!days.isEmpty()) {
            LocalDate latest = days.get(days.size() - 1).date();
            m.put("latestCheckIn", latest.toString());
            m.put("latestCheckInLabel", formats.day(latest));
            m.put("sinceLatestDays", ChronoUnit.DAYS.between(latest, today));
        }
        return m;
    }

    /**
     * An entry body shown on another page: its links to the site start from the entry page's root
     * ("../../../../"), so they are rewritten to start from the other page's root.
     */
    static String rebase(String html, String fromUrl, String toPath) {
        String from = Links.root(fromUrl);
        String to = Links.root(toPath);
        return html.replace("href=\"" + from, "href=\"" + to).replace("src=\"" + from, "src=\"" + to);
    }

    // ---- the home page's glance ----

    /** This week, the latest milestone and a year ago today, for the home page. */
    Map<String, Object> glance() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<WeeklyMomentum.Week> weeks = insights.momentum().weeks();
        int weekWins = weeks.isEmpty() ? 0 : weeks.get(weeks.size() - 1).wins();
        m.put("weekWins", weekWins);
        m.put("weekWinsLabel", formats.count(weekWins, "win", "wins"));
        List<Milestone> milestones = insights.milestones().items();
        if (!milestones.isEmpty()) {
            m.put("milestone", milestone(milestones.get(milestones.size() - 1)));
        }
        put(m, "yearAgo", yearAgo(insights.onThisDay().yearAgo()));
        if (journal.settings().makes(OptionalPages.PROGRESS)) {
            m.put("progressUrl", links.page(Permalinks.progress()));
            m.put("milestonesUrl", links.page(Permalinks.milestones()));
        }
        return m;
    }

    private Map<String, Object> entry(EntryRef ref) {
        return ref == null ? null : viewsByUrl.get(ref.url());
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void put(List<Map<String, Object>> list, Map<String, Object> value) {
        if (value != null) {
            list.add(value);
        }
    }
}
