package org.smallwins.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import org.smallwins.load.Slugs;
import org.smallwins.markdown.MarkdownRenderer;
import org.smallwins.model.BodyEdits;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.insight.Insights;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.model.OptionalPages;
import org.smallwins.model.Permalinks;
import org.smallwins.model.TextDirection;
import org.smallwins.parallel.InParallel;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.site.FileSink;
import org.smallwins.site.SiteFile;

/**
 * The render stage: entry bodies through Markdown, pages through the theme, plus the theme's
 * assets and robots.txt. Everything is rendered into memory, in parallel; nothing is written here,
 * but a caller may pass a {@link FileSink} that takes each page as it is rendered.
 */
public final class SiteRenderer {
    /** Asks every crawler to stay away: a journal is private even when its host is public. */
    static final String ROBOTS = "User-agent: *\nDisallow: /\n";

    private final MarkdownRenderer markdown;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    /** The theme {@link #prepareTheme} started loading; null when not asked to. */
    private PreparedTheme prepared;

    /** A theme being loaded on the pool, and the folder, settings and cache it is loaded for. */
    private record PreparedTheme(Path journalDir, JournalSettings settings, RenderCache cache,
                                 ForkJoinTask<LoadedTheme> loading) {
        boolean isFor(Path journalDir, JournalSettings settings, RenderCache cache) {
            return this.journalDir == journalDir && this.settings == settings && this.cache == cache;
        }
    }

    /** A theme with what reading it found wrong, the hash of its templates made and its assets read. */
    private record LoadedTheme(Theme theme, List<Problem> problems, List<SiteFile> assets) {
        static LoadedTheme load(Path journalDir, JournalSettings settings, RenderCache cache) {
            List<Problem> problems = new ArrayList<>();
            Theme theme = cache.reuse(Theme.load(journalDir, settings, problems));
            theme.version();
            return new LoadedTheme(theme, problems, theme.assets(problems));
        }
    }

    public SiteRenderer(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * Starts loading the theme the journal's settings name, on another core, for the next
     * {@link #render} with the same folder, settings and cache. A build calls this before it loads
     * the entries, which the theme does not need: setting up the template engine, hashing the
     * templates and reading the assets (60 ms at start-up, when little else is compiled yet) is
     * then done while the entries are read instead of after.
     */
    public void prepareTheme(Path journalDir, JournalSettings settings, RenderCache cache) {
        prepared = new PreparedTheme(journalDir, settings, cache, ForkJoinPool.commonPool()
                .submit(() -> LoadedTheme.load(journalDir, settings, cache)));
    }

    /**
     * What is wrong with the theme that can be found without rendering (a template that does not
     * parse, an asset that cannot be read): a build that stops before rendering, on an entry's error,
     * still says these, so that one round of fixes covers the theme too. Waits for the loading
     * {@link #prepareTheme} started, and leaves it for the next {@link #render}.
     */
    public List<Problem> themeProblems(Path journalDir, JournalSettings settings, RenderCache cache) {
        LoadedTheme loaded = prepared != null && prepared.isFor(journalDir, settings, cache)
                ? prepared.loading().join() : LoadedTheme.load(journalDir, settings, cache);
        List<Problem> found = new ArrayList<>(loaded.problems());
        found.addAll(loaded.theme().unparsed());
        return found;
    }

    /** Renders the journal with a theme; {@code contentPrefix} is the content folder's path, like "content/". */
    public List<SiteFile> render(Journal journal, Path journalDir, String contentPrefix, ProblemList problems) {
        return render(journal, Insights.compute(journal), journalDir, contentPrefix, problems, new RenderCache());
    }

    /**
     * Renders the journal and what was derived from it ({@code insights}, for the progress pages),
     * reusing what {@code cache} holds from an earlier build of the same journal.
     */
    public List<SiteFile> render(Journal journal, Insights insights, Path journalDir, String contentPrefix,
                                 ProblemList problems, RenderCache cache) {
        return render(journal, insights, journalDir, contentPrefix, problems, cache, null);
    }

    /**
     * As above, told that the journal differs from the one this cache last rendered only by
     * {@code edits} (null: unknown, or more than text changed). Then the last render's page plan
     * is kept and only the pages that show an edited entry, and the search page, are redone.
     */
    public List<SiteFile> render(Journal journal, Insights insights, Path journalDir, String contentPrefix,
                                 ProblemList problems, RenderCache cache, BodyEdits edits) {
        return render(journal, insights, journalDir, contentPrefix, problems, cache, edits, null);
    }

    /**
     * As above, each page handed to {@code sink} (when not null) as soon as it is rendered, and
     * kept in memory only as the sink returns it. The sink is told every path first: the pages,
     * the theme's assets, robots.txt and the files beside the entries the pages show ({@link EntryFiles}).
     */
    public List<SiteFile> render(Journal journal, Insights insights, Path journalDir, String contentPrefix,
                                 ProblemList problems, RenderCache cache, BodyEdits edits, FileSink sink) {
        JournalSettings settings = journal.settings();
        LoadedTheme loaded = prepared != null && prepared.isFor(journalDir, settings, cache)
                ? prepared.loading().join() : LoadedTheme.load(journalDir, settings, cache);
        prepared = null;
        Theme theme = loaded.theme();
        problems.addAll(loaded.problems());
        Formats formats = new Formats(settings.locale());
        Links links = new Links(settings.prettyLinks());
        RenderCache.Plan last = cache.plan;
        cache.plan = null;
        boolean samePlan = edits != null && last != null && last.theme() == theme;

        // A one-shot build (its cache kept on disk, the process about to end) lets its index go as
        // soon as it is made: at 100,000 entries its parts are hundreds of megabytes to carry. Its
        // entries' words are folded beside their views (see SearchIndex.foldAhead).
        SearchIndex searchIndex = cache.isPersistent() ? SearchIndex.once() : cache.searchIndex;
        if (cache.isPersistent() && settings.makes(OptionalPages.SEARCH)) {
            searchIndex.foldAhead(journal.entries());
        }
        long start = System.nanoTime();
        List<RenderCache.View> cached = new ArrayList<>(new EntryViews(markdown, formats, links, contentPrefix)
                .build(journal, problems, cache, edits != null));
        List<Map<String, Object>> views = new ArrayList<>(cached.size());
        IdentityHashMap<Object, String> viewHashes = new IdentityHashMap<>();
        for (RenderCache.View view : cached) {
            views.add(view.view());
            viewHashes.put(view.view(), view.hash());
        }
        start = lap("views", start);
        PagePlanner planner = new PagePlanner(journal, insights, views, links, formats, cache.charts, searchIndex);
        Set<String> patched = samePlan ? PlanPatch.apply(last, edits, cached, views, viewHashes, cache) : null;
        Planned planned = patched != null ? keptPlan(last, planner, edits, patched)
                : newPlan(planner, cache, shared(journal, formats, links));
        List<Page> pages = planned.pages();
        Set<String> redo = planned.redo();
        start = lap("plan", start);
        List<SiteFile> others = new ArrayList<>(loaded.assets());
        others.add(new SiteFile("robots.txt", ROBOTS.getBytes(StandardCharsets.UTF_8)));
        if (sink != null && redo != null) {
            throw new IllegalStateException("a kept plan is for a cache in memory only, whose pages stay in memory");
        }
        // A render that already failed (a view's error) keeps its pages in memory: none will be published.
        List<String> expected = paths(pages, others);
        if (sink != null) {
            // The files beside the entries that the site publishes, which the build adds after this.
            expected.addAll(EntryFiles.linked(journal, cache).keySet());
        }
        boolean sinking = sink != null && !problems.hasErrors() && sink.expect(expected);
        PageRenderer renderer = new PageRenderer(theme, planned.shared(), nav(links, settings), cache, viewHashes, links,
                sinking ? sink : null);
        List<SiteFile> files = new ArrayList<>(redo == null
                ? render(pages, renderer, cache, problems)
                : rerender(pages, redo, renderer, cache, problems));
        renderer.addFailures(problems);
        lap("pages", start);
        cache.lastRendered = renderer.rendered.get();
        if (redo == null) {
            Set<String> paths = new HashSet<>();
            for (Page page : pages) {
                paths.add(page.path());
            }
            cache.pages.keySet().retainAll(paths);
            cache.inputs.keySet().retainAll(paths);
            cache.sharedReads.keySet().retainAll(paths);
        }
        // Only a process that renders again keeps a plan (a one-shot build would pay for nothing),
        // and only a plan whose every page rendered.
        if (!cache.isPersistent() && !problems.hasErrors()) {
            // Which pages show each view is worked out when a text edit first needs it, not here:
            // a render after a front matter edit would pay for it and may never use it.
            List<Page> kept = List.copyOf(pages);
            cache.plan = new RenderCache.Plan(theme, kept, views, planned.shared(),
                    redo == null ? new PlanPatch.Dependents(kept, views) : last.dependents());
        }
        files.addAll(others);
        return files;
    }

    private static List<String> paths(List<Page> pages, List<SiteFile> others) {
        List<String> paths = new ArrayList<>(pages.size() + others.size());
        pages.forEach(page -> paths.add(page.path()));
        others.forEach(file -> paths.add(file.path()));
        return paths;
    }

    /** The pages to render, the variables they all share, and (for a kept plan; else null) those to render again. */
    private record Planned(List<Page> pages, Map<String, Object> shared, Set<String> redo) {
    }

    /** A plan made afresh; the charts it drew are what the next one may reuse. */
    private static Planned newPlan(PagePlanner planner, RenderCache cache, Map<String, Object> shared) {
        List<Page> pages = planner.plan();
        cache.charts.endBuild();
        return new Planned(pages, shared, null);
    }

    /**
     * The last plan, patched for text edits ({@link PlanPatch#apply} has refilled the views): the
     * search page, whose index is made from the entries' text, is planned again and redone.
     */
    private static Planned keptPlan(RenderCache.Plan last, PagePlanner planner, BodyEdits edits, Set<String> redo) {
        List<Page> pages = new ArrayList<>(last.pages());
        if (!edits.changed().isEmpty() && planner.makesSearch()) {
            Page search = planner.search();
            pages.replaceAll(page -> page.path().equals(search.path()) ? search : page);
            redo.add(search.path());
        }
        return new Planned(pages, last.shared(), redo);
    }

    /**
     * Every page of a new plan: first, in parallel, each page's fingerprint, with the bytes of those
     * that did not change; then the rest rendered (see {@link #largestFirst}).
     */
    private static List<SiteFile> render(List<Page> pages, PageRenderer renderer, RenderCache cache,
                                         ProblemList problems) {
        Map<String, PageRenderer.Reuse> reuse = new ConcurrentHashMap<>();
        InParallel.forEach(pages, page -> reuse.put(page.path(), renderer.reuse(page)));
        Map<String, Optional<SiteFile>> rendered = largestFirst(
                pages.stream().filter(page -> reuse.get(page.path()).file() == null).toList(), cache,
                page -> renderer.render(page, reuse.get(page.path()).fingerprint(), problems));
        List<SiteFile> files = new ArrayList<>(pages.size());
        for (Page page : pages) {
            SiteFile kept = reuse.get(page.path()).file();
            if (kept != null) {
                files.add(kept);
            } else {
                rendered.get(page.path()).ifPresent(files::add);
            }
        }
        return files;
    }

    /**
     * The pages of a kept plan: those in {@code redo} (and any the cache lacks) rendered again, the
     * rest as the last render made them.
     */
    private static List<SiteFile> rerender(List<Page> pages, Set<String> redo, PageRenderer renderer, RenderCache cache,
                                           ProblemList problems) {
        Map<String, Optional<SiteFile>> redone = largestFirst(
                pages.stream().filter(page -> redo.contains(page.path()) || !cache.pages.containsKey(page.path())).toList(),
                cache, page -> renderer.rerender(page, problems));
        List<SiteFile> files = new ArrayList<>(pages.size());
        for (Page page : pages) {
            Optional<SiteFile> file = redone.get(page.path());
            if (file == null) {
                files.add(cache.pages.get(page.path()).file());
            } else {
                file.ifPresent(files::add);
            }
        }
        return files;
    }

    /**
     * Renders {@code pages} in parallel, the largest first (by their last size): the pages that
     * change together after an edit (lists, the search page) sit together at the end of the plan,
     * where a parallel stream would hand most of them to one thread, and the search page alone can
     * take as long as the rest together.
     */
    private static Map<String, Optional<SiteFile>> largestFirst(List<Page> pages, RenderCache cache,
                                                                Function<Page, Optional<SiteFile>> render) {
        Map<String, Optional<SiteFile>> done = new ConcurrentHashMap<>();
        List<ForkJoinTask<?>> tasks = pages.stream()
                .sorted(Comparator.comparingInt((Page page) -> lastSize(cache, page)).reversed())
                .<ForkJoinTask<?>>map(page -> ForkJoinTask.adapt(
                        () -> done.put(page.path(), render.apply(page))))
                .toList();
        ForkJoinTask.invokeAll(tasks);
        return done;
    }

    private static int lastSize(RenderCache cache, Page page) {
        RenderCache.Rendered last = cache.pages.get(page.path());
        return last == null ? 0 : last.length();
    }

    /** How long the last render's parts took, in milliseconds: entry views, page planning, pages. */
    public Map<String, Long> timings() {
        return Map.copyOf(timings);
    }

    private long lap(String part, long start) {
        long now = System.nanoTime();
        timings.put(part, (now - start) / 1_000_000);
        return now;
    }

    private static Map<String, Object> shared(Journal journal, Formats formats, Links links) {
        JournalSettings settings = journal.settings();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", settings.title());
        site.put("author", settings.author());
        site.put("description", settings.description());
        site.put("locale", settings.locale().toLanguageTag());
        site.put("direction", TextDirection.of(settings.locale()));
        site.put("timezone", settings.timezone().getId());
        site.put("weekStart", settings.weekStart().name().toLowerCase(Locale.ROOT));
        site.put("basePath", settings.basePath());
        site.put("today", journal.today().toString());
        site.put("todayLabel", formats.day(journal.today()));
        site.put("params", settings.params());
        site.put("encrypted", settings.privacy().encrypt());
        site.put("supportUrl", links.page(Permalinks.support()));
        // With prettyLinks these end in "/" (home is ""), so a theme's own links follow the setting.
        site.put("homeUrl", links.page(""));
        site.put("timelineUrl", links.page(Permalinks.timeline(null)));
        site.put("tagsUrl", links.page(Permalinks.tags()));

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("entries", journal.entries().size());
        for (EntryType type : EntryType.values()) {
            counts.put(type.folder(), journal.entries().stream().filter(e -> e.is(type)).count());
        }
        counts.put("tags", journal.entries().stream().flatMap(e -> e.tags().stream())
                .map(Slugs::slugify).filter(s -> !s.isEmpty()).distinct().count());

        TreeMap<Integer, Integer> perYear = new TreeMap<>();
        for (Entry entry : journal.entries()) {
            perYear.merge(entry.date().getYear(), 1, Integer::sum);
        }
        List<Map<String, Object>> years = new ArrayList<>();
        perYear.descendingMap().forEach((year, count) -> years.add(Map.of("year", year, "count", count,
                "url", links.page(Permalinks.timelineYear(null, year)))));

        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("site", site);
        shared.put("counts", counts);
        shared.put("years", years);
        return shared;
    }

    private static List<Map<String, String>> nav(Links links, JournalSettings settings) {
        List<Map<String, String>> nav = new ArrayList<>();
        nav.add(Map.of("label", "Home", "url", links.page(""), "section", "home"));
        if (settings.makes(OptionalPages.PROGRESS)) {
            nav.add(Map.of("label", "Progress", "url", links.page(Permalinks.progress()), "section", "progress"));
        }
        nav.add(Map.of("label", "Timeline", "url", links.page(Permalinks.timeline(null)), "section", "timeline"));
        for (EntryType type : PagePlanner.TIMELINE_TYPES) {
            nav.add(Map.of("label", type.pluralLabel(), "url", links.page(Permalinks.timeline(type)),
                    "section", type.folder()));
        }
        nav.add(Map.of("label", "Goals", "url", links.page(Permalinks.goals()), "section", "goals"));
        nav.add(Map.of("label", "Tags", "url", links.page(Permalinks.tags()), "section", "tags"));
        if (settings.makes(OptionalPages.SEARCH)) {
            nav.add(Map.of("label", "Search", "url", links.page(Permalinks.search()), "section", "search"));
        }
        return nav;
    }
}
