package org.smallwins.render;

import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.smallwins.insight.Insights;
import org.smallwins.load.Slugs;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.model.OptionalPages;
import org.smallwins.model.Permalinks;
import org.smallwins.parallel.InParallel;

/**
 * Decides every page of the site and what each shows. Lists (timelines, tags) come from indexes
 * made in one pass over the entries, never from a scan per page, so cost grows with the journal,
 * not with its square.
 */
final class PagePlanner {
    static final int RECENT = 12;
    static final int RECENT_WINS = 5;
    /**
     * A tag on more entries than this gets a page per year, its newest year at the tag's own
     * address, as the timeline has: a tag written every day for ten years was one page of 3,650
     * cards (5 MB), too slow to open on a phone. Under it, one page reads better than years of a
     * few entries each.
     */
    static final int TAG_ENTRIES_ON_ONE_PAGE = 100;
    /** The types with a timeline of their own; goals get theirs from the progress pages. */
    static final List<EntryType> TIMELINE_TYPES = List.of(EntryType.WIN, EntryType.REFLECTION, EntryType.SETBACK);

    private final Journal journal;
    private final Insights insights;
    private final List<Map<String, Object>> views;
    private final Links links;
    private final Formats formats;
    private final ChartMemo charts;
    private final SearchIndex searchIndex;

    /** {@code charts} and {@code searchIndex} keep what this plan makes for the next one, where one follows. */
    PagePlanner(Journal journal, Insights insights, List<Map<String, Object>> views, Links links, Formats formats,
                ChartMemo charts, SearchIndex searchIndex) {
        this.charts = charts;
        this.searchIndex = searchIndex;
        this.journal = journal;
        this.insights = insights;
        this.views = views;
        this.links = links;
        this.formats = formats;
    }

    List<Page> plan() {
        // The groups of pages are planned from the same read-only journal, views and insights, and
        // not from each other: each thread takes the next group as it finishes one (the calling
        // thread too), largest first, and the pages are then listed in a fixed order. The progress
        // pages are three groups, not one: with one, one core made them while the other, done,
        // waited (0.4 s at 10,000 entries).
        ProgressPlanner progress = new ProgressPlanner(journal, insights, views, links, formats, charts);
        boolean progressPages = journal.settings().makes(OptionalPages.PROGRESS);
        Supplier<List<Page>> search = () -> makesSearch() ? List.of(search()) : List.of();
        Supplier<List<Page>> goals = progress::goalPages;
        Supplier<List<Page>> homeProgressMilestones = () -> progressPages
                ? List.of(home(progress), progress.progressPage(), progress.milestonesPage())
                : List.of(home(progress));
        Supplier<List<Page>> years = () -> progressPages ? progress.yearPages() : List.of();
        Supplier<List<Page>> entriesAndTimelines = () -> {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < journal.entries().size(); i++) {
                pages.add(entryPage(i));
            }
            pages.addAll(timelinePages(null));
            for (EntryType type : TIMELINE_TYPES) {
                pages.addAll(timelinePages(type));
            }
            return pages;
        };
        Supplier<List<Page>> tags = this::tagPages;
        List<Supplier<List<Page>>> largestFirst = List.of(search, goals, homeProgressMilestones, years,
                entriesAndTimelines, tags);
        List<List<Page>> planned = InParallel.map(largestFirst, Supplier::get);
        Function<Supplier<List<Page>>, List<Page>> pagesOf = group -> planned.get(largestFirst.indexOf(group));

        List<Page> pages = new ArrayList<>();
        List<Page> homeAndProgress = pagesOf.apply(homeProgressMilestones);
        pages.add(homeAndProgress.get(0));
        pages.addAll(pagesOf.apply(entriesAndTimelines));
        pages.addAll(pagesOf.apply(tags));
        if (progressPages) {
            pages.add(homeAndProgress.get(1));
            pages.addAll(pagesOf.apply(years));
            pages.add(homeAndProgress.get(2));
        }
        pages.addAll(pagesOf.apply(goals));
        pages.addAll(pagesOf.apply(search));
        pages.add(new Page(Permalinks.support() + "index.html", "support.ftlh", "support", "Get help now", "support",
                Map.of("support", SupportView.of(journal.settings().support(), formats))));
        pages.add(new Page("404.html", "404.ftlh", "404", "Page not found", null, Map.of()));
        return pages;
    }

    private Page home(ProgressPlanner progress) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("glance", progress.glance());
        List<Map<String, Object>> newestFirst = newestFirst(allIndexes());
        model.put("recent", newestFirst.subList(0, Math.min(RECENT, newestFirst.size())));
        List<Map<String, Object>> wins = newestFirst(indexesOf(EntryType.WIN));
        model.put("recentWins", wins.subList(0, Math.min(RECENT_WINS, wins.size())));
        List<Entry> entries = journal.entries();
        if (!entries.isEmpty()) {
            model.put("firstDate", entries.get(0).date().toString());
            model.put("firstDateLabel", formats.day(entries.get(0).date()));
            Entry latest = entries.get(entries.size() - 1);
            model.put("latestDate", latest.date().toString());
            model.put("latestDateLabel", formats.day(latest.date()));
        }
        return new Page("index.html", "home.ftlh", "home", "Home", "home", model);
    }

    /** Whether the site has a search page ({@link #search} plans it). */
    boolean makesSearch() {
        return journal.settings().makes(OptionalPages.SEARCH);
    }

    /** Every entry (in the journal's order, as the index numbers them) and the index itself. */
    Page search() {
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("entries", views);
        search.put("index", searchIndex.json(journal.entries()));
        search.put("timelineUrl", links.page(Permalinks.timeline(null)));
        return new Page(Permalinks.search() + "index.html", "search.ftlh", "search", "Search", "search",
                Map.of("search", search));
    }

    private Page entryPage(int index) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("entry", views.get(index));
        if (index > 0) {
            model.put("previous", views.get(index - 1));
        }
        if (index + 1 < views.size()) {
            model.put("next", views.get(index + 1));
        }
        Entry entry = journal.entries().get(index);
        String section = entry.type() == EntryType.GOAL ? "goals" : entry.type().folder();
        return new Page(Permalinks.entry(entry) + "index.html", "entry.ftlh", "entry", entry.title(), section, model);
    }

    /** The timeline of one type (null: all entries), one page per year, the newest year also as the index. */
    private List<Page> timelinePages(EntryType type) {
        List<Integer> indexes = type == null ? allIndexes() : indexesOf(type);
        String label = type == null ? "Timeline" : type.pluralLabel();
        String section = type == null ? "timeline" : type.folder();
        String typeId = type == null ? "all" : type.id();
        TreeMap<Integer, List<Integer>> byYear = byYear(indexes);
        List<Page> pages = new ArrayList<>();
        if (byYear.isEmpty()) {
            Map<String, Object> timeline = timelineModel(typeId, label, null, List.of(), 0, byYear, type);
            pages.add(new Page(Permalinks.timeline(type) + "index.html", "timeline.ftlh", "timeline", label, section,
                    Map.of("timeline", timeline)));
            return pages;
        }
        for (Map.Entry<Integer, List<Integer>> year : byYear.descendingMap().entrySet()) {
            Map<String, Object> timeline = timelineModel(typeId, label, year.getKey(), year.getValue(),
                    indexes.size(), byYear, type);
            String title = label + " " + year.getKey();
            pages.add(new Page(Permalinks.timelineYear(type, year.getKey()) + "index.html", "timeline.ftlh",
                    "timeline", title, section, Map.of("timeline", timeline)));
            if (year.getKey().equals(byYear.lastKey())) {
                pages.add(new Page(Permalinks.timeline(type) + "index.html", "timeline.ftlh", "timeline", label,
                        section, Map.of("timeline", timeline)));
            }
        }
        return pages;
    }

    private Map<String, Object> timelineModel(String typeId, String label, Integer year, List<Integer> indexes,
                                              int total, TreeMap<Integer, List<Integer>> byYear, EntryType type) {
        Map<String, Object> timeline = new LinkedHashMap<>();
        timeline.put("type", typeId);
        timeline.put("label", label);
        if (year != null) {
            timeline.put("year", year);
        }
        timeline.put("count", indexes.size());
        timeline.put("total", total);
        List<Map<String, Object>> years = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> y : byYear.descendingMap().entrySet()) {
            years.add(Map.of("year", y.getKey(), "count", y.getValue().size(),
                    "url", links.page(Permalinks.timelineYear(type, y.getKey())),
                    "current", y.getKey().equals(year)));
        }
        timeline.put("years", years);
        timeline.put("months", months(indexes));
        return timeline;
    }

    /** Groups entries (given oldest first) into months, newest month and newest entry first. */
    private List<Map<String, Object>> months(List<Integer> indexes) {
        TreeMap<YearMonth, List<Map<String, Object>>> byMonth = new TreeMap<>();
        for (int i : indexes) {
            YearMonth month = YearMonth.from(journal.entries().get(i).date());
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(0, views.get(i));
        }
        List<Map<String, Object>> months = new ArrayList<>();
        for (Map.Entry<YearMonth, List<Map<String, Object>>> month : byMonth.descendingMap().entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", formats.month(month.getKey()));
            m.put("year", month.getKey().getYear());
            m.put("month", month.getKey().getMonthValue());
            m.put("count", month.getValue().size());
            m.put("entries", month.getValue());
            months.add(m);
        }
        return months;
    }

    private List<Page> tagPages() {
        // Tags are the same tag whatever their case or accents: "Walk" and "walk" share a page,
        // named as first written.
        TreeMap<String, String> names = new TreeMap<>();
        Map<String, List<Integer>> entriesByTag = new LinkedHashMap<>();
        List<Entry> entries = journal.entries();
        for (int i = 0; i < entries.size(); i++) {
            for (String tag : entries.get(i).tags()) {
                String slug = Slugs.slugify(tag);
                if (!slug.isEmpty()) {
                    names.putIfAbsent(slug, tag);
                    entriesByTag.computeIfAbsent(slug, s -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Page> pages = new ArrayList<>();
        List<Map<String, Object>> index = new ArrayList<>();
        names.entrySet().stream()
                .sorted(Map.Entry.<String, String>comparingByValue(alphabet(names.values()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(tag -> {
                    String slug = tag.getKey();
                    List<Integer> tagged = entriesByTag.get(slug);
                    String url = links.page(Permalinks.tag(slug));
                    index.add(Map.of("name", tag.getValue(), "slug", slug, "url", url, "count", tagged.size()));
                    pages.addAll(tagPages(slug, tag.getValue(), tagged));
                });
        pages.add(new Page(Permalinks.tags() + "index.html", "tags.ftlh", "tags", "Tags", "tags",
                Map.of("tags", index)));
        return pages;
    }

    /**
     * How tag names are put in order: in the journal's alphabet ("Ärger" beside "Arbeit" in German,
     * not after "Zeit" as by code point) when a name has a letter outside ASCII; otherwise by their
     * letters, case aside, as the collator would but for punctuation. A locale's collator takes 40-70
     * ms to make (its rules are parsed on first use), a twentieth of a 1,000-entry build.
     */
    private Comparator<String> alphabet(Collection<String> names) {
        for (String name : names) {
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) >= 0x80) {
                    return Collator.getInstance(formats.locale())::compare;
                }
            }
        }
        return String.CASE_INSENSITIVE_ORDER;
    }

    /** A tag's page, or when it is on many entries, a page per year and the newest year at the tag's address. */
    private List<Page> tagPages(String slug, String name, List<Integer> tagged) {
        TreeMap<Integer, List<Integer>> byYear = byYear(tagged);
        // "Tag: walk", not "walk": a browser tab or a screen reader names the page by its title
        // alone, and a tag's name could be any page's.
        String title = "Tag: " + name;
        if (!splitsByYear(journal.settings(), tagged.size(), byYear.size())) {
            Map<String, Object> model = tagModel(name, slug, tagged.size(), tagged);
            model.put("years", List.of());
            return List.of(tagPage(Permalinks.tag(slug), title, model));
        }
        List<Map<String, Object>> years = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> y : byYear.descendingMap().entrySet()) {
            years.add(Map.of("year", y.getKey(), "count", y.getValue().size(),
                    "url", links.page(Permalinks.tagYear(slug, y.getKey()))));
        }
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> year : byYear.descendingMap().entrySet()) {
            Map<String, Object> model = tagModel(name, slug, tagged.size(), year.getValue());
            model.put("year", year.getKey());
            model.put("yearCount", year.getValue().size());
            model.put("years", years);
            pages.add(tagPage(Permalinks.tagYear(slug, year.getKey()), title + ", " + year.getKey(), model));
            if (year.getKey().equals(byYear.lastKey())) {
                pages.add(tagPage(Permalinks.tag(slug), title, model));
            }
        }
        return pages;
    }

    /**
     * Whether a tag on {@code count} entries over {@code years} years has a page per year: not with
     * {@code disable: [tag-years]}, as the benchmark's journal has to make Hugo's pages.
     */
    static boolean splitsByYear(JournalSettings settings, int count, int years) {
        return count > TAG_ENTRIES_ON_ONE_PAGE && years > 1 && settings.makes(OptionalPages.TAG_YEARS);
    }

    private Map<String, Object> tagModel(String name, String slug, int count, List<Integer> shown) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("url", links.page(Permalinks.tag(slug)));
        model.put("count", count);
        model.put("months", months(shown));
        return model;
    }

    private static Page tagPage(String folder, String title, Map<String, Object> model) {
        return new Page(folder + "index.html", "tag.ftlh", "tag", title, "tags", Map.of("tag", model));
    }

    private TreeMap<Integer, List<Integer>> byYear(List<Integer> indexes) {
        TreeMap<Integer, List<Integer>> byYear = new TreeMap<>();
        for (int i : indexes) {
            byYear.computeIfAbsent(journal.entries().get(i).date().getYear(), y -> new ArrayList<>()).add(i);
        }
        return byYear;
    }

    private List<Integer> allIndexes() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < journal.entries().size(); i++) {
            all.add(i);
        }
        return all;
    }

    private List<Integer> indexesOf(EntryType type) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < journal.entries().size(); i++) {
            if (journal.entries().get(i).is(type)) {
                out.add(i);
            }
        }
        return out;
    }

    private List<Map<String, Object>> newestFirst(List<Integer> indexes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = indexes.size() - 1; i >= 0; i--) {
            out.add(views.get(indexes.get(i)));
        }
        return out;
    }
}
