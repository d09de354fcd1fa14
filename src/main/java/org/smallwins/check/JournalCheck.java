package org.smallwins.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.smallwins.BuildRequest;
import org.smallwins.Smallwins;
import org.smallwins.config.EnclosingJournal;
import org.smallwins.config.SettingsLoader;
import org.smallwins.load.EntryCache;
import org.smallwins.load.JournalLoader;
import org.smallwins.markdown.MarkdownRenderer;
import org.smallwins.markdown.NestedTooDeeply;
import org.smallwins.model.ContentPaths;
import org.smallwins.model.Entry;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.model.Permalinks;
import org.smallwins.parallel.InParallel;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.render.SitePages;
import org.smallwins.site.SlashPaths;

/**
 * Checks a journal without writing anything: every problem the loader finds (settings, front
 * matter, dates, two entries with one URL, goal ids), and in the entries a build would publish,
 * links and images that would be broken on the site; then whatever else a build would refuse
 * (the theme's templates, static files in a page's place, an encrypted journal's password),
 * found by rendering the site in memory as {@link Smallwins#problems} does.
 *
 * <p>Stricter than {@code build} in one way: what the build only warns about because the site
 * can still be made, but which leaves a dead end on it, is an error here: a link to an entry that
 * is missing, a draft or private, an image that is not there, a win naming a goal that does not
 * exist. Warnings stay warnings and do not fail the check. A win naming a goal that is a draft or
 * private stays a warning: its id is right, and the site shows the id as plain text, not a link
 * to nowhere (where a link to a draft is one); it counts once the goal is published.
 */
public final class JournalCheck {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /**
     * Which entries count as published, as for {@code build --drafts --private}.
     *
     * @param drafts         whether drafts count as published
     * @param privateEntries whether private entries count as published
     * @param today          the day to check as of; null for today in the journal's time zone (or
     *                       SOURCE_DATE_EPOCH's day), as a build takes it
     */
    public record Options(boolean drafts, boolean privateEntries, LocalDate today) {
        /** What a plain {@code build} publishes: no drafts, no private entries, as of today. */
        public static Options published() {
            return new Options(false, false, null);
        }
    }

    /**
     * What a check found.
     *
     * @param entries  how many entries were checked: the published ones, and those whose front matter
     *                 has an error (they were checked too)
     * @param problems every problem, sorted by file and line; empty for a journal with none
     */
    public record Report(int entries, List<Problem> problems) {
        /** How many problems are errors: any fails the check. */
        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        /** How many problems are warnings, which do not fail the check. */
        public long warnings() {
            return problems.size() - errors();
        }
    }

    /** Checks the journal in {@code journalDir}; throws {@link JournalException} when there is no such folder. */
    public Report check(Path journalDir, Options options) {
        if (!Files.isDirectory(journalDir)) {
            throw new JournalException(Problem.error(journalDir.toString(), 0, null,
                    "is not a folder. Point check at your journal folder, the one with journal.yml and content/."));
        }
        // Before anything is checked: read as a journal, a folder of entries gives a problem per link and goal.
        EnclosingJournal.refuse(journalDir);
        ProblemList problems = new ProblemList();
        SettingsLoader.Result settingsResult = SettingsLoader.load(journalDir);
        problems.addAll(settingsResult.problems());
        JournalSettings settings = settingsResult.settings();
        BuildRequest request = new BuildRequest(journalDir, journalDir.resolve("public"), options.drafts(),
                options.privateEntries(), options.today());
        LocalDate today;
        try {
            today = Smallwins.today(request, settings);
        } catch (JournalException notADay) {
            // Every entry would be judged against a day no journal has: nothing else is worth saying.
            problems.addAll(notADay.problems());
            return new Report(0, problems.sorted());
        }

        JournalLoader loader = new JournalLoader(journalDir, settings);
        EntryCache cache = new EntryCache();
        ProblemList loaded = new ProblemList();
        Journal published = loader.load(new JournalLoader.Selection(options.drafts(), options.privateEntries()),
                today, loaded, cache);
        Smallwins.warnOfEpochBeforeEntries(request, settings, today, published, loaded);
        for (Problem problem : loaded.sorted()) {
            problems.add(isUnknownGoal(problem) ? new Problem(Problem.Severity.ERROR, problem.path(), problem.line(),
                    problem.field(), problem.message()) : problem);
        }
        // Everything that loads, drafts and private entries too, to say why a link leads nowhere.
        Journal everything = loader.load(new JournalLoader.Selection(true, true), today, new ProblemList(), cache);

        Path contentDir = loader.contentDir();
        String contentPrefix = prefix(journalDir, contentDir);
        Map<String, Entry> all = new HashMap<>();
        for (Entry entry : everything.entries()) {
            all.put(ContentPaths.composed(contentPath(entry, contentPrefix)), entry);
        }
        Map<String, Entry> onSite = new HashMap<>();
        for (Entry entry : published.entries()) {
            onSite.put(ContentPaths.composed(contentPath(entry, contentPrefix)), entry);
        }
        LinkCheck links = new LinkCheck(journalDir, contentDir, contentPrefix, onSite, all, options,
                SitePages.files(published, journalDir), settings, published.contentFiles());
        InParallel.forEach(published.entries(), entry -> checkLinks(links, entry.source(), contentPrefix,
                Permalinks.entry(entry), entry.body(), entry.bodyLine(), problems));
        // Entries whose front matter has an error did not load; their links are checked all the same,
        // so one run lists everything to fix.
        Set<String> loadedSources = new HashSet<>();
        everything.entries().forEach(entry -> loadedSources.add(entry.source()));
        List<String> unloaded = loaded.sorted().stream()
                .filter(problem -> problem.isError() && isMarkdown(problem.path()) && !loadedSources.contains(problem.path()))
                .map(Problem::path)
                .distinct()
                .toList();
        unloaded.forEach(source -> BodyText.read(journalDir.resolve(source)).ifPresent(body ->
                checkLinks(links, source, contentPrefix, null, body.text(), body.line(), problems)));
        List<Problem> found = problems.sorted();
        Set<String> said = new HashSet<>();
        found.forEach(problem -> said.add(place(problem)));
        // The build says again what the loader said, and says of the links what the link check said
        // more exactly (as a warning, where check calls it an error): one message for each place.
        new Smallwins().problems(request).stream()
                .filter(problem -> !said.contains(place(problem)))
                .forEach(problems::add);
        // An entry whose front matter has an error was checked too: "Checked 0 entries: 3 problems"
        // would say the opposite.
        return new Report(published.entries().size() + unloaded.size(), problems.sorted());
    }

    /** {@code page}: the entry's page folder, null for an entry that did not load (it has no page). */
    private void checkLinks(LinkCheck links, String source, String contentPrefix, String page, String body,
                            int bodyLine, ProblemList problems) {
        String contentPath = source.startsWith(contentPrefix) ? source.substring(contentPrefix.length()) : source;
        try {
            markdown.render(body, new MarkdownRenderer.LinkRewriter() {
                @Override
                public String rewrite(String written, int line) {
                    links.check(source, contentPath, page, written, bodyLine + line, problems);
                    return written;
                }

                @Override
                public String rewriteRaw(String address, int line) {
                    links.checkRaw(source, contentPath, page, address, bodyLine + line, problems);
                    return null;
                }

                @Override
                public void showsPicture(String address, int line) {
                    links.checkPicture(source, contentPath, address, bodyLine + line, problems);
                }
            });
        } catch (NestedTooDeeply tooDeep) {
            problems.add(tooDeep.problem(source, bodyLine));
        }
    }

    /** A problem's line, or for one about a whole file, its words too. */
    private static String place(Problem problem) {
        return problem.path() + '\0' + problem.line()
                + (problem.line() > 0 ? "" : '\0' + problem.field() + '\0' + problem.message());
    }

    private static boolean isMarkdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /** The loader warns about a goal id no goal has; on the site that is a goal link to nowhere. */
    private static boolean isUnknownGoal(Problem problem) {
        return !problem.isError() && "goal".equals(problem.field()) && problem.message().startsWith(JournalLoader.UNKNOWN_GOAL);
    }

    private static String contentPath(Entry entry, String contentPrefix) {
        return entry.source().startsWith(contentPrefix) ? entry.source().substring(contentPrefix.length()) : entry.source();
    }

    private static String prefix(Path journalDir, Path contentDir) {
        String relative = SlashPaths.of(journalDir.relativize(contentDir));
        return relative.isEmpty() || !Files.isDirectory(contentDir) ? "" : relative + "/";
    }
}
