package org.smallwins.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.smallwins.model.ContentPaths;
import org.smallwins.load.Slugs;
import org.smallwins.markdown.MarkdownRenderer;
import org.smallwins.markdown.NestedTooDeeply;
import org.smallwins.markdown.RenderedBody;
import org.smallwins.markdown.WebAddress;
import org.smallwins.model.Entry;
import org.smallwins.model.Journal;
import org.smallwins.model.Permalinks;
import org.smallwins.parallel.InParallel;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;

/**
 * Turns entries into the documented template hashes (see docs/theme-model.md), rendering every
 * body once, in parallel. Links to other entries' Markdown files become links to their pages, and
 * links to other files beside the entries lead to where the site publishes them (see {@link EntryFiles}).
 */
final class EntryViews {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final int SUMMARY_LENGTH = 200;

    private final MarkdownRenderer markdown;
    private final Formats formats;
    private final Links links;
    private final String contentPrefix;
    private Map<String, Entry> goals = Map.of();
    // Every published entry's page, made only when a link by address needs it: most journals have
    // none, and a rebuild in the preview would otherwise list ten thousand pages for nothing.
    private RenderCache.LinkTargets targets;
    private RenderCache renderCache;
    private Set<String> entryPages;

    /** {@code contentPrefix} is the content folder relative to the journal, like "content/". */
    EntryViews(MarkdownRenderer markdown, Formats formats, Links links, String contentPrefix) {
        this.markdown = markdown;
        this.formats = formats;
        this.links = links;
        this.contentPrefix = contentPrefix;
    }

    /**
     * One hash per entry, in the journal's order. An entry whose front matter, body and the URLs it
     * can link to are all as in the cache keeps its cached view (and the warnings it had).
     */
    List<RenderCache.View> build(Journal journal, ProblemList problems, RenderCache cache) {
        return build(journal, problems, cache, false);
    }

    /**
     * As above; {@code sameLinks} says that no entry's URL, content path or goal title changed since
     * the cache's last build (only entries' text did), so what entries may link to is as then.
     */
    List<RenderCache.View> build(Journal journal, ProblemList problems, RenderCache cache, boolean sameLinks) {
        RenderCache.LinkTargets last = sameLinks ? cache.linkTargets : null;
        RenderCache.LinkTargets targets = last != null ? last : linkTargets(journal);
        cache.linkTargets = targets;
        this.goals = targets.goals();
        this.targets = targets;
        this.renderCache = cache;
        this.entryPages = null;
        Map<String, Entry> byContentPath = targets.byContentPath();
        String linkVersion = targets.version();
        Set<RenderCache.View> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        List<RenderCache.View> views = InParallel.map(journal.entries(), entry -> {
            RenderCache.View cached = cache.views.get(entry.source());
            if (cached != null && (cached.entry() == entry || cached.entry().equals(entry))) {
                if (holds(cached.linkVersion(), linkVersion)) {
                    return cached;
                }
                if (cached.shown() != null && cached.shown().equals(shown(cached.shown().keySet(), targets))) {
                    // What it shows of other entries is as it was: the view as made now, for this version.
                    RenderCache.View kept = new RenderCache.View(entry, linkVersion, cached.view(), cached.hash(),
                            cached.problems(), cached.entryKey(), cached.siteLinks(), cached.shown());
                    cache.views.put(entry.source(), kept);
                    return kept;
                }
            }
            RenderCache.Stored stored = cache.stored;
            String entryKey = entryKey(entry);
            RenderCache.StoredView kept = stored == null ? null : stored.views().get(entry.source());
            if (kept != null && kept.entryKey().equals(entryKey) && holds(kept.linkVersion(), linkVersion)) {
                RenderCache.View reused = new RenderCache.View(entry, linkVersion, kept.view(), kept.hash(),
                        kept.problems(), entryKey, kept.siteLinks(), null);
                cache.views.put(entry.source(), reused);
                return reused;
            }
            ProblemList found = new ProblemList();
            List<SitePages.Link> siteLinks = new ArrayList<>();
            Map<String, String> shown = new TreeMap<>();
            Map<String, Object> view = view(entry, byContentPath, found, siteLinks, shown);
            // A view that shows nothing of other entries is made for every link version alike; one
            // that does is made from what it shows of them (goal titles, addresses of linked entries).
            String madeFor = shown.isEmpty() ? ANY_LINKS : linkVersion;
            String from = shown.isEmpty() ? ANY_LINKS : "shows " + Fingerprint.of(new IdentityHashMap<>(), shown);
            RenderCache.View made = new RenderCache.View(entry, madeFor, view, viewHash(entryKey, from),
                    found.sorted(), entryKey, List.copyOf(siteLinks), Map.copyOf(shown));
            cache.views.put(entry.source(), made);
            synchronized (fresh) {
                fresh.add(made);
            }
            return made;
        });
        Set<String> sources = new HashSet<>();
        int made = 0;
        for (RenderCache.View view : views) {
            problems.addAll(view.problems());
            sources.add(view.entry().source());
            made += fresh.contains(view) ? 1 : 0;
        }
        cache.lastViewsMade = made;
        cache.views.keySet().retainAll(sources);
        return views;
    }

    /**
     * The link version of a view that links to no entry and shows no goal: adding, removing or
     * moving other entries (which changes the link version) leaves it as it is, so an entry added
     * while the preview runs does not make every other entry's text into HTML again.
     */
    static final String ANY_LINKS = "";

    /** Whether a view made for {@code madeFor} holds for the journal's links now ({@code now}). */
    private static boolean holds(String madeFor, String now) {
        return madeFor.equals(ANY_LINKS) || madeFor.equals(now);
    }

    /**
     * What a view shows of other entries, by what it looked up: "goal ID" gives the goal's title and
     * address ("" when no goal has the id), "file PATH" the address of the entry written in that file
     * ("" when none is published), "beside PATH" where the site publishes that file beside the
     * entries ("" when there is none to publish).
     */
    private String shownOf(String lookup, RenderCache.LinkTargets targets) {
        if (lookup.startsWith("page ")) {
            return shownPage(entryPages(), lookup.substring("page ".length()));
        }
        if (lookup.startsWith("beside ")) {
            return shownBeside(targets.contentFiles().get(lookup.substring("beside ".length())));
        }
        return lookup.startsWith("goal ") ? shownGoal(targets.goals().get(lookup.substring("goal ".length())))
                : shownFile(targets.byContentPath().get(lookup.substring("file ".length())));
    }

    /** Every published entry's page file ("2025/03/07/first-walk/index.html"), for the last build's targets. */
    private synchronized Set<String> entryPages() {
        if (entryPages == null && renderCache.entryPagesOf == targets) {
            entryPages = renderCache.entryPages;
        } else if (entryPages == null) {
            Set<String> pages = new HashSet<>();
            for (Entry entry : targets.byContentPath().values()) {
                pages.add(Permalinks.entry(entry) + "index.html");
            }
            entryPages = pages;
            renderCache.entryPages = pages;
            renderCache.entryPagesOf = targets;
        }
        return entryPages;
    }

    /** "page" when an entry's page is at {@code target}, "" when none is. */
    private static String shownPage(Set<String> entryPages, String target) {
        return SitePages.has(entryPages, target) ? "page" : "";
    }

    private String shownGoal(Entry goal) {
        return goal == null ? "" : goal.title() + "\n" + links.page(Permalinks.entry(goal));
    }

    private String shownFile(Entry target) {
        return target == null ? "" : links.page(Permalinks.entry(target));
    }

    /** Where a file beside the entries is published ("" when there is no such file to publish). */
    private static String shownBeside(String contentFile) {
        return contentFile == null ? "" : EntryFiles.sitePath(contentFile);
    }

    /** {@link #shownOf} for each of {@code lookups}, as the journal's entries are now. */
    private Map<String, String> shown(Set<String> lookups, RenderCache.LinkTargets targets) {
        Map<String, String> now = new HashMap<>();
        for (String lookup : lookups) {
            now.put(lookup, shownOf(lookup, targets));
        }
        return now;
    }

    /** What one entry's view may show of others: their URLs (links) and goal titles. */
    private RenderCache.LinkTargets linkTargets(Journal journal) {
        Map<String, Entry> byContentPath = new LinkedHashMap<>();
        Map<String, Entry> goals = new LinkedHashMap<>();
        StringBuilder urls = new StringBuilder();
        for (Entry entry : journal.entries()) {
            String path = contentPath(entry);
            byContentPath.put(ContentPaths.composed(path), entry);
            urls.append(path).append('\n').append(Permalinks.entry(entry)).append('\n');
            if (entry.goal() != null) {
                goals.putIfAbsent(entry.goal().id(), entry);
                urls.append(entry.goal().id()).append('\n').append(entry.title()).append('\n');
            }
        }
        // Files beside the entries change what a link to one becomes: the version says which there are.
        Map<String, String> contentFiles = new HashMap<>();
        for (String file : journal.contentFiles()) {
            if (EntryFiles.publishable(file)) {
                contentFiles.putIfAbsent(ContentPaths.composed(file), file);
                urls.append("beside ").append(file).append('\n');
            }
        }
        return new RenderCache.LinkTargets(Fingerprint.of(new IdentityHashMap<>(), urls.toString()),
                byContentPath, goals, contentFiles);
    }

    /**
     * A fingerprint of every field of the entry (so of everything its file said): with the link
     * version, all a view is made from.
     */
    static String entryKey(Entry entry) {
        return Fingerprint.of(new IdentityHashMap<>(), entryFields(entry));
    }

    /**
     * Every field of the entry, each name before its value, in the record's order. Written out
     * rather than read through the record's components (a reflective call per field for every
     * entry of every build); EntryViewsTest holds it to the components, so a field added to
     * {@link Entry} and not here fails it.
     */
    static Object[] entryFields(Entry entry) {
        return new Object[] {
            "source", entry.source(), "title", entry.title(), "dateTime", entry.dateTime(),
            "hasTime", entry.hasTime(), "type", entry.type(), "slug", entry.slug(), "tags", entry.tags(),
            "mood", entry.mood(), "energy", entry.energy(), "size", entry.size(), "reward", entry.reward(),
            "goals", entry.goals(), "goal", entry.goal(), "draft", entry.draft(),
            "privateEntry", entry.privateEntry(), "milestone", entry.milestone(), "summary", entry.summary(),
            "extra", entry.extra(), "body", entry.body(), "bodyLine", entry.bodyLine(),
            "fieldLines", entry.fieldLines(),
        };
    }

    /**
     * The fingerprint pages are given for an entry's view. A view is made from its entry's fields
     * and the link version alone (a cached view is reused when both are as before, in this process
     * or from the cache on disk, which the code and settings key), so the fingerprint of those two
     * stands for the view without hashing its rendered text again.
     */
    static String viewHash(String entryKey, String linkVersion) {
        return Fingerprint.of(new IdentityHashMap<>(), "view", entryKey, linkVersion);
    }

    String contentPath(Entry entry) {
        return entry.source().startsWith(contentPrefix)
                ? entry.source().substring(contentPrefix.length()) : entry.source();
    }

    /** {@code shown} gets what the view shows of other entries (see {@link #shownOf}). */
    private Map<String, Object> view(Entry entry, Map<String, Entry> byContentPath, ProblemList problems,
                                     List<SitePages.Link> siteLinks, Map<String, String> shown) {
        String folder = Permalinks.entry(entry);
        String root = Links.root(folder + "index.html");
        String contentPath = contentPath(entry);
        String baseFolder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/')) : "";
        RenderedBody body;
        try {
            body = markdown.render(entry.body(), new MarkdownRenderer.LinkRewriter() {
                @Override
                public String rewrite(String written, int line) {
                    return EntryViews.this.rewrite(written, entry, entry.bodyLine() + line, baseFolder, folder, root,
                            byContentPath, problems, siteLinks, shown);
                }

                @Override
                public String rewriteRaw(String address, int line) {
                    // An entry's file named in raw HTML (<a href="2025-03-15-walk.md">) leads to its page, as in Markdown.
                    String entryLink = entryLink(address, entry, entry.bodyLine() + line, baseFolder, root,
                            byContentPath, problems, shown);
                    if (entryLink != null) {
                        return entryLink;
                    }
                    String beside = besideFile(address, entry.bodyLine() + line, baseFolder, root, siteLinks, shown);
                    if (beside == null) {
                        // Left as written: judged once every file of the site is known, as a Markdown link is.
                        String path = ContentPaths.decode(address.substring(0, ContentPaths.pathEnd(address)));
                        siteLinks.add(new SitePages.Link(address, entry.bodyLine() + line, SitePages.resolve(folder, path)));
                    }
                    return beside;
                }

                @Override
                public void showsPicture(String address, int line) {
                    unshownPicture(address, entry, entry.bodyLine() + line, baseFolder, problems);
                }
            });
        } catch (NestedTooDeeply tooDeep) {
            problems.add(tooDeep.problem(entry.source(), entry.bodyLine()));
            body = RenderedBody.EMPTY;
        }
        for (RenderedBody.RemoteLoad load : body.remoteLoads()) {
            problems.add(Problem.warning(entry.source(), entry.bodyLine() + load.line(), null,
                    RemoteLoadWarning.of(load)));
        }

        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", entry.title());
        view.put("url", links.page(folder));
        view.put("type", entry.type().id());
        view.put("typeLabel", entry.type().label());
        view.put("date", entry.date().toString());
        view.put("dateLabel", formats.day(entry.date()));
        view.put("datetime", entry.hasTime() ? entry.dateTime().toString() : entry.date().toString());
        if (entry.hasTime()) {
            view.put("time", twoDigits(entry.dateTime().getHour()) + ":" + twoDigits(entry.dateTime().getMinute()));
        }
        view.put("year", entry.date().getYear());
        view.put("month", entry.date().getMonthValue());
        view.put("day", entry.date().getDayOfMonth());
        List<Map<String, Object>> tags = new ArrayList<>();
        for (String tag : entry.tags()) {
            String slug = Slugs.slugify(tag);
            if (!slug.isEmpty()) {
                tags.add(Map.of("name", tag, "url", links.page(Permalinks.tag(slug))));
            }
        }
        view.put("tags", tags);
        putIfPresent(view, "mood", entry.mood());
        putIfPresent(view, "energy", entry.energy());
        putIfPresent(view, "size", entry.size() == null ? null : entry.size().id());
        putIfPresent(view, "reward", entry.reward());
        List<String> goalIds = new ArrayList<>();
        List<Map<String, Object>> goalLinks = new ArrayList<>();
        for (String id : entry.goals()) {
            Entry goal = goals.get(id);
            // Still looked up when missing, so the view is made again once the goal is published.
            shown.put("goal " + id, shownGoal(goal));
            // A goal this build leaves out (a draft, or private) cannot be told here from a mistyped
            // id, and its id names what the writer chose to hide: the page shows neither.
            if (goal == null) {
                continue;
            }
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("id", id);
            link.put("title", goal.title());
            link.put("url", links.page(Permalinks.entry(goal)));
            goalIds.add(id);
            goalLinks.add(link);
        }
        view.put("goals", List.copyOf(goalIds));
        view.put("goalLinks", goalLinks);
        putIfPresent(view, "goalId", entry.goal() == null ? null : entry.goal().id());
        view.put("summary", entry.summary() != null ? entry.summary() : shorten(body.firstParagraph()));
        view.put("html", body.html());
        view.put("milestone", entry.milestone());
        view.put("draft", entry.draft());
        view.put("private", entry.privateEntry());
        view.put("words", body.words());
        view.put("source", entry.source());
        view.put("extra", entry.extra());
        return view;
    }

    /**
     * Whether an address the browser reads as another host's, though it does not look it here
     * ('&#104;ttps://...', '/\host'): the privacy warning names it, and it is no link within the site.
     */
    private static boolean leadsElsewhere(String written) {
        return (written.indexOf('&') >= 0 || written.indexOf('\\') >= 0)
                && WebAddress.remote(WebAddress.decode(written)) != null;
    }

    /**
     * Where a link to an entry's file ({@code 2025-03-15-walk.md}, relative to this entry's file)
     * leads on the site: the entry's page, or "#" with a warning when it is not published. Null when
     * {@code written} names no Markdown file.
     */
    private String entryLink(String written, Entry entry, int line, String baseFolder, String root,
                             Map<String, Entry> byContentPath, ProblemList problems, Map<String, String> shown) {
        int cut = ContentPaths.pathEnd(written);
        String path = written.substring(0, cut);
        String lower = path.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) {
            return null;
        }
        String resolved = ContentPaths.resolve(baseFolder, ContentPaths.entryKey(path));
        Entry target = resolved == null ? null : byContentPath.get(resolved);
        if (resolved != null) {
            shown.put("file " + resolved, shownFile(target));
        }
        if (target == null) {
            problems.add(Problem.warning(entry.source(), line, null, "the link to '" + written
                    + "' does not lead to a published entry (it is missing, a draft or private). The page shows"
                    + " its text, linked to nowhere."));
            // The site has no page there, and the file name would publish a private entry's date
            // and title ('2025-03-02-relapse.md') on the pages of a public one.
            return "#";
        }
        return root + links.page(Permalinks.entry(target)) + written.substring(cut);
    }

    /**
     * The link as the page gets it. A link into the site other than to an entry's file goes into
     * {@code siteLinks} with where it leads from the entry's page ({@code folder}), to be judged
     * once the build knows every file of the site.
     */
    private String rewrite(String written, Entry entry, int line, String baseFolder, String folder, String root,
                           Map<String, Entry> byContentPath, ProblemList problems, List<SitePages.Link> siteLinks,
                           Map<String, String> shown) {
        if (written.isEmpty() || written.startsWith("#") || written.startsWith("//")
                || SCHEME.matcher(written).find() || leadsElsewhere(written)) {
            return written;
        }
        String entryLink = entryLink(written, entry, line, baseFolder, root, byContentPath, problems, shown);
        if (entryLink != null) {
            return entryLink;
        }
        int cut = ContentPaths.pathEnd(written);
        String path = written.substring(0, cut);
        String suffix = written.substring(cut);
        if (!path.startsWith("/")) {
            String beside = besideFile(written, line, baseFolder, root, siteLinks, shown);
            if (beside != null) {
                return beside;
            }
        }
        String target = SitePages.resolve(folder, ContentPaths.decode(path));
        siteLinks.add(new SitePages.Link(written, line, target));
        if (target != null && SitePages.isEntryPagePath(target)) {
            shown.put("page " + target, shownPage(entryPages(), target));
            if (!SitePages.has(entryPages(), target)) {
                // As with a link to its file: the address of a draft's or a private entry's page
                // ('/2025/03/02/relapse/') would publish its date and title. The build still warns.
                return "#";
            }
        }
        if (path.startsWith("/")) {
            // Site-absolute links become relative, so they survive a base path and file:// alike.
            return root + path.substring(1) + suffix;
        }
        return written;
    }

    /**
     * Where the relative link {@code written} leads when it names a file beside the entry (a photo in
     * its folder), found from the entry's file as an editor's preview finds it: the site publishes
     * the file, and the link leads to where it is. Null when it names no such file. Raw HTML's
     * addresses come here alone, so any other address in it stays as written.
     */
    private String besideFile(String written, int line, String baseFolder, String root,
                              List<SitePages.Link> siteLinks, Map<String, String> shown) {
        int cut = ContentPaths.pathEnd(written);
        String path = written.substring(0, cut);
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return null;
        }
        String resolved = ContentPaths.resolve(baseFolder, ContentPaths.entryKey(path));
        if (resolved == null) {
            return null;
        }
        String file = targets.contentFiles().get(resolved);
        // Looked up even when missing, so the view is made again once the file is there.
        shown.put("beside " + resolved, shownBeside(file));
        if (file == null) {
            return null;
        }
        siteLinks.add(new SitePages.Link(written, line, EntryFiles.sitePath(file)));
        // On an encrypted site too: the privacy step seals the file into the page (see SealedSite).
        return root + EntryFiles.href(file) + written.substring(cut);
    }

    /**
     * Warns when the picture at {@code written} is a file beside the entry in a format most browsers
     * do not show (see {@link UnshownPicture}). The extension is read first, so nearly every picture
     * costs no more than that. Whether the file is there is what the rewrite of the same address
     * looks up, so the view (and this warning with it) is made again when it comes or goes.
     */
    private void unshownPicture(String written, Entry entry, int line, String baseFolder, ProblemList problems) {
        String warning = UnshownPicture.warning(written, baseFolder, targets.contentFiles());
        if (warning != null) {
            problems.add(Problem.warning(entry.source(), line, null, warning));
        }
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static void putIfPresent(Map<String, Object> view, String key, Object value) {
        if (value != null) {
            view.put(key, value);
        }
    }

    /** Cuts at a word boundary near the limit, so summaries never end mid-word. */
    static String shorten(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH).stripTrailing() + "…";
    }
}
