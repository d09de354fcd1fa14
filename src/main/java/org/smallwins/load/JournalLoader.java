package org.smallwins.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.model.Permalinks;
import org.smallwins.parallel.InParallel;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.problem.Spelling;
import org.smallwins.site.SlashPaths;

/**
 * Loads every entry under {@code content/} in parallel, then checks what only the whole journal can
 * show (two entries with one URL, two goals with one id) and leaves out drafts and private entries
 * unless asked for.
 */
public final class JournalLoader {
    /** The folder, inside the journal folder, that holds the entries. */
    public static final String CONTENT_DIR = "content";

    private final Path journalDir;
    private final JournalSettings settings;

    /** A loader of the journal in {@code journalDir}, read with {@code settings} (its time zone, above all). */
    public JournalLoader(Path journalDir, JournalSettings settings) {
        this.journalDir = journalDir;
        this.settings = settings;
    }

    /**
     * Which entries a build publishes.
     *
     * @param drafts         whether drafts are published too
     * @param privateEntries whether private entries are published too
     */
    public record Selection(boolean drafts, boolean privateEntries) {
    }

    /** The content folder: {@code content/} when the journal has one, else the journal folder itself. */
    public Path contentDir() {
        Path content = journalDir.resolve(CONTENT_DIR);
        return Files.isDirectory(content) ? content : journalDir;
    }

    /**
     * Loads the journal afresh, with no cache. Errors and warnings go to {@code problems}, not thrown:
     * the caller decides whether errors stop the build.
     */
    public Journal load(Selection selection, LocalDate today, ProblemList problems) {
        return load(selection, today, problems, new EntryCache());
    }

    /** Loads the journal, reading only files the cache does not already hold unchanged. */
    public Journal load(Selection selection, LocalDate today, ProblemList problems, EntryCache cache) {
        return load(selection, today, problems, cache, null);
    }

    /**
     * As {@link #load(Selection, LocalDate, ProblemList, EntryCache)}, told which files changed since
     * the last load with this cache (a file watcher's events): then only those are looked at, not the
     * whole content folder. {@code changed} null, or a change the list cannot describe (a folder
     * created, moved or deleted), means a full walk; so does a cache that has not walked yet, and a
     * change to a path the last walk warned about (a symbolic link), whose warnings are said again
     * on the loads between.
     */
    public Journal load(Selection selection, LocalDate today, ProblemList problems, EntryCache cache,
                        Set<Path> changed) {
        Path content = contentDir();
        EntryCache.LastWalk updated = changed == null ? null
                : cache.lastFound(content, changed, this::update, JournalLoader::stillSo);
        Map<Path, BasicFileAttributes> found;
        if (updated != null) {
            found = updated.files();
            problems.addAll(updated.said());
        } else {
            ProblemList walkProblems = new ProblemList();
            Map<Path, Boolean> warned = new TreeMap<>();
            boolean[] unreadable = {false};
            found = markdownFiles(content, walkProblems, warned, unreadable);
            List<Problem> said = walkProblems.sorted();
            problems.addAll(said);
            // A walk that warned of symbolic links or misread names is kept with its warnings, said
            // again until one of those paths changes, so an unrelated save does not walk the whole
            // journal again. One that could not read a file or folder is not: being made readable
            // (chmod) changes no modification time, so some watchers would not tell.
            cache.rememberFound(content, unreadable[0] ? null : found, warned, said);
        }
        List<Path> files = new ArrayList<>();
        TreeSet<String> contentFiles = new TreeSet<>();
        for (Path file : found.keySet()) {
            if (isEntryName(file.getFileName().toString())) {
                files.add(file);
            } else {
                contentFiles.add(relative(content, file));
            }
        }
        EntryLoader loader = new EntryLoader(settings.timezone());
        List<EntryLoader.Result> results = InParallel.map(files, file -> cache.load(file, found.get(file),
                () -> loader.load(file, found.get(file).size(), relative(journalDir, file), relative(content, file))));
        cache.retainOnly(new HashSet<>(files));
        EntryCache.Published last = cache.lastPublished(results, selection);
        if (last == null) {
            last = cache.lastPublishedWithBodyEdits(results, selection);
            if (last != null) {
                cache.rememberPublished(results, selection, last.entries(), last.problems());
            }
        }
        if (last != null) {
            // Nothing changed since the last load with this cache but entries' text: the same list
            // (with the new text), checked the same.
            problems.addAll(last.problems());
            laterThan(today, last.entries(), problems);
            hiddenInHugo(today, last.entries(), problems);
            loneFirst(today, last.entries(), problems);
            return new Journal(settings, last.entries(), today, contentFiles);
        }
        ProblemList checks = new ProblemList();
        List<Entry> entries = new ArrayList<>();
        for (EntryLoader.Result result : results) {
            checks.addAll(result.problems());
            result.entry().ifPresent(entries::add);
        }
        List<Entry> published = entries.stream()
                .filter(e -> selection.drafts() || !e.draft())
                .filter(e -> selection.privateEntries() || !e.privateEntry())
                .sorted(Comparator.comparing(Entry::dateTime).thenComparing(Entry::source))
                .toList();
        checkUniqueUrls(published, checks);
        checkGoals(published, entries, checks);
        checkTagPages(published, checks);
        checkTypeFolders(entries, checks);
        List<Problem> all = checks.sorted();
        cache.rememberPublished(results, selection, published, all);
        problems.addAll(all);
        laterThan(today, published, problems);
        hiddenInHugo(today, published, problems);
        loneFirst(today, published, problems);
        return new Journal(settings, published, today, contentFiles);
    }

    /**
     * A warning for each entry dated after today: published, but a journal is of what happened, so
     * a date in the future is most often a slip of the keyboard (2052 for 2025). Said at each load,
     * not kept with the entries' other problems, since today moves on while the preview runs.
     */
    private static void laterThan(LocalDate today, List<Entry> entries, ProblemList problems) {
        for (Entry entry : entries) {
            if (entry.date().isAfter(today)) {
                Integer line = entry.fieldLines().get("date");
                problems.add(Problem.warning(entry.source(), line == null ? 1 : line, line == null ? null : "date",
                        afterToday(entry.date(), today)));
            }
        }
    }

    /**
     * An error for each entry published though Hugo's publish or expiry date would hide it today. Said
     * at each load, as {@link #laterThan} is, since it depends on today.
     */
    private void hiddenInHugo(LocalDate today, List<Entry> entries, ProblemList problems) {
        for (Entry entry : entries) {
            problems.addAll(HugoHiding.checkDates(entry, settings.timezone(), today));
        }
    }

    /** What to say of an entry dated after today, wherever it is found (a build, or 'new --date'). */
    public static String afterToday(LocalDate date, LocalDate today) {
        return "dated " + date + ", after today (" + today + "). It is published, and counts in the progress"
                + " pages from that day on. If the date is a slip, correct it.";
    }

    /**
     * The entry files, sorted, each with the attributes the walk read anyway: one lstat per file,
     * which the cache then uses to tell changed files, instead of three more calls per file.
     */
    private Map<Path, BasicFileAttributes> markdownFiles(Path content, ProblemList problems, Map<Path, Boolean> warned,
                                                         boolean[] unreadable) {
        if (!Files.isDirectory(content)) {
            return Map.of();
        }
        TreeMap<Path, BasicFileAttributes> files = new TreeMap<>();
        try {
            // content/ itself may be a link to where the entries are kept (a synced folder): the walk
            // starts at the real folder, and each file is named as if under content/.
            Path start = Files.isSymbolicLink(content) ? content.toRealPath() : content;
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(start) && skipsFolder(content.equals(journalDir), start, dir)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path found, BasicFileAttributes attributes) {
                    String inContent = start.relativize(found).toString();
                    if (inContent.indexOf(UNREADABLE) >= 0) {
                        String lower = inContent.toLowerCase(Locale.ROOT);
                        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
                            // Resolved as a Path, not from its String: the name's bytes are kept as they are.
                            warned.put(content.resolve(start.relativize(found)).toAbsolutePath().normalize(), false);
                            problems.add(Problem.error(relative(journalDir, content) + "/" + SlashPaths.of(start.relativize(found)), 0, null,
                                    unreadableName()));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    Path file = start == content ? found : content.resolve(inContent);
                    String name = file.getFileName().toString();
                    if (attributes.isSymbolicLink() && !isHiddenName(name) && Files.isDirectory(found)) {
                        warned.put(file.toAbsolutePath().normalize(), true);
                        problems.add(Problem.warning(relative(journalDir, file), 0, null, "is a symbolic link to a"
                                + " folder and was skipped with the entries in it: keep entries in real folders inside content/."));
                        return FileVisitResult.CONTINUE;
                    }
                    if (isHiddenName(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!isEntryName(name)) {
                        // Kept by path, for an entry that shows it (a photo beside it); a link is
                        // not followed, since it could lead to any file on the disk.
                        if (attributes.isRegularFile() && !attributes.isSymbolicLink()) {
                            files.put(file, attributes);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        warned.put(file.toAbsolutePath().normalize(), false);
                        problems.add(Problem.warning(relative(journalDir, file), 0, null,
                                "is a symbolic link and was skipped: keep entries as real files inside content/."));
                    } else if (attributes.isRegularFile()) {
                        files.put(file, attributes);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path failed, IOException e) {
                    Problem problem = walkFailure(content, start, failed, e);
                    if (problem != null) {
                        unreadable[0] = true;
                        problems.add(problem);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return files;
        } catch (IOException | UncheckedIOException e) {
            unreadable[0] = true;
            problems.add(Problem.error(relative(journalDir, content), 0, null,
                    "cannot list the folder: " + e.getMessage()));
            return Map.of();
        }
    }

    /** What Java puts in a file's name for bytes it cannot read in the system's character set. */
    public static final char UNREADABLE = (char) 0xFFFD;

    /**
     * Why a file whose name holds {@link #UNREADABLE} is not used: its page's address would come
     * from the name as this system misreads it ("café" read as "caf??" gave caf/, not cafe/), so
     * the same journal would give another site elsewhere. Java reads names in the locale's
     * character set, which is ASCII where no locale is set (LANG unset, as in some services).
     */
    public static String unreadableName() {
        String charset = System.getProperty("sun.jnu.encoding", "");
        boolean utf8 = charset.equalsIgnoreCase("UTF-8") || charset.equalsIgnoreCase("UTF8");
        return utf8 ? "its name is not valid UTF-8, so its web address cannot be made from it: rename the file."
                : "its name has characters this system cannot read (Java reads file names as " + charset + " here),"
                + " so its web address would differ from the one other systems give it. Run Smallwins with a UTF-8"
                + " locale, like LANG=C.UTF-8, or rename the file with plain letters.";
    }

    /**
     * What to say of a file or folder of content/ the walk could not read, null when nothing: a
     * folder is opened before preVisitDirectory sees it, so a hidden one (a Mac's .Trashes,
     * .Spotlight-V100) is skipped here, unread, as it would be there; and a file that is not an
     * entry is no loss. {@code start} is where the walk began (content/'s real folder when it is a link).
     */
    Problem walkFailure(Path content, Path start, Path failed, IOException e) {
        Path file = start.equals(content) ? failed : content.resolve(start.relativize(failed).toString());
        boolean folder = Files.isDirectory(failed, LinkOption.NOFOLLOW_LINKS);
        if (folder && skipsFolder(content.equals(journalDir), start, failed)) {
            return null;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!folder && (isHiddenName(name) || !(lower.endsWith(".md") || lower.endsWith(".markdown")))) {
            return null;
        }
        String why = SourceText.whyUnreadable(e);
        return Problem.error(relative(journalDir, file), 0, null, folder
                ? "is a folder that cannot be opened (" + why + "), so the entries in it would be left out."
                        + " Make it readable (chmod u+rx), or move it out of content/."
                : "cannot be read (" + why + "). Make it readable (chmod u+r), or move it out of content/.");
    }

    /**
     * Whether each path the last walk warned about would be warned about alike now: a link still a
     * link, to a folder or not as it was (its target may change outside content/, where no event
     * comes from). A name this system misreads cannot be looked up by that name; any event on it walks.
     */
    private static boolean stillSo(Map<Path, Boolean> warned) {
        for (Map.Entry<Path, Boolean> path : warned.entrySet()) {
            if (path.getKey().toString().indexOf(UNREADABLE) < 0 && !(Files.isSymbolicLink(path.getKey())
                    && Files.isDirectory(path.getKey()) == path.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Brings the last walk's files up to date for one changed path: false when a walk is needed
     * (a folder changed, or a symbolic link or an entry whose name this system misreads appeared,
     * which only a walk reports).
     */
    private boolean update(Path content, TreeMap<Path, BasicFileAttributes> files, Path changed) {
        Path absoluteContent = content.toAbsolutePath().normalize();
        Path absolute = changed.toAbsolutePath().normalize();
        if (!absolute.startsWith(absoluteContent) || absolute.equals(absoluteContent)) {
            return !absoluteContent.startsWith(absolute);
        }
        Path relative = absoluteContent.relativize(absolute);
        // An entry (or a folder of them) named as this system misreads it cannot be found by that
        // name, so it would look deleted and be left out unsaid: the walk finds it and says why.
        if (relative.toString().indexOf(UNREADABLE) >= 0 && isEntryName(relative.getFileName().toString())) {
            return false;
        }
        Path file = content.resolve(relative.toString());
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException gone) {
            attributes = null;
        }
        if (attributes == null) {
            // Gone: an entry, or a folder that held entries (then walk, to drop them all).
            files.remove(file);
            Path after = files.ceilingKey(file);
            return after == null || !after.startsWith(file);
        }
        if (attributes.isDirectory() || attributes.isSymbolicLink()) {
            return false;
        }
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (skipsFolder(content.equals(journalDir), content, content.resolve(relative.subpath(0, i + 1).toString()))) {
                return true;
            }
        }
        String name = file.getFileName().toString();
        // A file beside the entries whose name this system misreads is left out, as the walk leaves it.
        if (!isHiddenName(name) && attributes.isRegularFile()
                && (isEntryName(name) || relative.toString().indexOf(UNREADABLE) < 0)) {
            files.put(file, attributes);
        }
        return true;
    }

    /**
     * Folders whose files are not entries: hidden ones; and in a journal without content/ (whose
     * entries are then anywhere in it), its other folders: static/, archetypes/ and themes/, whose
     * Markdown files are pages to copy or templates, and any site Smallwins built there (a folder
     * with the marker file of its output, OutputManifest), whose copies of those must not come back
     * as entries. Neither are their other files read as files beside the entries. Public so that
     * the preview's watcher skips what the loader skips; it costs one {@code Files.exists}.
     *
     * @param wholeJournal whether the journal has no content/, so {@code root} is the journal folder
     * @param root         the folder the entries are in: content/, or the journal folder
     * @param dir          a folder under {@code root}
     */
    public static boolean skipsFolder(boolean wholeJournal, Path root, Path dir) {
        // lost+found: where a file system's check puts what it recovers, at the top of a disk.
        if (isHiddenName(dir.getFileName().toString()) || dir.getFileName().toString().equals("lost+found")) {
            return true;
        }
        if (!wholeJournal) {
            return false;
        }
        return NOT_CONTENT.contains(dir.getFileName().toString()) && dir.getParent().equals(root)
                || Files.exists(dir.resolve(OUTPUT_MARKER));
    }

    private static final Set<String> NOT_CONTENT = Set.of("static", "archetypes", "themes");
    private static final String OUTPUT_MARKER = ".smallwins-output";

    /** Whether a file of the content folder named {@code name} is an entry (Markdown), not a file beside one. */
    private static boolean isEntryName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /**
     * Editors' backup and lock files (.#x.md, x.md~) and hidden folders are not entries. Public so
     * that the preview's watcher leaves out what the loader leaves out.
     */
    public static boolean isHiddenName(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }

    private static void checkUniqueUrls(List<Entry> entries, ProblemList problems) {
        Map<String, Entry> byUrl = new HashMap<>();
        for (Entry entry : entries) {
            String url = Permalinks.entry(entry);
            Entry first = byUrl.putIfAbsent(url, entry);
            if (first != null) {
                boolean entrySet = entry.fieldLines().containsKey("slug");
                boolean firstSet = first.fieldLines().containsKey("slug");
                if (entrySet && firstSet) {
                    problems.add(Problem.error(entry.source(), entry.lineOf("slug"), "slug", "has the same URL (" + url
                            + ") as " + first.source() + ", and both set it with 'slug:'. Change the slug of one of them."));
                } else if (entrySet || firstSet) {
                    // Said where the clash was made: the one 'slug:' line, not a file that has none.
                    Entry setter = entrySet ? entry : first;
                    Entry other = entrySet ? first : entry;
                    problems.add(Problem.error(setter.source(), setter.lineOf("slug"), "slug", "gives this entry the same URL ("
                            + url + ") as " + other.source() + ". Change this slug to another one, or take the line out."));
                } else {
                    // The URL comes from the file name (its part after the date), not from the title.
                    problems.add(Problem.error(entry.source(), entry.lineOf("slug"), "slug", "has the same URL (" + url
                            + ") as " + first.source() + ". The URL comes from the day and the file name, not the title:"
                            + " rename one of the files, or give one of them a 'slug:'."));
                }
            }
        }
    }

    /**
     * A warning for a folder named almost like a type's ({@code win/}, {@code setback/},
     * {@code winz/}): an entry's type comes from the nearest folder named exactly like one, so the
     * entries in it became reflections without a word, a goal in {@code goal/} no goal at all. Said
     * once for each such folder, at the first of its entries (by path) that has no {@code type:}.
     */
    private static void checkTypeFolders(List<Entry> entries, ProblemList problems) {
        Set<String> said = new HashSet<>();
        List<Entry> byPath = entries.stream()
                .filter(e -> e.type() == EntryType.REFLECTION && !e.fieldLines().containsKey("type"))
                .sorted(Comparator.comparing(Entry::source))
                .toList();
        for (Entry entry : byPath) {
            // "content/win/2025-01-03-x.md": the folders between content/ and the file, nearest first.
            String[] parts = entry.source().split("/");
            for (int i = parts.length - 2; i >= 1; i--) {
                if (EntryType.fromFolder(parts[i]).isPresent()) {
                    break;
                }
                Optional<EntryType> meant = nearTypeFolder(parts[i]);
                // In "reflectoins/" they are what the folder meant: nothing was lost.
                if (meant.isPresent() && meant.get() != EntryType.REFLECTION) {
                    String folder = String.join("/", Arrays.copyOfRange(parts, 0, i + 1)) + "/";
                    if (said.add(folder)) {
                        EntryType type = meant.get();
                        problems.add(Problem.warning(entry.source(), 1, null, "is a reflection, since " + parts[i]
                                + "/ is not a type's folder: did you mean " + type.folder() + "/? Rename the folder, or"
                                + " add 'type: " + type.id() + "' (or 'type: reflection') to the front matter of each"
                                + " entry in " + folder + " that has no type."));
                    }
                    break;
                }
            }
        }
    }

    /**
     * The type whose folder {@code name} nearly is: its singular ("win", "goal"), or a slip that
     * keeps the first letter, one letter off for the short names ("winz") and up to two for the
     * longer ones ("setbakcs"). Keeping the first letter spares folders like "bins" or "pins".
     */
    static Optional<EntryType> nearTypeFolder(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (EntryType type : EntryType.values()) {
            int allowed = type.folder().length() <= 5 ? 1 : 2;
            if (lower.equals(type.id()) || !lower.isEmpty() && lower.charAt(0) == type.folder().charAt(0)
                    && Spelling.distance(lower, type.folder()) <= allowed) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * A warning for a tag that shares its page with a tag spelt otherwise, not only in case ("C#" and
     * "C++" are both /tags/c/, "café" and "cafe" /tags/cafe/): a page's name keeps only letters and
     * digits, so the two would be shown as one tag under the first spelling, without a word. Said once
     * for each spelling, at the first entry that brings it.
     */
    private static void checkTagPages(List<Entry> entries, ProblemList problems) {
        Map<String, String> firstSpelling = new HashMap<>();
        Map<String, Entry> firstEntry = new HashMap<>();
        Set<String> said = new HashSet<>();
        for (Entry entry : entries) {
            for (String tag : entry.tags()) {
                String slug = Slugs.slugify(tag);
                if (slug.isEmpty()) {
                    continue;
                }
                String first = firstSpelling.putIfAbsent(slug, tag);
                if (first == null) {
                    firstEntry.put(slug, entry);
                } else if (!first.equalsIgnoreCase(tag) && said.add(slug + '\0' + tag.toLowerCase(Locale.ROOT))) {
                    problems.add(Problem.warning(entry.source(), entry.lineOf("tags"), "tags", "'" + tag + "' and '"
                            + first + "' (" + firstEntry.get(slug).source() + ") share one tag page, /"
                            + Permalinks.tag(slug) + ", since a page's name keeps only plain letters and digits; it shows"
                            + " them as one tag, '" + first + "'. Spell one otherwise to keep them apart"
                            + EntryLoader.likeApart(slug, tag, first) + ","
                            + " or both alike."));
                }
            }
        }
    }

    /**
     * A warning for a first entry years before all the others (1900 for 2025, a slip of the keyboard
     * as likely as a date in the future): the progress pages count from the first entry, so one
     * such date makes a review page for every year between, each one empty. Said at each load, as
     * dates after today are, since it depends on today.
     */
    private static void loneFirst(LocalDate today, List<Entry> entries, ProblemList problems) {
        if (entries.size() < 2) {
            return;
        }
        Entry first = entries.get(0);
        Entry next = entries.get(1);
        // Years up to the next entry, or to today when that one is dated later (it is the slip then).
        int gap = Math.min(next.date().getYear(), today.getYear()) - first.date().getYear();
        if (gap > LONE_YEARS) {
            Integer line = first.fieldLines().get("date");
            problems.add(Problem.warning(first.source(), line == null ? 1 : line, line == null ? null : "date",
                    "dated " + first.date() + ", " + gap + " years before any other entry (the next is "
                            + next.date() + ", " + next.source() + "). The progress pages count from it, with a review"
                            + " for each year between. If the date is a slip, correct it."));
        }
    }

    /** How many years alone a first entry may be before it is asked about. */
    private static final int LONE_YEARS = 5;

    /**
     * Two published goals with one id; and a win naming a goal no published entry has. When the
     * goal is there but left out of this build (a draft, or private), saying "add the goal" would
     * make a second goal with its id: the warning says which file it is and how to include it.
     */
    private static void checkGoals(List<Entry> entries, List<Entry> loaded, ProblemList problems) {
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
        Map<String, Entry> leftOut = new HashMap<>();
        for (Entry entry : loaded) {
            if (entry.is(EntryType.GOAL) && !goals.containsKey(entry.goal().id())) {
                leftOut.putIfAbsent(entry.goal().id(), entry);
            }
        }
        for (Entry entry : entries) {
            for (String goalId : entry.goals()) {
                if (goals.containsKey(goalId)) {
                    continue;
                }
                Entry hidden = leftOut.get(goalId);
                if (hidden != null) {
                    problems.add(Problem.warning(entry.source(), entry.lineOf("goal"), "goal", leftOutGoal(goalId, hidden)));
                } else {
                    problems.add(Problem.warning(entry.source(), entry.lineOf("goal"), "goal",
                            UnknownGoal.message(goalId, goals.keySet())));
                }
            }
        }
    }

    /** How the warning about a goal id no goal has starts (check makes it an error: see check.JournalCheck). */
    public static final String UNKNOWN_GOAL = UnknownGoal.START;

    /** A win names a goal that is there, but a draft or private, so this build leaves it out. */
    private static String leftOutGoal(String goalId, Entry goal) {
        String what;
        String flags;
        if (goal.draft() && goal.privateEntry()) {
            what = "a private draft";
            flags = "--drafts --private";
        } else if (goal.draft()) {
            what = "a draft";
            flags = "--drafts";
        } else {
            what = "private";
            flags = "--private";
        }
        return "the goal '" + goalId + "' is " + what + " (" + goal.source() + "), left out of this build, so this"
                + " entry does not count toward it on the site yet. It counts once the goal is published, or in a"
                + " build with " + flags + ". The id is right: no new goal is needed.";
    }

    static String relative(Path base, Path file) {
        return SlashPaths.of(base.relativize(file));
    }
}
