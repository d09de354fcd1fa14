package org.smallwins.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.smallwins.load.Slugs;
import org.smallwins.model.ContentPaths;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.model.OptionalPages;
import org.smallwins.model.Permalinks;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.site.SiteFile;

/**
 * The pages a build makes, known from the journal without rendering (what {@link PagePlanner} and
 * {@link ProgressPlanner} plan; SitePagesTest holds the two together), and where a link written
 * in an entry leads among them. {@code check} judges links with it before a build; the build
 * judges them against the files it actually made and warns about those that lead nowhere.
 */
public final class SitePages {
    private static final String INDEX = "index.html";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ENTRY_PAGE = Pattern.compile("\\d{4}/\\d{2}/\\d{2}/[^/]+(/|/index\\.html)?");
    /** The first folders of the site's own pages (a dated entry page's year aside). */
    private static final Set<String> SECTIONS = Set.of("timeline", "wins", "reflections", "setbacks", "tags",
            "support", "search", "progress", "milestones", "goals", "assets");

    private SitePages() {
    }

    /** A site-absolute or relative link of an entry, where it leads ({@code null}: above the site's root). */
    record Link(String written, int line, String target) {
    }

    /** Every page's file path ("index.html", "tags/walk/index.html", ...) a build of {@code journal} makes. */
    public static Set<String> of(Journal journal) {
        JournalSettings settings = journal.settings();
        Set<String> pages = new HashSet<>();
        pages.add(INDEX);
        pages.add("404.html");
        pages.add(Permalinks.support() + INDEX);
        pages.add(Permalinks.goals() + INDEX);
        pages.add(Permalinks.tags() + INDEX);
        pages.add(Permalinks.timeline(null) + INDEX);
        for (EntryType type : PagePlanner.TIMELINE_TYPES) {
            pages.add(Permalinks.timeline(type) + INDEX);
        }
        boolean progress = settings.makes(OptionalPages.PROGRESS);
        if (settings.makes(OptionalPages.SEARCH)) {
            pages.add(Permalinks.search() + INDEX);
        }
        if (progress) {
            pages.add(Permalinks.progress() + INDEX);
            pages.add(Permalinks.milestones() + INDEX);
        }
        Integer firstPast = null;
        Map<String, Integer> tagCounts = new HashMap<>();
        Map<String, Set<Integer>> tagYears = new HashMap<>();
        for (Entry entry : journal.entries()) {
            pages.add(Permalinks.entry(entry) + INDEX);
            int year = entry.date().getYear();
            pages.add(Permalinks.timelineYear(null, year) + INDEX);
            if (PagePlanner.TIMELINE_TYPES.contains(entry.type())) {
                pages.add(Permalinks.timelineYear(entry.type(), year) + INDEX);
            }
            for (String tag : entry.tags()) {
                String slug = Slugs.slugify(tag);
                if (!slug.isEmpty()) {
                    pages.add(Permalinks.tag(slug) + INDEX);
                    tagCounts.merge(slug, 1, Integer::sum);
                    tagYears.computeIfAbsent(slug, s -> new HashSet<>()).add(year);
                }
            }
            // The progress pages count only what has happened: entries up to the day the site is built for.
            if (progress && !entry.date().isAfter(journal.today())) {
                if (firstPast == null) {
                    firstPast = year;
                }
                if (entry.is(EntryType.GOAL) && entry.goal() != null) {
                    String slug = Slugs.slugify(entry.goal().id());
                    if (!slug.isEmpty()) {
                        pages.add(Permalinks.goal(slug) + INDEX);
                    }
                }
            }
        }
        tagYears.forEach((slug, years) -> {
            if (PagePlanner.splitsByYear(settings, tagCounts.get(slug), years.size())) {
                years.forEach(year -> pages.add(Permalinks.tagYear(slug, year) + INDEX));
            }
        });
        if (firstPast != null) {
            for (int year = firstPast; year <= journal.today().getYear(); year++) {
                pages.add(Permalinks.progressYear(year) + INDEX);
            }
        }
        return pages;
    }

    /**
     * Every file a build of {@code journal} in {@code journalDir} makes of its own, without
     * rendering: its pages ({@link #of}), the theme's assets and robots.txt. Not the files of
     * static/, nor those beside the entries ({@link EntryFiles}), which it copies as they are.
     */
    public static Set<String> files(Journal journal, Path journalDir) {
        Set<String> files = of(journal);
        List<Problem> ignored = new ArrayList<>();
        // A theme that cannot be read is the build's to report; its built-in assets are still there.
        for (SiteFile asset : Theme.load(journalDir, journal.settings(), ignored).assets(ignored)) {
            files.add(asset.path());
        }
        files.add("robots.txt");
        return files;
    }

    /**
     * Where {@code path} (percent-decoded, without its query or fragment) leads from the page in
     * {@code pageFolder} ("2025/03/07/first-walk/"), as a browser follows it: a path in the site,
     * ending in "/" when the link does; "" is the home page. Null when it climbs above the site's root.
     */
    public static String resolve(String pageFolder, String path) {
        String base = path.startsWith("/") || pageFolder.isEmpty() ? "" : pageFolder.substring(0, pageFolder.length() - 1);
        String resolved = ContentPaths.resolve(base, path);
        if (resolved == null) {
            return null;
        }
        boolean folder = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..") || path.equals(".")
                || path.equals("..");
        return folder && !resolved.isEmpty() ? resolved + "/" : resolved;
    }

    /** Whether the site whose files are {@code files} has what {@code target} ({@link #resolve}) names. */
    public static boolean has(Collection<String> files, String target) {
        if (target.isEmpty() || target.endsWith("/")) {
            return files.contains(target + INDEX);
        }
        return files.contains(target) || files.contains(target + "/" + INDEX);
    }

    /** Whether {@code target} is among the site's own pages (a section, a dated entry page), not a file of static/. */
    public static boolean isPagePath(String target) {
        String first = target.contains("/") ? target.substring(0, target.indexOf('/')) : target;
        return SECTIONS.contains(first) || YEAR.matcher(first).matches();
    }

    /**
     * Whether {@code target} is where a dated entry's page would be ("2025/03/07/first-walk/", with
     * or without "index.html"), rather than a file of static/ under a year's folder.
     */
    public static boolean isEntryPagePath(String target) {
        return ENTRY_PAGE.matcher(target).matches();
    }

    /**
     * Why the site has no page at {@code target}, a path among its own pages ({@link #isPagePath}),
     * and what to do, as a sentence.
     */
    public static String whyNoPage(String target, JournalSettings settings) {
        String[] parts = target.split("/");
        String first = parts[0];
        boolean deeper = parts.length > 1;
        if (first.equals("tags") && parts.length > 2 && !settings.makes(OptionalPages.TAG_YEARS)) {
            return "'disable: [" + OptionalPages.TAG_YEARS.setting() + "]' in journal.yml leaves out a tag's page for"
                    + " each year. Link to '/tags/" + parts[1] + "/' instead.";
        }
        if (first.equals("tags") && parts.length > 2) {
            return "a tag has a page for each year only when it is on more than "
                    + PagePlanner.TAG_ENTRIES_ON_ONE_PAGE + " entries, at '/tags/" + parts[1]
                    + "/YYYY/' for each year with one of them. Link to '/tags/" + parts[1] + "/' instead.";
        }
        if (first.equals("tags") && deeper) {
            return "no entry on the site has the tag '" + parts[1] + "'. Check the spelling against the tags page, '/tags/'.";
        }
        if (first.equals("search") && !settings.makes(OptionalPages.SEARCH)) {
            return "the search page is left out, as journal.yml says ('disable: [search]').";
        }
        if ((first.equals("progress") || first.equals("milestones") || (first.equals("goals") && deeper))
                && !settings.makes(OptionalPages.PROGRESS)) {
            return "the progress pages (progress, year reviews, milestones, a page per goal) are left out, as journal.yml"
                    + " says ('disable: [progress]')" + (first.equals("goals") ? "; link to the goal's entry instead." : ".");
        }
        if (first.equals("progress")) {
            return "there is a review for each year from the first entry's to this year's, at '/progress/YYYY/'.";
        }
        if (first.equals("goals")) {
            return "no goal on the site has an id that makes '" + parts[1] + "'. Check it against the goals page, '/goals/'.";
        }
        if (YEAR.matcher(first).matches()) {
            return "no entry on the site has that page. An entry's page is '/YYYY/MM/DD/name/', from its date and the"
                    + " file name after the date; link to its file instead ('../wins/2025-06-27-first-walk.md'), which"
                    + " always leads to the right page.";
        }
        if (List.of("timeline", "wins", "reflections", "setbacks").contains(first)) {
            return "a timeline has a page for each year that has entries of its kind, at '/" + first + "/YYYY/'.";
        }
        if (first.equals("assets")) {
            return "the theme has no such file.";
        }
        return "there is no such page. Check the path.";
    }

    /**
     * Warns about each link in the entries' bodies that leads to no file of the site the build
     * made ({@code files}, every path in it): a dead link once published. The links are those
     * {@link EntryViews} found in each entry (kept with its view in {@code cache}).
     */
    public static void warnDeadLinks(Journal journal, RenderCache cache, Collection<String> files, ProblemList problems) {
        Set<String> paths = files instanceof Set<String> set ? set : new HashSet<>(files);
        for (Entry entry : journal.entries()) {
            RenderCache.View view = cache.views.get(entry.source());
            if (view == null) {
                continue;
            }
            String page = Permalinks.entry(entry);
            for (Link link : view.siteLinks()) {
                if (link.target() != null && has(paths, link.target())) {
                    continue;
                }
                problems.add(Problem.warning(entry.source(), link.line(), null,
                        deadLink(link.written(), page, link.target(), paths, journal.settings())));
            }
        }
    }

    /** The build's warning about a link of the entry at {@code page} that leads nowhere on the site. */
    static String deadLink(String written, String page, String target, Set<String> files, JournalSettings settings) {
        if (target == null) {
            return "the link to '" + written + "' climbs above the site's first folder from this entry's page ("
                    + "/" + page + "), so it leads nowhere. Write a path from the site's root, like '/images/a.png'.";
        }
        String start = "the link to '" + written + "' leads nowhere on the site: there is no /" + target + " ";
        if (!written.startsWith("/")) {
            String fromRoot = fromRoot(written);
            if (fromRoot != null && has(files, fromRoot)) {
                return start + "(a relative link starts from this entry's page, /" + page + "). To link to /"
                        + fromRoot + ", write '/" + fromRoot + "'.";
            }
            return start + "(a relative link starts from this entry's page, /" + page + ", or leads to a file beside"
                    + " the entry, and there is none there either). Put the file beside the entry, or in static/ and"
                    + " write its path from there, like '/images/a.png'.";
        }
        if (isPagePath(target)) {
            return start + "page: " + whyNoPage(target, settings);
        }
        return start + "(nor static/" + target + "). Put the file in static/, or correct the path.";
    }

    /** A relative link's path read from the site's root instead ("../support/" → "support/"); null if nothing is left. */
    public static String fromRoot(String written) {
        String path = ContentPaths.decode(written.substring(0, ContentPaths.pathEnd(written)));
        while (path.startsWith("../") || path.startsWith("./")) {
            path = path.substring(path.indexOf('/') + 1);
        }
        if (path.isEmpty() || path.startsWith("/") || path.startsWith(".")) {
            return null;
        }
        return resolve("", "/" + path);
    }
}
