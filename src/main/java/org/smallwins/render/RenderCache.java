package org.smallwins.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.smallwins.model.Entry;
import org.smallwins.problem.Problem;
import org.smallwins.site.SiteFile;

/**
 * What one process keeps between builds (the preview server): each entry's rendered view and each
 * page's bytes, with the fingerprints that say when they are still right. A build that reuses
 * nothing makes the same site as one that reuses everything; only the time differs.
 */
public final class RenderCache {
    /**
     * {@code entryKey} fingerprints what the entry was loaded from; set only when the cache is kept on disk.
     * {@code siteLinks} are the body's links into the site, judged after each build against the files
     * it made (see {@link SitePages#warnDeadLinks}), not kept as warnings: whether they lead anywhere
     * depends on the other entries, tags and settings, not on this entry alone. {@code shown} is what
     * the view shows of other entries, by what it looked up (null for a view read from disk): while
     * that holds, the view holds whatever else changed among the entries.
     */
    record View(Entry entry, String linkVersion, Map<String, Object> view, String hash, List<Problem> problems,
                String entryKey, List<SitePages.Link> siteLinks, Map<String, String> shown) {
    }

    /** A view as read from disk ({@link BuildCache}), for an entry whose fingerprint is {@code entryKey}. */
    record StoredView(String entryKey, String linkVersion, Map<String, Object> view, String hash, List<Problem> problems,
                      List<SitePages.Link> siteLinks) {
    }

    /** A page as the last command-line build wrote it: its fingerprint and a checksum of its bytes. */
    record StoredPage(String fingerprint, long checksum, int length) {
    }

    /** What a previous process left: views by entry source, pages by path, and where it wrote them. */
    record Stored(Map<String, StoredView> views, Map<String, StoredPage> pages, Path output) {
    }

    /**
     * A page as last rendered: its fingerprint, the file, and its length. A file whose bytes went
     * to disk (see {@link org.smallwins.site.FileSink}) keeps the checksum they had, for the
     * on-disk cache and for telling whether the file on disk still holds them.
     */
    record Rendered(String fingerprint, SiteFile file, long writtenChecksum, int length) {
        /** {@code file} as rendered (its bytes in memory), kept as {@code kept}. */
        static Rendered of(String fingerprint, SiteFile file, SiteFile kept) {
            byte[] content = file.content();
            // Only bytes that leave memory are summed now; the others when the on-disk cache is saved.
            return new Rendered(fingerprint, kept, kept.inMemory() ? 0 : BuildCache.checksum(content), content.length);
        }

        long checksum() {
            return file.inMemory() ? BuildCache.checksum(file.content()) : writtenChecksum;
        }
    }

    final ConcurrentHashMap<String, View> views = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, Rendered> pages = new ConcurrentHashMap<>();
    /** Each page's inputs as last fingerprinted (see {@link Fingerprint#inputs}). */
    final ConcurrentHashMap<String, Inputs> inputs = new ConcurrentHashMap<>();

    record Inputs(Object[] inputs, String fingerprint) {
    }

    /** The shared variables each page read when it last rendered (see {@link SharedReads}), by path. */
    final ConcurrentHashMap<String, Set<String>> sharedReads = new ConcurrentHashMap<>();

    /**
     * The entries views may link to, and a fingerprint of their URLs and goal titles: a view made
     * for another version is made again. Entries here may be older versions of the same entries;
     * only their URLs and titles are read. {@code contentFiles} are the files beside the entries that
     * may be published (see {@link EntryFiles}), each content path as a link finds it (composed,
     * see {@link org.smallwins.model.ContentPaths#composed}) with the path it has in the folder.
     */
    record LinkTargets(String version, Map<String, Entry> byContentPath, Map<String, Entry> goals,
                       Map<String, String> contentFiles) {
    }

    volatile LinkTargets linkTargets;
    // Every entry page of entryPagesOf, kept while a rebuild keeps its link targets: listing ten
    // thousand pages again was a fifth of a no-change rebuild.
    LinkTargets entryPagesOf;
    Set<String> entryPages;

    /**
     * The last render's page plan, kept by a process that renders again: the theme it was drawn
     * with, its pages, the entry views they show (in the journal's order), the variables every page
     * shares, and which pages show each view (by identity).
     */
    record Plan(Theme theme, List<Page> pages, List<Map<String, Object>> views, Map<String, Object> shared,
                PlanPatch.Dependents dependents) {
    }

    volatile Plan plan;

    /** The search index, kept to be patched after an edit. */
    final SearchIndex searchIndex = new SearchIndex();

    /** The progress pages' charts, by what they were drawn from. */
    final ChartMemo charts = new ChartMemo();

    /** Set by {@link BuildCache#load}: the builds of this cache are kept on disk between processes. */
    volatile Stored stored;

    /** The theme of the last build: kept while its templates are unchanged, so they are compiled once. */
    private Theme theme;

    synchronized Theme reuse(Theme loaded) {
        if (theme == null || !theme.sameAs(loaded)) {
            theme = loaded;
        }
        return theme;
    }

    /** Pages rendered afresh (not reused) by the last build that used this cache. */
    volatile int lastRendered;

    /** Whether {@link BuildCache#load} was called on this cache (views then carry entry keys). */
    public boolean isPersistent() {
        return stored != null;
    }

    public int lastRendered() {
        return lastRendered;
    }

    /** Entries whose text the last build that used this cache made into HTML (not reused). */
    volatile int lastViewsMade;

    public int lastViewsMade() {
        return lastViewsMade;
    }

    public void clear() {
        views.clear();
        pages.clear();
        inputs.clear();
        sharedReads.clear();
        charts.clear();
        searchIndex.clear();
        linkTargets = null;
        entryPagesOf = null;
        entryPages = null;
        plan = null;
        synchronized (this) {
            theme = null;
        }
        if (stored != null) {
            stored = new Stored(Map.of(), Map.of(), stored.output());
        }
    }
}
