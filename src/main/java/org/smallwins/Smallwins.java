package org.smallwins;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.smallwins.config.SettingsLoader;
import org.smallwins.load.EntryCache;
import org.smallwins.load.JournalLoader;
import org.smallwins.load.StaticFiles;
import org.smallwins.markdown.MarkdownRenderer;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.render.BuildCache;
import org.smallwins.render.RenderCache;
import org.smallwins.render.SiteRenderer;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;
import org.smallwins.write.OutputFolder;
import org.smallwins.write.SiteWriter;

/**
 * The front door: a journal folder in, a static site out. The whole pipeline reads top-down in
 * {@link #render}: settings, entries, pages, files; {@link #build} then writes them. Problems are
 * collected across every step and reported together; any error stops the build before the output
 * folder is touched.
 */
public final class Smallwins {
    /** The variable reproducible builds use to fix "now" (seconds since 1970). */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    // Kept between builds by one instance (the preview server) so a rebuild redoes only what changed.
    private final EntryCache entryCache = new EntryCache();
    private final RenderCache renderCache = new RenderCache();
    private JournalSettings lastSettings;
    // The key of the on-disk cache loaded into renderCache (command-line builds only).
    private String persistedKey;

    /** Renders the site in memory and writes it to the request's output folder. */
    public BuildResult build(BuildRequest request) {
        List<Problem> unsafe = OutputFolder.check(request.journalDir(), request.outputDir());
        if (!unsafe.isEmpty()) {
            throw new JournalException(unsafe);
        }
        BuildResult rendered = render(request, true);
        long start = System.nanoTime();
        SiteWriter.Report report = new SiteWriter().write(rendered.site(), request.journalDir(), request.outputDir());
        Map<String, Long> timings = new LinkedHashMap<>(rendered.timings());
        timings.put("write", (System.nanoTime() - start) / 1_000_000);
        // Saved only once the site is in place: the cache describes the output folder as it is now.
        start = System.nanoTime();
        BuildCache.save(BuildCache.fileFor(request.outputDir()), persistedKey, renderCache);
        timings.put("cache", (System.nanoTime() - start) / 1_000_000);
        return new BuildResult(rendered.journal(), rendered.site(), rendered.warnings(), report.written(),
                report.unchanged(), report.removed(), timings);
    }

    /** Renders the site in memory only. Throws {@link JournalException} listing every error found. */
    public BuildResult render(BuildRequest request) {
        return render(request, false);
    }

    /** {@code persist}: start from (and later save) the cache the last build into the same output left. */
    private BuildResult render(BuildRequest request, boolean persist) {
        Path journalDir = request.journalDir();
        ProblemList problems = new ProblemList();
        Map<String, Long> timings = new LinkedHashMap<>();

        JournalSettings settings = timed(timings, "settings", () -> {
            SettingsLoader.Result loaded = SettingsLoader.load(journalDir);
            problems.addAll(loaded.problems());
            return loaded.settings();
        });
        forgetCachesIfChanged(settings);
        LocalDate today = request.today() != null ? request.today() : today(settings.timezone());
        JournalLoader loader = new JournalLoader(journalDir, settings);
        Journal journal = timed(timings, "load", () -> loader.load(
                new JournalLoader.Selection(request.drafts(), request.privateEntries()), today, problems, entryCache));
        stopOnErrors(problems);

        String contentPrefix = prefix(journalDir, loader.contentDir());
        if (persist) {
            loadPersistedCache(request, settings, contentPrefix);
        }
        List<SiteFile> files = new ArrayList<>(timed(timings, "render",
                () -> new SiteRenderer(markdown).render(journal, journalDir, contentPrefix, problems, renderCache)));
        files.addAll(timed(timings, "static", () -> StaticFiles.read(journalDir, problems)));
        checkCollisions(files, problems);
        stopOnErrors(problems);
        return new BuildResult(journal, new Site(files), problems.sorted(), 0, 0, 0, timings);
    }

    /** Pages this instance rendered afresh in its last build; the rest came from its cache. */
    public int lastPagesRendered() {
        return renderCache.lastRendered();
    }

    /**
     * Reads the on-disk cache for this output folder, once per key: what a cached view or page may
     * depend on besides its own inputs (the code, the settings, which entries are published).
     */
    private synchronized void loadPersistedCache(BuildRequest request, JournalSettings settings, String contentPrefix) {
        String key = String.join("\n", codeVersion(), settings.toString(), contentPrefix,
                "drafts=" + request.drafts(), "private=" + request.privateEntries());
        if (!key.equals(persistedKey)) {
            renderCache.clear();
            BuildCache.load(BuildCache.fileFor(request.outputDir()), key, request.outputDir(), renderCache);
            persistedKey = key;
        }
    }

    /**
     * This build of Smallwins: the jar's version, size and time (a rebuilt jar may render
     * differently), or the classes folder when run from one.
     */
    static String codeVersion() {
        String version = String.valueOf(Smallwins.class.getPackage().getImplementationVersion());
        try {
            Path code = Path.of(Smallwins.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (java.nio.file.Files.isRegularFile(code)) {
                return version + " " + code + " " + java.nio.file.Files.size(code) + " "
                        + java.nio.file.Files.getLastModifiedTime(code).toMillis();
            }
            return version + " " + code;
        } catch (java.net.URISyntaxException | java.io.IOException | RuntimeException e) {
            // Unknown origin: a key no earlier build can have written, so nothing is reused.
            return version + " " + System.nanoTime();
        }
    }

    /** Settings shape every entry (time zone) and page (locale, links): a change starts afresh. */
    private synchronized void forgetCachesIfChanged(JournalSettings settings) {
        if (!settings.equals(lastSettings)) {
            entryCache.clear();
            renderCache.clear();
            lastSettings = settings;
        }
    }

    /** "Today" for a build: SOURCE_DATE_EPOCH when set (reproducible builds), else the clock. */
    public static LocalDate today(ZoneId zone) {
        String epoch = System.getenv(SOURCE_DATE_EPOCH);
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.trim())).atZone(zone).toLocalDate();
            } catch (NumberFormatException e) {
                throw new JournalException(Problem.error(SOURCE_DATE_EPOCH, 0, null, "'" + epoch
                        + "' is not a number of seconds since 1970. Unset it, or set it like SOURCE_DATE_EPOCH=1767225600."));
            }
        }
        return LocalDate.now(zone);
    }

    private static void checkCollisions(List<SiteFile> files, ProblemList problems) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (SiteFile file : files) {
            seen.merge(file.path(), 1, Integer::sum);
        }
        seen.forEach((path, count) -> {
            if (count > 1) {
                problems.add(Problem.error(StaticFiles.DIR + "/" + path, 0, null,
                        "has the same path as a page or theme file Smallwins makes. Rename or move it."));
            }
        });
    }

    private static void stopOnErrors(ProblemList problems) {
        if (problems.hasErrors()) {
            throw new JournalException(problems.sorted());
        }
    }

    private static String prefix(Path journalDir, Path contentDir) {
        String relative = journalDir.relativize(contentDir).toString().replace('\\', '/');
        return relative.isEmpty() ? "" : relative + "/";
    }

    private static <T> T timed(Map<String, Long> timings, String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        timings.put(step, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
