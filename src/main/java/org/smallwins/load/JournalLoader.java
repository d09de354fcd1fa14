package org.smallwins.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.model.Permalinks;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;

/**
 * Loads every entry under {@code content/} in parallel, then checks what only the whole journal can
 * show (two entries with one URL, two goals with one id) and leaves out drafts and private entries
 * unless asked for.
 */
public final class JournalLoader {
    public static final String CONTENT_DIR = "content";

    private final Path journalDir;
    private final JournalSettings settings;

    public JournalLoader(Path journalDir, JournalSettings settings) {
        this.journalDir = journalDir;
        this.settings = settings;
    }

    /** Which entries a build publishes. */
    public record Selection(boolean drafts, boolean privateEntries) {
    }

    /** The content folder: {@code content/} when the journal has one, else the journal folder itself. */
    public Path contentDir() {
        Path content = journalDir.resolve(CONTENT_DIR);
        return Files.isDirectory(content) ? content : journalDir;
    }

    public Journal load(Selection selection, LocalDate today, ProblemList problems) {
        return load(selection, today, problems, new EntryCache());
    }

    /** Loads the journal, reading only files the cache does not already hold unchanged. */
    public Journal load(Selection selection, LocalDate today, ProblemList problems, EntryCache cache) {
        Path content = contentDir();
        List<Path> files = markdownFiles(content, problems);
        cache.retainOnly(new java.util.HashSet<>(files));
        EntryLoader loader = new EntryLoader(settings.timezone());
        List<EntryLoader.Result> results = files.parallelStream()
                .map(file -> cache.load(file,
                        () -> loader.load(file, relative(journalDir, file), relative(content, file))))
                .toList();
        List<Entry> entries = new ArrayList<>();
        for (EntryLoader.Result result : results) {
            problems.addAll(result.problems());
            result.entry().ifPresent(entries::add);
        }
        List<Entry> published = entries.stream()
                .filter(e -> selection.drafts() || !e.draft())
                .filter(e -> selection.privateEntries() || !e.privateEntry())
                .sorted(Comparator.comparing(Entry::dateTime).thenComparing(Entry::source))
                .toList();
        checkUniqueUrls(published, problems);
        checkGoals(published, problems);
        return new Journal(settings, published, today);
    }

    private List<Path> markdownFiles(Path content, ProblemList problems) {
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(path -> isMarkdown(content, path, problems)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error(relative(journalDir, content), 0, null,
                    "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private boolean isMarkdown(Path content, Path path, ProblemList problems) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".md") || lower.endsWith(".markdown")) || isHidden(content, path)) {
            return false;
        }
        if (Files.isSymbolicLink(path)) {
            problems.add(Problem.warning(relative(journalDir, path), 0, null,
                    "is a symbolic link and was skipped: keep entries as real files inside content/."));
            return false;
        }
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Editors' backup and lock files (.#x.md, x.md~) and hidden folders are not entries. */
    private static boolean isHidden(Path content, Path path) {
        for (Path part : content.relativize(path)) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("#") || name.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    private static void checkUniqueUrls(List<Entry> entries, ProblemList problems) {
        Map<String, Entry> byUrl = new HashMap<>();
        for (Entry entry : entries) {
            String url = Permalinks.entry(entry);
            Entry first = byUrl.putIfAbsent(url, entry);
            if (first != null) {
                problems.add(Problem.error(entry.source(), entry.lineOf("slug"), "slug", "has the same URL (" + url + ") as "
                        + first.source() + ". Give one of them another title or file name, or a 'slug:'."));
            }
        }
    }

    private static void checkGoals(List<Entry> entries, ProblemList problems) {
        Map<String, Entry> goals = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.is(EntryType.GOAL)) {
                Entry first = goals.putIfAbsent(entry.goal().id(), entry);
                if (first != null) {
                    problems.add(Problem.error(entry.source(), entry.lineOf("id"), "id", "the goal id '" + entry.goal().id()
                            + "' is already used by " + first.source() + ". Give each goal its own id."));
                }
            }
        }
        for (Entry entry : entries) {
            for (String goalId : entry.goals()) {
                if (!goals.containsKey(goalId)) {
                    problems.add(Problem.warning(entry.source(), entry.lineOf("goal"), "goal", "no goal has the id '" + goalId
                            + "'. Known goals: " + (goals.isEmpty() ? "none yet" : String.join(", ",
                            goals.keySet().stream().sorted().toList())) + "."));
                }
            }
        }
    }

    static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

    public Optional<Path> journalFile(String name) {
        Path file = journalDir.resolve(name);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }
}
