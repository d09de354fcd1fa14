package org.smallwins.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.smallwins.Smallwins;
import org.smallwins.config.EnclosingJournal;
import org.smallwins.config.SettingsLoader;
import org.smallwins.load.EntryDates;
import org.smallwins.load.EntryLoader;
import org.smallwins.load.HugoHiding;
import org.smallwins.load.JournalLoader;
import org.smallwins.load.Slugs;
import org.smallwins.load.UnknownGoal;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.model.Permalinks;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.site.SlashPaths;

/**
 * {@code smallwins new}: one new entry file, {@code content/<type folder>/YYYY-MM-DD-slug.md}, from
 * the type's archetype. Never overwrites: a name that is taken (as a file, or as a URL by another
 * entry on the same day) gets {@code -2}, {@code -3}..., and the file is created with
 * {@code CREATE_NEW}, so even a second writer at the same moment cannot be overwritten. The text is
 * loaded through {@link EntryLoader} before it is written; if it would not load, nothing is written.
 */
public final class NewEntry {
    private static final int MAX_TRIES = 1000;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private NewEntry() {
    }

    /** What a mood may be, as every message about it says it. */
    public static final String MOOD_RANGE = "use a whole number from 1 to 5 (1 is very low, 5 is very good)";

    /**
     * What to make.
     *
     * @param date  as written on the command line ({@code 2025-03-14}, {@code 2025-03-14 08:30}, ...); null for now
     * @param today the day to use when {@code date} is null, written without a time; null for now (with
     *              its time of day) in the journal's zone
     */
    public record Request(Path journalDir, EntryType type, String title, List<String> tags, Integer mood,
                          List<String> goals, String date, LocalDate today) {
        public Request {
            tags = List.copyOf(tags);
            goals = List.copyOf(goals);
        }
    }

    /**
     * The file made, relative to the journal ({@code content/wins/2026-11-24-walk.md}), and warnings worth a look.
     *
     * @param sameName the entry already there under the name this one would have had ({@code ...-walk.md}
     *                 when this is {@code ...-walk-2.md}), or null: the writer may have meant to open it
     */
    public record Result(String path, Path file, List<Problem> warnings, String sameName) {
        public Result(String path, Path file, List<Problem> warnings) {
            this(path, file, warnings, null);
        }

        /** What to say when a name was taken, or null: a second entry is fine, but may not be what was meant. */
        public String sameNameNote() {
            return sameName == null ? null : sameName + " is already there, so this entry is a new one beside it;"
                    + " to add to that one instead, open it and delete " + path + ".";
        }
    }

    /** Makes the entry. Throws {@link JournalException} (nothing written) when it cannot. */
    public static Result create(Request request) {
        return create(request, Smallwins::now);
    }

    /** As {@link #create(Request)}, with "now" from {@code clock} (given the journal's time zone). */
    static Result create(Request request, Function<ZoneId, LocalDateTime> clock) {
        // A mistyped folder is said as build says it, not as a folder to start a journal in.
        Path journalDir = Smallwins.requireJournalFolder(request.journalDir());
        SettingsLoader.Result loaded = SettingsLoader.load(journalDir);
        // The time zone decides today's date, so a broken journal.yml could date the entry wrongly.
        List<Problem> blocking = loaded.problemsWithoutRendering().stream().filter(Problem::isError)
                .sorted(Problem.ORDER).toList();
        if (!blocking.isEmpty()) {
            throw new JournalException(blocking);
        }
        JournalSettings settings = loaded.settings();
        ZoneId zone = settings.timezone();
        Path contentDir = contentDir(journalDir);

        String title = request.title() == null ? "" : request.title().replaceAll("[\\r\\n]+", " ").strip();
        if (title.isEmpty()) {
            throw new JournalException(Problem.error("title", 0, null,
                    "an entry needs a title, even a short one, like \"Drank a glass of water\"."));
        }
        if (request.mood() != null && (request.mood() < 1 || request.mood() > 5)) {
            throw new JournalException(Problem.error("mood", 0, null, "'" + request.mood()
                    + "' is not allowed: " + MOOD_RANGE + "."));
        }
        // --today fixes only the day; otherwise the time goes in too, so that an entry made later the
        // same day (after init's welcome entry, say) sorts after the ones before it.
        boolean nowHasTime = request.today() == null;
        LocalDateTime clockNow = nowHasTime ? clock.apply(zone) : null;
        LocalDateTime now = nowHasTime ? clockNow.truncatedTo(ChronoUnit.MINUTES) : request.today().atStartOfDay();
        LocalDate today = now.toLocalDate();
        LocalDateTime when;
        boolean hasTime;
        if (request.date() != null) {
            Optional<EntryDates.When> parsed = EntryDates.parse(request.date(), zone);
            if (parsed.isEmpty()) {
                throw new JournalException(Problem.error("date", 0, null,
                        "'" + request.date() + "' is not a date: " + EntryDates.EXPECTED + "."));
            }
            when = parsed.get().dateTime();
            hasTime = parsed.get().hasTime();
        } else {
            when = now;
            hasTime = nowHasTime;
        }

        // What is already there: URLs (even of drafts and private entries) and goal ids.
        ProblemList ignored = new ProblemList();
        Journal existing = new JournalLoader(journalDir, settings)
                .load(new JournalLoader.Selection(true, true), when.toLocalDate(), ignored);
        if (request.date() == null && nowHasTime) {
            when = afterThisMinutes(clockNow, existing.entries());
        }
        Set<String> takenUrls = new HashSet<>();
        Set<String> goalIds = new HashSet<>();
        for (Entry entry : existing.entries()) {
            takenUrls.add(Permalinks.entry(entry));
            if (entry.goal() != null) {
                goalIds.add(entry.goal().id());
            }
        }

        Archetype archetype = Archetype.forType(journalDir, request.type());
        String folder = request.type().folder();
        Path dir = contentDir.resolve(folder);
        String contentRelative = relative(journalDir, contentDir);
        String prefix = contentRelative.isEmpty() ? "" : contentRelative + "/";
        if (Files.isSymbolicLink(dir)) {
            // The build does not follow links inside content/: an entry written there would not be on the site.
            throw new JournalException(Problem.error(prefix + folder, 0, null, "is a symbolic link, and the build"
                    + " skips linked folders inside content/. Make it a real folder, then add the entry."));
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new JournalException(Problem.error(prefix + folder, 0, null, "is a file, not a folder. Rename or"
                    + " move it, so that " + request.type().id() + " entries can go in a folder of that name."));
        }
        String baseSlug = Slugs.slugify(title);
        if (baseSlug.isEmpty()) {
            baseSlug = "entry";
        }
        String day = when.toLocalDate().toString();
        EntryLoader loader = new EntryLoader(zone);

        String sameName = null;
        for (int n = 1; n <= MAX_TRIES; n++) {
            String slug = n == 1 ? baseSlug : baseSlug + "-" + n;
            String name = day + "-" + slug + ".md";
            Path target = dir.resolve(name);
            String source = prefix + folder + "/" + name;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                sameName = sameName == null ? source : sameName;
                continue;
            }
            List<Problem> problems = new ArrayList<>();
            Archetype.Filled filled = archetype.fill(values(request, title, when, hasTime, slug), problems);
            if (!problems.isEmpty()) {
                throw new JournalException(problems);
            }
            LoadedText checked = load(loader, filled.text(), source, folder + "/" + name);
            // Hugo's publish and expiry dates are checked against today by the build, not by the loader.
            List<Problem> errors = Stream.concat(checked.problems().stream(), checked.entry().stream()
                    .flatMap(entry -> HugoHiding.checkDates(entry, zone, today).stream()))
                    .filter(Problem::isError).toList();
            if (!errors.isEmpty() || checked.entry().isEmpty()) {
                throw new JournalException(errors.stream()
                        .map(p -> Problem.error(archetype.source(), filled.archetypeLine(p.line()), p.field(),
                                p.message() + " (in the entry this archetype makes)"))
                        .toList());
            }
            if (takenUrls.contains(Permalinks.entry(checked.entry().get()))) {
                continue;
            }
            try {
                Files.createDirectories(dir);
                Files.writeString(target, filled.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException raced) {
                continue;
            } catch (IOException e) {
                throw new JournalException(Problem.error(source, 0, null, "cannot be written: " + WriteFailure.why(e) + "."));
            }
            List<Problem> warnings = new ArrayList<>(checked.problems());
            Entry entry = checked.entry().get();
            warnings.addAll(leftOut(request, archetype, filled.used()));
            // Said now, while the slip (2062 for 2026) is fresh, not only at the next build.
            if (entry.date().isAfter(today)) {
                warnings.add(Problem.warning(source, entry.lineOf("date"), "date",
                        JournalLoader.afterToday(entry.date(), today)));
            }
            // An archetype with Hugo's "draft: true" makes entries the site leaves out: said, with the way out.
            if (entry.draft()) {
                // Jekyll's 'published: false' makes a draft too; it is undone by saying true.
                boolean byPublished = entry.fieldLines().containsKey("published")
                        && !entry.fieldLines().containsKey("draft");
                String field = byPublished ? "published" : "draft";
                warnings.add(Problem.warning(source, entry.lineOf(field), field, "the archetype marks this entry"
                        + " a draft, so the site leaves it out until that line is deleted or says "
                        + (byPublished ? "true" : "false") + "; 'smallwins serve --drafts' shows it meanwhile."));
            }
            for (String goal : entry.goals()) {
                if (!goalIds.contains(goal)) {
                    warnings.add(Problem.warning(source, entry.lineOf("goal"), "goal",
                            UnknownGoal.message(goal, goalIds)));
                }
            }
            return new Result(source, target, warnings.stream().sorted(Problem.ORDER).toList(), sameName);
        }
        throw new JournalException(Problem.error(prefix + folder, 0, null, "already holds " + MAX_TRIES
                + " entries named '" + day + "-" + baseSlug + "'. Pick another title."));
    }

    /**
     * A warning for each option given that the archetype has no placeholder for: without it the
     * tags, mood or goal asked for would be missing from the entry without a word.
     */
    private static List<Problem> leftOut(Request request, Archetype archetype, Set<String> used) {
        Map<String, Boolean> given = new LinkedHashMap<>();
        given.put("tags", !cleaned(request.tags()).isEmpty());
        given.put("mood", request.mood() != null);
        given.put("goal", !cleaned(request.goals()).isEmpty());
        List<Problem> warnings = new ArrayList<>();
        for (Map.Entry<String, Boolean> option : given.entrySet()) {
            String name = option.getKey();
            if (option.getValue() && !used.contains(name)) {
                String how = archetype.journalPath().isPresent()
                        ? " To keep it, add a line '" + name + ": {{" + name + "}}' to its front matter."
                        : "";
                warnings.add(Problem.warning(archetype.source(), 0, null, "--" + name + " was left out of the new"
                        + " entry: this archetype has no {{" + name + "}}." + how));
            }
        }
        return warnings;
    }

    /** Where entries go: content/, which must exist, or may be made in a journal that keeps no entries elsewhere. */
    private static Path contentDir(Path journalDir) {
        Path content = journalDir.resolve(JournalLoader.CONTENT_DIR);
        if (Files.isDirectory(content)) {
            return content;
        }
        // "." or "" would read as punctuation before the colon: the folder's full path says which one.
        String shown = journalDir.toString().isEmpty() || journalDir.normalize().toString().isEmpty()
                ? journalDir.toAbsolutePath().normalize().toString() : journalDir.toString();
        EnclosingJournal.refuse(journalDir);
        if (!Files.isRegularFile(journalDir.resolve(SettingsLoader.FILE_NAME))) {
            throw new JournalException(Problem.error(shown, 0, null, "is not a journal folder yet (it has no "
                    + SettingsLoader.FILE_NAME + " and no content/ folder). Start one with 'smallwins init', "
                    + "or point at your journal with --dir."));
        }
        LooseEntries.first(journalDir).ifPresent(loose -> {
            throw new JournalException(Problem.error(loose, 0, null,
                    "this journal keeps its entries outside a content/ folder, and making one would leave them out "
                            + "of the site. Move your entries into content/ (for example content/wins/), then run "
                            + "'smallwins new' again."));
        });
        return content;
    }

    /**
     * Now to the minute, as a person writes a time; to the second, after the last of them, when
     * entries already have this minute: entries of one time are listed by file name, so a second
     * entry in a minute ('Apple' after 'Zebra') would come before the one written first.
     */
    static LocalDateTime afterThisMinutes(LocalDateTime clockNow, List<Entry> entries) {
        LocalDateTime minute = clockNow.truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime last = null;
        for (Entry entry : entries) {
            LocalDateTime at = entry.dateTime();
            if (entry.hasTime() && !at.isBefore(minute) && at.isBefore(minute.plusMinutes(1))
                    && (last == null || at.isAfter(last))) {
                last = at;
            }
        }
        if (last == null) {
            return minute;
        }
        LocalDateTime second = clockNow.truncatedTo(ChronoUnit.SECONDS);
        return second.isAfter(last) ? second : last.plusSeconds(1);
    }

    private static Map<String, Archetype.Value> values(Request request, String title, LocalDateTime when,
                                                       boolean hasTime, String slug) {
        Map<String, Archetype.Value> values = new LinkedHashMap<>();
        values.put("title", new Archetype.Value(YamlText.scalar(title), title));
        String date = !hasTime ? when.toLocalDate().toString()
                : (when.getSecond() == 0 && when.getNano() == 0 ? MINUTES : SECONDS).format(when);
        values.put("date", Archetype.Value.of(date));
        values.put("type", Archetype.Value.of(request.type().id()));
        List<String> tags = cleaned(request.tags());
        values.put("tags", new Archetype.Value(tags.isEmpty() ? "" : YamlText.flowList(tags), String.join(", ", tags)));
        values.put("mood", Archetype.Value.of(request.mood() == null ? "" : request.mood().toString()));
        List<String> goals = cleaned(request.goals());
        values.put("goal", new Archetype.Value(goals.isEmpty() ? ""
                : goals.size() == 1 ? YamlText.scalar(goals.get(0)) : YamlText.flowList(goals), String.join(", ", goals)));
        values.put("slug", Archetype.Value.of(slug));
        return values;
    }

    private static List<String> cleaned(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            String trimmed = word == null ? "" : word.strip();
            if (!trimmed.isEmpty() && !out.contains(trimmed)) {
                out.add(trimmed);
            }
        }
        return out;
    }

    private record LoadedText(Optional<Entry> entry, List<Problem> problems) {
    }

    /** Loads the text exactly as the build will, from a scratch file outside the journal. */
    private static LoadedText load(EntryLoader loader, String text, String source, String contentPath) {
        Path scratch = null;
        try {
            scratch = Files.createTempFile("smallwins-new-", ".md");
            Files.writeString(scratch, text, StandardCharsets.UTF_8);
            EntryLoader.Result result = loader.load(scratch, source, contentPath);
            return new LoadedText(result.entry(), result.problems());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the new entry in a scratch file", e);
        } finally {
            if (scratch != null) {
                try {
                    Files.deleteIfExists(scratch);
                } catch (IOException ignored) {
                    // a leftover file in the system's temporary folder; nothing of the journal's
                }
            }
        }
    }

    static String relative(Path base, Path file) {
        return SlashPaths.of(base.relativize(file));
    }
}
