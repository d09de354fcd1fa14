package org.smallwins;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.smallwins.config.EnclosingJournal;
import org.smallwins.config.SettingsLoader;
import org.smallwins.insight.Insights;
import org.smallwins.load.EntryCache;
import org.smallwins.load.EntryDates;
import org.smallwins.load.JournalLoader;
import org.smallwins.load.StaticFiles;
import org.smallwins.markdown.MarkdownRenderer;
import org.smallwins.markdown.NestedTooDeeply;
import org.smallwins.model.BodyEdits;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.model.Permalinks;
import org.smallwins.model.RecordText;
import org.smallwins.parallel.InParallel;
import org.smallwins.privacy.JournalKey;
import org.smallwins.privacy.Password;
import org.smallwins.privacy.SealedSite;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.render.BuildCache;
import org.smallwins.render.EntryFiles;
import org.smallwins.render.RenderCache;
import org.smallwins.render.SitePages;
import org.smallwins.render.SiteRenderer;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;
import org.smallwins.site.SlashPaths;
import org.smallwins.write.OutputFolder;
import org.smallwins.write.OutputLock;
import org.smallwins.write.SiteWriter;
import org.smallwins.write.StagedSite;

/**
 * The front door: a journal folder in, a static site out. The whole pipeline reads top-down in
 * the private {@code runPipeline(request, persist, changed, seal)} that every public call goes through: settings, entries (the journal), insights derived from them (progress, milestones,
 * goals), pages, files, then encryption when the journal asks for it; {@link #build} then writes
 * them. Problems are collected across every step and reported together; any error stops the build
 * before the output folder is touched. An entry's error stops it before rendering, so what only
 * rendering finds waits for the next run (the theme's syntax and static/ are still checked).
 *
 * <p>One instance runs one call at a time: a call made while another thread's is running waits for it,
 * since the instance keeps what each call made for the next. Builds in parallel take one instance each.
 * The static {@link #read} keeps nothing and may be called from any thread.
 *
 * <p>The core reads two environment variables, and only here: {@value #SOURCE_DATE_EPOCH} fixes
 * "today" when the request gives none (see {@link BuildRequest#today()}), and
 * {@code SMALLWINS_PASSWORD} is an encrypted journal's password when neither the request nor
 * journal.yml's {@code passwordFile} gives one. A program that sets both in its request is
 * independent of its environment.
 */
public final class Smallwins {
    /** The variable reproducible builds use to fix "now" (seconds since 1970). */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    // Held for the whole of each public call: the caches below belong to one call at a time, so
    // calls on one instance from several threads queue (another instance runs beside it). Private,
    // so a program's own lock on the instance never holds up a build; the private methods all run
    // under it, and take no lock of their own.
    private final Object oneCallAtATime = new Object();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    // Kept between builds by one instance (the preview server) so a rebuild redoes only what changed;
    // a command-line build fills renderCache from the cache file its last build left beside the output.
    private final EntryCache entryCache = new EntryCache();
    private final RenderCache renderCache = new RenderCache();
    private JournalSettings lastSettings;
    // Deriving the key is slow on purpose (about a second): the preview server reuses it between rebuilds.
    private JournalKey lastKey;
    private String lastKeyId;
    // The key of the on-disk cache loaded into renderCache (command-line builds only).
    private String persistedKey;
    // The journal and insights of the last render that succeeded, to tell what the next one changes.
    private PreviousRender previousRender;

    private record PreviousRender(Journal journal, Insights insights) {
    }

    /**
     * Renders the site and writes it to the request's output folder (a first build writes each page
     * as it is rendered, see {@link BuildResult#site()}). Throws {@link JournalException} listing
     * every problem found, with nothing written.
     */
    public BuildResult build(BuildRequest request) {
        synchronized (oneCallAtATime) {
            return buildNow(request);
        }
    }

    /** {@link #build}, its caller holding the instance's lock. */
    private BuildResult buildNow(BuildRequest request) {
        // Before anything else: a mistyped journal folder must not get an empty site built inside it.
        requireJournalFolder(request);
        // A request for render() or read() may have none; said here rather than as an NPE in the checks below.
        Objects.requireNonNull(request.outputDir(), "outputDir is null: build(request) writes the site there;"
                + " render(request) makes it in memory without one");
        // Where the output is, before rendering; whether it holds files of others is checked by the
        // writer just before it writes (a walk of the whole folder, too dear to do twice).
        List<Problem> unsafe = OutputFolder.checkLocation(request.journalDir(), request.outputDir());
        if (!unsafe.isEmpty()) {
            throw new JournalException(unsafe);
        }
        PipelineOutcome outcome = runPipeline(request, true, null, true);
        try (OutputLock held = outcome.lock()) {
            BuildResult rendered = outcome.result();
            long start = System.nanoTime();
            SiteWriter.Report report;
            if (outcome.staged() != null) {
                try {
                    report = outcome.staged().finish(rendered.site());
                } finally {
                    outcome.staged().discard();
                }
            } else {
                report = new SiteWriter().write(rendered.site(), request.journalDir(), request.outputDir());
            }
            Map<String, Long> timings = new LinkedHashMap<>(rendered.timings());
            timings.put("write", (System.nanoTime() - start) / 1_000_000);
            // Saved only once the site is in place: the cache describes the output folder as it is now.
            start = System.nanoTime();
            if (persistedKey != null) {
                BuildCache.save(BuildCache.fileFor(request.outputDir()), persistedKey, renderCache);
            } else {
                BuildCache.forget(BuildCache.fileFor(request.outputDir()));
            }
            timings.put("cache", (System.nanoTime() - start) / 1_000_000);
            return new BuildResult(rendered.journal(), rendered.site(), rendered.warnings(), report.written(),
                    report.unchanged(), report.removed(), timings);
        }
    }

    /** The errors the Markdown reader finds in the entries' bodies (see {@link NestedTooDeeply}). */
    private void bodyErrors(Journal journal, ProblemList problems) {
        InParallel.forEach(journal.entries(), entry -> {
            try {
                markdown.render(entry.body(), (written, line) -> written);
            } catch (NestedTooDeeply tooDeep) {
                problems.add(tooDeep.problem(entry.source(), entry.bodyLine()));
            }
        });
    }

    /** Renders the site in memory only. Throws {@link JournalException} listing every error found. */
    public BuildResult render(BuildRequest request) {
        synchronized (oneCallAtATime) {
            return runPipeline(request, false, null, true).result();
        }
    }

    /**
     * As {@link #render(BuildRequest)}, told which files changed since this instance's last render
     * (what a file watcher saw, as the preview server passes them): entries are then looked up only
     * for those paths instead of walking every file of the journal. Null when unknown: a full look,
     * as does a first render or a change of a folder rather than a file.
     */
    public BuildResult render(BuildRequest request, Set<Path> changed) {
        synchronized (oneCallAtATime) {
            return runPipeline(request, false, changed, true).result();
        }
    }

    /**
     * Every problem a build of this request would report, found the way the build finds them (the
     * theme's templates run, static files laid beside the pages, the password looked for), but
     * nothing written and an encrypted site not sealed: deriving its key takes a second and finds
     * nothing new. Errors stop a build, as they would; for {@code check}, which promises to find
     * what a build refuses.
     */
    public List<Problem> problems(BuildRequest request) {
        synchronized (oneCallAtATime) {
            try {
                return runPipeline(request, false, null, false).result().warnings();
            } catch (JournalException e) {
                return e.problems();
            }
        }
    }

    /**
     * A render's result, the staging folder its pages were written into as they were rendered
     * (null when they are all in memory), which {@link #build} swaps in, and the output's lock,
     * which {@link #build} lets go once the site and its cache are written (null for a render only).
     */
    private record PipelineOutcome(BuildResult result, StagedSite staged, OutputLock lock) {
    }

    /**
     * {@code persist}: start from (and later save) the cache the last build into the same output
     * left; and, for a first build into that output, write pages into its staging folder as they
     * are rendered (see {@link StagedSite}). {@code seal}: encrypt the site when the journal asks for it.
     */
    private PipelineOutcome runPipeline(BuildRequest request, boolean persist, Set<Path> changed, boolean seal) {
        Path journalDir = requireJournalFolder(request);
        ProblemList problems = new ProblemList();
        Map<String, Long> timings = new LinkedHashMap<>();

        JournalSettings settings = timed(timings, "settings", () -> {
            SettingsLoader.Result loaded = SettingsLoader.load(journalDir, request.settings());
            problems.addAll(loaded.problems());
            return loaded.settings();
        });
        forgetCachesIfChanged(settings);
        // The theme needs only the settings: it is read on another core while the entries load.
        SiteRenderer renderer = new SiteRenderer(markdown);
        renderer.prepareTheme(journalDir, settings, renderCache);
        char[] password = timed(timings, "password", () -> passwordFor(request, settings, problems));
        LocalDate today = today(request, settings);
        JournalLoader loader = new JournalLoader(journalDir, settings);
        Journal journal = timed(timings, "load", () -> loader.load(
                new JournalLoader.Selection(request.drafts(), request.privateEntries()), today, problems, entryCache,
                changed));
        noJournalHere(journalDir, journal, problems);
        warnOfEpochBeforeEntries(request, settings, today, journal, problems);
        if (problems.hasErrors()) {
            // The build stops here, but the entries that did load may have bodies the Markdown
            // reader refuses, the theme templates that do not parse and static/ files it cannot
            // copy: said in the same run, so one pass fixes all of that. (What only rendering can
            // find, a dead link say, waits for a run whose entries load.)
            bodyErrors(journal, problems);
            problems.addAll(renderer.themeProblems(journalDir, settings, renderCache));
            StaticFiles.read(journalDir, problems);
        }
        stopOnErrors(problems);
        // From here a build reads the cache beside its output and writes into the staging folder:
        // both belong to one build at a time.
        OutputLock lock = persist ? OutputLock.acquire(request.outputDir()) : null;
        StagedSite staged = null;
        try {
            String contentPrefix = prefix(journalDir, loader.contentDir());
            // The cache holds entries in clear, so an encrypted journal never keeps one beside its output.
            if (persist && !settings.privacy().encrypt()) {
                loadPersistedCache(request, settings, contentPrefix);
            } else {
                persistedKey = null;
            }
            // After an edit to entries' text alone (the usual edit while writing), what front matter
            // decides is as in the last render: its insights are kept, and only pages showing that text are redone.
            PreviousRender previous = previousRender;
            previousRender = null;  // set again only if this render succeeds
            // Files beside the entries added or removed change where links lead: not text edits alone.
            BodyEdits edits = previous == null || !previous.journal().contentFiles().equals(journal.contentFiles())
                    ? null : BodyEdits.between(previous.journal(), journal);
            Insights insights = timed(timings, "insights", () -> edits != null ? previous.insights() : Insights.compute(journal));
            List<SiteFile> staticFiles = timed(timings, "static", () -> StaticFiles.read(journalDir, problems));
            // An encrypted site is sealed whole after rendering, so its pages stay in memory.
            staged = persist && password == null && StagedSite.suits(request.outputDir())
                    ? new StagedSite(journalDir, request.outputDir(), staticFiles.stream().map(SiteFile::path).toList())
                    : null;
            if (staged != null) {
                // Each entry's page folder is made while the entries are rendered (see StagedSite).
                staged.prepare(journal.entries().stream().map(Permalinks::entry).toList());
            }
            StagedSite sink = staged;
            List<SiteFile> files = new ArrayList<>(timed(timings, "render", () -> renderer
                    .render(journal, insights, journalDir, contentPrefix, problems, renderCache, edits, sink)));
            for (String part : List.of("views", "plan", "pages")) {
                timings.put("render." + part, renderer.timings().getOrDefault(part, 0L));
            }
            files.addAll(staticFiles);
            Map<String, EntryFiles.Shown> beside = EntryFiles.linked(journal, renderCache);
            // On an encrypted site the privacy step seals them into the pages that show them.
            Map<String, String> read = new LinkedHashMap<>();
            beside.forEach((path, shown) -> read.put(path, shown.contentFile()));
            files.addAll(StaticFiles.readBeside(loader.contentDir(), contentPrefix, read, problems));
            checkCollisions(files, contentPrefix, problems);
            // Links into the site are judged against what it holds now that every file is known:
            // a link to a tag no entry has, or to a page journal.yml leaves out, is a dead end on it.
            Set<String> sitePaths = files.stream().map(SiteFile::path).collect(Collectors.toCollection(HashSet::new));
            sitePaths.addAll(beside.keySet());
            SitePages.warnDeadLinks(journal, renderCache, sitePaths, problems);
            stopOnErrors(problems);
            Site site = new Site(files);
            previousRender = new PreviousRender(journal, insights);
            if (password != null && seal) {
                // The privacy step: with privacy.encrypt on, what is published is the site sealed, never the site.
                site = timed(timings, "encrypt", () -> encrypt(new Site(files), staticFiles, beside.keySet(), password,
                        settings, request, problems));
            } else if (password != null) {
                Arrays.fill(password, '\0');
            }
            if (staged != null && !staged.isOpen()) {
                staged.discard();
            }
            return new PipelineOutcome(new BuildResult(journal, site, problems.sorted(), 0, 0, 0, timings),
                    staged != null && staged.isOpen() ? staged : null, lock);
        } catch (RuntimeException | Error e) {
            if (staged != null) {
                staged.discard();
            }
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /**
     * The password when the journal is encrypted, else null. Refuses private entries on a site that
     * is not encrypted: published in clear, they would be readable by anyone who finds the site; and
     * a password a program gave for such a site, which it expects to be sealed.
     */
    private static char[] passwordFor(BuildRequest request, JournalSettings settings, ProblemList problems) {
        if (!settings.privacy().encrypt()) {
            char[] given = request.password();
            if (given != null) {
                Arrays.fill(given, '\0');
                problems.add(Password.givenWithoutEncryption(settings.privacy()));
            }
            if (request.privateEntries()) {
                problems.add(Password.privateEntriesWithoutEncryption(settings.privacy(), given != null));
            }
            return null;
        }
        List<Problem> found = new ArrayList<>();
        // The request's copy: this one is wiped once the key is made, the request may build again.
        char[] password = Password.find(request.journalDir(), settings.privacy(), request.password(), System::getenv,
                found);
        problems.addAll(found);
        return password;
    }

    /** The privacy step: the rendered site encrypted with the journal's key (see org.smallwins.privacy). */
    private Site encrypt(Site site, List<SiteFile> staticFiles, Set<String> besidePaths, char[] password,
                         JournalSettings settings, BuildRequest request, ProblemList problems) {
        JournalKey key = key(password, request.outputDir());
        Set<String> staticPaths = new HashSet<>();
        staticFiles.forEach(f -> staticPaths.add(f.path()));
        SealedSite.Result result = new SealedSite(key, settings.title(), settings.locale().toLanguageTag(),
                settings.basePath()).seal(site, staticPaths, besidePaths);
        problems.addAll(result.warnings());
        return result.site();
    }

    /** The key for this password, with the salt the output folder remembers (a new random one the first time). */
    private JournalKey key(char[] password, Path outputDir) {
        byte[] salt = outputDir == null ? null : SealedSite.rememberedSalt(outputDir);
        if (salt == null) {
            salt = lastKey != null ? lastKey.salt() : JournalKey.randomSalt();
        }
        String id = keyId(password, salt);
        if (!id.equals(lastKeyId)) {
            lastKey = JournalKey.derive(password, salt, JournalKey.ITERATIONS);
            lastKeyId = id;
        }
        Arrays.fill(password, '\0');
        return lastKey;
    }

    private static String keyId(char[] password, byte[] salt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The journal as a build reads it, and the warnings found on the way.
     *
     * @param journal  the settings and published entries, as a build of the same request would have them
     * @param warnings what is worth a look, sorted by file and line; errors are thrown instead
     */
    public record Reading(Journal journal, List<Problem> warnings) {
    }

    /**
     * Reads settings and entries as {@link #render(BuildRequest)} does, without rendering: for read-only views such as
     * {@code stats}. Throws {@link JournalException} listing every error found.
     */
    public static Reading read(BuildRequest request) {
        Path journalDir = requireJournalFolder(request);
        ProblemList problems = new ProblemList();
        SettingsLoader.Result loaded = SettingsLoader.load(journalDir, request.settings());
        problems.addAll(loaded.problemsWithoutRendering());
        JournalSettings settings = loaded.settings();
        LocalDate today = today(request, settings);
        Journal journal = new JournalLoader(journalDir, settings)
                .load(new JournalLoader.Selection(request.drafts(), request.privateEntries()), today, problems);
        noJournalHere(journalDir, journal, problems);
        warnOfEpochBeforeEntries(request, settings, today, journal, problems);
        stopOnErrors(problems);
        return new Reading(journal, problems.sorted());
    }

    /**
     * Pages this instance rendered afresh in its last build or render; the rest came from its
     * cache. Zero before the first call.
     */
    public int lastPagesRendered() {
        synchronized (oneCallAtATime) {
            return renderCache.lastRendered();
        }
    }

    /** Entries whose text the last build made into HTML afresh (the others' were reused): for tests. */
    int lastViewsMade() {
        synchronized (oneCallAtATime) {
            return renderCache.lastViewsMade();
        }
    }

    /**
     * Reads the on-disk cache for this output folder, once per key: what a cached view or page may
     * depend on besides its own inputs (the code, the settings, which entries are published). The
     * output folder is not part of the key: a build into another folder keeps what is in memory,
     * since a page is reused only once its bytes are found on disk, wherever they were written.
     */
    private void loadPersistedCache(BuildRequest request, JournalSettings settings, String contentPrefix) {
        String key = String.join("\n", codeVersion(), RecordText.of(settings), contentPrefix,
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
            if (Files.isRegularFile(code)) {
                return version + " " + code + " " + Files.size(code) + " "
                        + Files.getLastModifiedTime(code).toMillis();
            }
            return version + " " + code;
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // Unknown origin: a key no earlier build can have written, so nothing is reused.
            return version + " " + System.nanoTime();
        }
    }

    /** Settings shape every entry (time zone) and page (locale, links): a change starts afresh. */
    private void forgetCachesIfChanged(JournalSettings settings) {
        // A first build has nothing to compare (and does not link the record's equals: see RecordText).
        if (lastSettings == null || !settings.equals(lastSettings)) {
            entryCache.clear();
            renderCache.clear();
            previousRender = null;
            lastSettings = settings;
        }
    }

    /**
     * The request's today, else {@link #today(ZoneId)} in the journal's zone; held to the years an entry may have, since
     * the progress pages count from the first entry to today (a typo of 9999 would make a page for
     * every year until then).
     */
    public static LocalDate today(BuildRequest request, JournalSettings settings) {
        LocalDate today = request.today() != null ? request.today() : today(settings.timezone());
        if (!EntryDates.inRange(today.atStartOfDay())) {
            throw new JournalException(Problem.error(request.today() != null ? "today" : SOURCE_DATE_EPOCH, 0, null,
                    "'" + today + "' is not a day a journal can have: use one from " + EntryDates.FIRST_YEAR
                            + " to " + EntryDates.LAST_YEAR + ", like 2025-03-14."));
        }
        return today;
    }

    /**
     * One warning, naming {@value #SOURCE_DATE_EPOCH}, when that variable (not {@code --today}) sets
     * today before the clock's and so puts entries after it: some shells set it for their own builds
     * (nix-shell to 1980-01-01), and the warning at each entry says "after today" without saying why.
     */
    public static void warnOfEpochBeforeEntries(BuildRequest request, JournalSettings settings, LocalDate today,
                                      Journal journal, ProblemList problems) {
        String epoch = System.getenv(SOURCE_DATE_EPOCH);
        if (request.today() != null || epoch == null || epoch.isBlank()) {
            return;
        }
        epochWarning(epoch.strip(), today, LocalDate.now(settings.timezone()),
                journal.entries().stream().filter(entry -> entry.date().isAfter(today)).count())
                .ifPresent(problems::add);
    }

    /** {@link #warnOfEpochBeforeEntries}'s warning for {@code later} entries after {@code today}, when there is one to give. */
    static Optional<Problem> epochWarning(String epoch, LocalDate today, LocalDate clock, long later) {
        if (later == 0 || !today.isBefore(clock)) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(SOURCE_DATE_EPOCH, 0, null, "is set (to " + epoch + "), so"
                + " today is taken to be " + today + ", not " + clock + " as this computer's clock says, and "
                + (later == 1 ? "1 entry is" : later + " entries are") + " after it. It is meant for reproducible"
                + " builds; to build as of the clock, unset it (unset SOURCE_DATE_EPOCH), or give the day with --today."));
    }

    /**
     * "Today" for a build: the day of {@value #SOURCE_DATE_EPOCH} in {@code zone} when that
     * environment variable is set (reproducible builds), else the clock's. Throws
     * {@link JournalException} when it is set to something that is not a number of seconds.
     */
    public static LocalDate today(ZoneId zone) {
        return now(zone).toLocalDate();
    }

    /** "Now" in {@code zone}: {@value #SOURCE_DATE_EPOCH} when set (reproducible builds), else the clock; as {@link #today(ZoneId)}. */
    public static LocalDateTime now(ZoneId zone) {
        String epoch = System.getenv(SOURCE_DATE_EPOCH);
        if (epoch != null && !epoch.isBlank()) {
            try {
                return LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.trim())), zone);
            } catch (NumberFormatException e) {
                throw new JournalException(Problem.error(SOURCE_DATE_EPOCH, 0, null, "'" + epoch
                        + "' is not a number of seconds since 1970. Unset it, or set it like SOURCE_DATE_EPOCH=1767225600."));
            }
        }
        return LocalDateTime.now(zone);
    }

    private static void checkCollisions(List<SiteFile> files, String contentPrefix, ProblemList problems) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (SiteFile file : files) {
            seen.merge(file.path(), 1, Integer::sum);
        }
        seen.forEach((path, count) -> {
            if (count > 1 && path.startsWith(EntryFiles.FOLDER)) {
                problems.add(Problem.error(StaticFiles.DIR + "/" + path, 0, null, "has the same path on the site as "
                        + contentPrefix + path.substring(EntryFiles.FOLDER.length()) + ", a file beside the entries"
                        + " that an entry shows. Rename or move one of them."));
            } else if (count > 1) {
                problems.add(Problem.error(StaticFiles.DIR + "/" + path, 0, null,
                        "has the same path as a page or theme file Smallwins makes. Rename or move it."));
            }
        });
    }

    /**
     * An error when the folder has nothing of a journal (no journal.yml, no content/, no entry that
     * loaded): building there would leave a site and its cache in what is most likely the wrong
     * folder (a mistyped path, the folder above the journal), as Hugo refuses a folder without its
     * config. A new journal made by 'smallwins init' has both, and may stay empty.
     */
    private static void noJournalHere(Path journalDir, Journal journal, ProblemList problems) {
        if (journal.entries().isEmpty() && !Files.exists(journalDir.resolve(SettingsLoader.FILE_NAME))
                && !Files.isDirectory(journalDir.resolve(JournalLoader.CONTENT_DIR))) {
            problems.add(Problem.error(journalDir.toAbsolutePath().normalize().toString(), 0, null,
                    "is not a journal folder: it has no journal.yml, no content/ folder and no entries. If your"
                            + " journal is in another folder, pass that folder instead; to start one here, run"
                            + " 'smallwins init'."));
        }
    }

    private static void stopOnErrors(ProblemList problems) {
        if (problems.hasErrors()) {
            throw new JournalException(problems.sorted());
        }
    }

    private static Path requireJournalFolder(BuildRequest request) {
        Objects.requireNonNull(request, "the BuildRequest is null: make one with BuildRequest.of(journalDir, outputDir)");
        return requireJournalFolder(request.journalDir());
    }

    /**
     * Throws {@link JournalException} when {@code journalDir} is not a folder, or is a folder inside
     * another journal (its content/wins/, its public/): for edges that would
     * otherwise start on a mistyped path (the preview server would watch and serve nothing).
     */
    public static Path requireJournalFolder(Path journalDir) {
        if (!Files.isDirectory(journalDir)) {
            throw new JournalException(Problem.error(journalDir.toString(), 0, null,
                    "is not a folder. Point Smallwins at your journal folder, the one with journal.yml and content/,"
                            + " or start one with 'smallwins init'."));
        }
        EnclosingJournal.refuse(journalDir);
        return journalDir;
    }

    private static String prefix(Path journalDir, Path contentDir) {
        String relative = SlashPaths.of(journalDir.relativize(contentDir));
        return relative.isEmpty() ? "" : relative + "/";
    }

    private static <T> T timed(Map<String, Long> timings, String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        timings.put(step, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
