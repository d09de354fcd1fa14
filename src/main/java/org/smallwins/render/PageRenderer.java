package org.smallwins.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.site.FileSink;
import org.smallwins.site.SiteFile;

/**
 * Renders pages through the theme's templates. Adds the variables every page has to each page's
 * own; a template error becomes a problem naming the template file and line, and the page that hit it.
 */
final class PageRenderer {
    private final Theme theme;
    private final Map<String, Object> shared;
    /**
     * The menu as each section's pages get it (that section's item current), and as pages of no
     * section get it: one list per section, the same object on each of its pages, so the theme can
     * make its menu once per section and depth ({@link RenderOnce}) rather than on every page.
     */
    private final Map<String, List<Map<String, Object>>> navBySection = new HashMap<>();
    private final List<Map<String, Object>> navOfNoSection;
    /**
     * The menu on the page each item leads to (the item's section and URL, a space between): that
     * item is the current page there. One more menu per section, made once like the others.
     */
    private final Map<String, List<Map<String, Object>>> navOnItsPage = new HashMap<>();
    private final RenderCache cache;
    private final Links links;
    private final IdentityHashMap<Object, String> knownHashes;
    private final FileSink sink;
    private final String sharedHash;
    private final RenderOnce once = new RenderOnce();
    final AtomicInteger rendered = new AtomicInteger();
    private static final AtomicLong PATCHES = new AtomicLong();

    /**
     * {@code shared} holds the variables every page gets (site, counts, years); {@code nav} the
     * menu; {@code knownHashes} the precomputed hashes of entry views, for fingerprints; {@code
     * sink} (or null) takes each page, rendered or reused, as soon as it is ready.
     */
    PageRenderer(Theme theme, Map<String, Object> shared, List<Map<String, String>> nav, RenderCache cache,
                 IdentityHashMap<Object, String> knownHashes, Links links, FileSink sink) {
        this.theme = theme;
        this.sink = sink;
        this.links = links;
        this.shared = shared;
        for (Map<String, String> item : nav) {
            navBySection.put(item.get("section"), navWithCurrent(nav, item.get("section"), null));
            navOnItsPage.put(item.get("section") + " " + item.get("url"),
                    navWithCurrent(nav, item.get("section"), item.get("url")));
        }
        this.navOfNoSection = navWithCurrent(nav, null, null);
        this.cache = cache;
        this.knownHashes = knownHashes;
        this.sharedHash = Fingerprint.of(knownHashes, theme.version(), shared, nav);
        this.navHash = Fingerprint.of(knownHashes, theme.version(), nav);
        for (Map.Entry<String, Object> variable : new TreeMap<>(shared).entrySet()) {
            sharedHashes.put(variable.getKey(), Fingerprint.of(knownHashes, variable.getKey(), variable.getValue()));
        }
    }

    /** The theme and menu, which every page is drawn with, and each shared variable's hash, by name. */
    private final String navHash;
    private final Map<String, String> sharedHashes = new TreeMap<>();

    /**
     * What the page is drawn from of what every page shares. For a one-shot build, all of it; in a
     * process that rebuilds, the theme, the menu and the shared variables its template read the
     * last time it rendered (all of them before it first did): see {@link SharedReads}.
     */
    private String sharedPart(Page page) {
        if (cache.isPersistent()) {
            return sharedHash;
        }
        Set<String> read = cache.sharedReads.get(page.path());
        if (read == null) {
            read = sharedHashes.keySet();
        }
        StringBuilder part = new StringBuilder(navHash);
        for (String name : read) {
            part.append('\n').append(name).append(' ').append(sharedHashes.get(name));
        }
        return part.toString();
    }

    /**
     * The menu as a page of {@code section} sees it: {@code current} on that section's item, and
     * {@code currentPage} on the item that links to the page itself ({@code pageUrl}, or null on
     * every other page of the section, which share one menu).
     */
    private static List<Map<String, Object>> navWithCurrent(List<Map<String, String>> nav, String section,
                                                           String pageUrl) {
        return nav.stream().map(item -> Map.<String, Object>of(
                "label", item.get("label"),
                "url", item.get("url"),
                "current", item.get("section").equals(section),
                "currentPage", item.get("url").equals(pageUrl))).toList();
    }

    /** The menu a page is drawn with: its section's, or on the page a menu item leads to, that page's own. */
    private List<Map<String, Object>> navFor(Page page, String pageUrl) {
        List<Map<String, Object>> own = navOnItsPage.get(page.section() + " " + pageUrl);
        return own != null ? own : navBySection.getOrDefault(page.section(), navOfNoSection);
    }

    /** A page's fingerprint, and its bytes when they can be reused (null when it must be rendered). */
    record Reuse(String fingerprint, SiteFile file) {
    }

    /**
     * The page's bytes from this process's cache or the last output folder when nothing it is
     * drawn from changed; otherwise only its fingerprint, for {@link #render(Page, String, ProblemList)}.
     */
    Reuse reuse(Page page) {
        String fingerprint = fingerprint(page);
        RenderCache.Rendered cached = cache.pages.get(page.path());
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            if (cached.file().inMemory() && sink == null) {
                return new Reuse(fingerprint, cached.file());
            }
            // Written to disk by an earlier build of this process: reused if the file still holds those bytes.
            if (cached.file().inMemory()) {
                return new Reuse(fingerprint, keep(fingerprint, cached.file()));
            }
            Optional<SiteFile> onDisk = stillHolds(cached.file(), cached.checksum(), cached.length());
            if (onDisk.isPresent()) {
                return new Reuse(fingerprint, keepOnDisk(fingerprint, onDisk.get(), cached.checksum(), cached.length()));
            }
        }
        RenderCache.StoredPage stored = cache.stored == null ? null : cache.stored.pages().get(page.path());
        if (stored != null && stored.fingerprint().equals(fingerprint)) {
            // The page as the last command-line build wrote it, made from the same inputs.
            Optional<SiteFile> kept = stillHolds(SiteFile.writtenTo(page.path(), cache.stored.output()),
                    stored.checksum(), stored.length());
            if (kept.isPresent()) {
                return new Reuse(fingerprint, keepOnDisk(fingerprint, kept.get(), stored.checksum(), stored.length()));
            }
        }
        return new Reuse(fingerprint, null);
    }

    /** Renders the page and keeps it under {@code fingerprint}, what {@link #reuse} found for it. */
    Optional<SiteFile> render(Page page, String fingerprint, ProblemList problems) {
        Optional<SiteFile> rendered = renderNow(page, problems);
        // Kept under what it was just drawn from: the shared variables it read this time.
        String drawnFrom = cache.isPersistent() || fingerprint.startsWith(PATCHED) ? fingerprint : fingerprint(page);
        if (fingerprint.startsWith(PATCHED)) {
            cache.inputs.put(page.path(), new RenderCache.Inputs(Fingerprint.inputs(knownHashes, parts(page)), fingerprint));
        }
        Optional<SiteFile> file = rendered.map(f -> keep(drawnFrom, f));
        this.rendered.incrementAndGet();
        return file;
    }

    private static final String PATCHED = "patched ";

    /** Hands a page's bytes to the sink, if any, and remembers the page in the cache as kept. */
    private SiteFile keep(String fingerprint, SiteFile file) {
        SiteFile kept = sink == null ? file : sink.take(file);
        cache.pages.put(file.path(), RenderCache.Rendered.of(fingerprint, file, kept));
        return kept;
    }

    /**
     * As {@link #keep}, for a file found on disk holding the bytes {@code checksum} and {@code
     * length} describe: remembered without reading it once more.
     */
    private SiteFile keepOnDisk(String fingerprint, SiteFile file, long checksum, int length) {
        if (sink != null) {
            return keep(fingerprint, file);
        }
        cache.pages.put(file.path(), new RenderCache.Rendered(fingerprint, file, checksum, length));
        return file;
    }

    /**
     * Renders a page of a kept plan again (see {@link PlanPatch}): it shows an edited entry, so it
     * changed. Rendered without hashing its model (the search page's is megabytes): its
     * fingerprint only has to differ from every earlier one, as it is only compared in this
     * process, and the inputs kept with it say when it still holds.
     */
    Optional<SiteFile> rerender(Page page, ProblemList problems) {
        if (cache.isPersistent()) {
            throw new IllegalStateException("a kept plan is for a cache in memory only: its fingerprints are not hashes");
        }
        // Its inputs are kept once it has rendered (see render), with the shared variables it read.
        return render(page, PATCHED + PATCHES.incrementAndGet(), problems);
    }

    private Object[] parts(Page page) {
        return new Object[] {sharedPart(page), page.path(), page.template(), page.kind(), page.title(), page.section(),
                page.model()};
    }

    /**
     * The page's fingerprint. A process that rebuilds (the preview server) first compares the
     * page's inputs with last time's, which is much cheaper than hashing them; a one-shot build
     * (its cache kept on disk) has no last time in memory and hashes directly.
     */
    private String fingerprint(Page page) {
        Object[] parts = parts(page);
        if (cache.isPersistent()) {
            return Fingerprint.of(knownHashes, parts);
        }
        Object[] inputs = Fingerprint.inputs(knownHashes, parts);
        RenderCache.Inputs last = cache.inputs.get(page.path());
        if (last != null && Fingerprint.sameInputs(last.inputs(), inputs)) {
            return last.fingerprint();
        }
        String fingerprint = Fingerprint.of(knownHashes, parts);
        cache.inputs.put(page.path(), new RenderCache.Inputs(inputs, fingerprint));
        return fingerprint;
    }

    /**
     * The page written to disk, when the file still holds exactly what was written there (no one
     * edited or removed it since).
     */
    private static Optional<SiteFile> stillHolds(SiteFile written, long checksum, int length) {
        try {
            byte[] bytes = written.content();
            if (bytes.length == length && BuildCache.checksum(bytes) == checksum) {
                // The file on disk, not a copy of its bytes: a build that changed few pages would
                // otherwise hold the whole site in memory, and the writer read each page again to
                // find it the same as itself.
                return Optional.of(written);
            }
        } catch (UncheckedIOException e) {
            // Gone or unreadable: render it again.
        }
        return Optional.empty();
    }

    private Optional<SiteFile> renderNow(Page page, ProblemList problems) {
        Map<String, Object> model = new HashMap<>(shared);
        model.putAll(page.model());
        String root = Links.root(page.path());
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("kind", page.kind());
        pageInfo.put("title", page.title());
        pageInfo.put("url", page.path().endsWith("index.html")
                ? links.page(page.path().substring(0, page.path().length() - "index.html".length())) : page.path());
        model.put("page", pageInfo);
        model.put("root", root);
        model.put(RenderOnce.NAME, once);
        model.put("nav", navFor(page, (String) pageInfo.get("url")));
        try {
            Template template = theme.freemarker().getTemplate(page.template());
            RenderCache.Rendered last = cache.pages.get(page.path());
            PageOutput out = new PageOutput(last == null ? 0 : last.length() + 1024);
            if (cache.isPersistent()) {
                template.process(model, out);
            } else {
                SharedReads variables = new SharedReads(model, shared.keySet(), theme.freemarker().getObjectWrapper());
                variables.during(() -> template.process(variables, out));
                if (variables.read() == null) {
                    cache.sharedReads.remove(page.path());
                } else {
                    cache.sharedReads.put(page.path(), variables.read());
                }
            }
            return Optional.of(new SiteFile(page.path(), out.toBytes()));
        } catch (TemplateNotFoundException e) {
            problems.add(Problem.error(theme.describe(null), 0, null, "the theme has no template '"
                    + page.template() + "', needed for " + page.path() + "."));
        } catch (ParseException e) {
            problems.add(unreadable(e));
        } catch (TemplateException e) {
            Problem failure = failed(page, e);
            if (failure != null) {
                problems.add(failure);
            }
        } catch (SecurityException e) {
            // The theme's loader refuses a file reached through a symbolic link out of the theme.
            problems.add(Problem.error(theme.describe(page.template()), 0, null, "cannot use a file outside the"
                    + " theme while rendering " + page.path() + " (" + e.getMessage() + "). Keep what templates"
                    + " include or import inside themes/" + theme.name() + "/templates/."));
        } catch (StackOverflowError e) {
            // Templates that include or call one another without end overflow the stack: the one
            // FreeMarker mistake that is no TemplateException, and would end the build with a trace.
            problems.add(Problem.error(theme.describe(page.template()), 0, null, "rendering " + page.path()
                    + " went round in a loop: a template includes or imports itself, or macros call each other,"
                    + " without end. Look at the <#include>, <#import> and macro calls this template leads to."));
        } catch (IOException e) {
            // FreeMarker remembers a template that failed to parse, and tells the pages after the
            // first only that it failed "on an earlier attempt": the parse error is its cause.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException parse) {
                    problems.add(unreadable(parse));
                    return Optional.empty();
                }
            }
            problems.add(Problem.error(theme.describe(page.template()), 0, null, "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * A template failed. When it failed because a template it imports or includes cannot be read or
     * is not there, that file and line are named, not the import's (FreeMarker's own message stops
     * at "Template importing failed:", its reason being in the cause).
     */
    private Problem failed(Page page, TemplateException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return unreadable(parse);
            }
            if (cause instanceof TemplateNotFoundException missing) {
                return Problem.error(theme.describe(e.getTemplateSourceName()),
                        e.getLineNumber() == null ? 0 : e.getLineNumber(), null, "imports or includes '"
                                + missing.getTemplateName() + "', which the theme does not have (looked for in themes/"
                                + theme.name() + "/templates/ and the built-in theme). Add the file to themes/"
                                + theme.name() + "/templates/, or correct the name.");
            }
            if (cause instanceof SecurityException outside) {
                return Problem.error(theme.describe(e.getTemplateSourceName()),
                        e.getLineNumber() == null ? 0 : e.getLineNumber(), null, "cannot use a file outside the"
                                + " theme (" + outside.getMessage() + "). Keep what templates include or import inside"
                                + " themes/" + theme.name() + "/templates/.");
            }
        }
        String refusal = ThemeMistake.refusal(e);
        String message = refusal != null ? refusal : firstLine(e.getMessageWithoutStackTop());
        if (e instanceof InvalidReferenceException) {
            // FreeMarker's own tip, cut with the rest of its message, in short.
            String replaced = ThemeMistake.replacedLibrary(theme, e);
            // A macro a replaced library lacks is to be defined, not given a default.
            message += "." + (replaced.isEmpty() ? ThemeMistake.nearKey(e)
                    + " If it may be missing, give a default (${x!\"\"}) or test it first (<#if x??>)" : replaced);
        }
        failures.computeIfAbsent(List.of(theme.describe(e.getTemplateSourceName()),
                e.getLineNumber() == null ? 0 : e.getLineNumber(), message),
                key -> new ConcurrentSkipListSet<>()).add(page.path());
        return null;
    }

    /**
     * Failures alike (the same template, line and message) gathered from every page they happened on,
     * to be said once: one mistake in a layout fails every page.
     */
    private final ConcurrentHashMap<List<Object>, ConcurrentSkipListSet<String>>
            failures = new ConcurrentHashMap<>();

    /** Adds the failures gathered while rendering, each once, with the first page it failed on and how many more. */
    void addFailures(ProblemList problems) {
        failures.forEach((where, pages) -> {
            int others = pages.size() - 1;
            problems.add(Problem.error((String) where.get(0), (Integer) where.get(1), null, "failed while rendering "
                    + pages.first() + (others == 0 ? "" : " and " + others + (others == 1 ? " other page" : " other pages"))
                    + ": " + where.get(2)));
        });
        failures.clear();
    }

    private Problem unreadable(ParseException e) {
        return TemplateSyntax.problem(theme, e);
    }

    /**
     * FreeMarker's first line, plus the expression it points at ("==> entry.mood") when it has
     * one: "has evaluated to null or missing:" alone does not say what.
     */
    private static String firstLine(String message) {
        // "(LinkedHashMap wrapped into f.t.DefaultMapAdapter)": Java's name for a hash, no help to a theme author.
        String trimmed = message == null ? "" : message.strip().replaceAll(" \\([^()\n]* wrapped into f\\.t\\.[^()\n]*\\)", "");
        int end = trimmed.indexOf('\n');
        if (end < 0) {
            return trimmed;
        }
        String first = trimmed.substring(0, end);
        for (String line : trimmed.split("\n")) {
            if (line.startsWith("==> ")) {
                int where = line.indexOf("  [in template");
                return first + " " + (where < 0 ? line.substring(4) : line.substring(4, where)).strip();
            }
        }
        return first;
    }
}
