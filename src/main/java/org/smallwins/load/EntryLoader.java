package org.smallwins.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Goal;
import org.smallwins.model.Size;
import org.smallwins.problem.Problem;
import org.smallwins.problem.Spelling;

/**
 * Reads one Markdown file into an {@link Entry}: splits the front matter, checks every field and
 * fills in defaults from the file's name and folder. Stateless and safe to call in parallel.
 */
public final class EntryLoader {
    /** Files from this size on are read as Files.readAllBytes reads them (see {@link #read}). */
    private static final long ONE_READ_LIMIT = 1 << 20;
    private static final Pattern MARKDOWN_EXTENSION =
            Pattern.compile("(?i)\\.(md|markdown)$");
    /** Front matter keys Smallwins understands; every other key is kept in {@link Entry#extra()}. */
    public static final Set<String> KNOWN_FIELDS = Set.of("title", "date", "type", "tags", "mood", "energy",
            "size", "reward", "goal", "draft", "private", "summary", "milestone", "slug", "id", "cadence",
            "target", "status", "started", "published");
    /** The fields that keep an entry off the site, each with the value that does (Jekyll's published: false). */
    private static final Map<String, Boolean> HIDING = Map.of("draft", true, "private", true, "published", false);

    // The words each field with a fixed set of values takes, for "did you mean" when one is mistyped.
    private static final List<String> TYPES = Arrays.stream(EntryType.values()).map(EntryType::id).toList();
    private static final List<String> SIZES = Arrays.stream(Size.values()).map(Size::id).toList();
    private static final List<String> CADENCES = Arrays.stream(Goal.Cadence.values())
            .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    private static final List<String> STATUSES = Arrays.stream(Goal.Status.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).toList();

    /** The last part of the URL of an entry whose slug, file name and title have no letter or digit. */
    static final String FALLBACK_SLUG = "entry";

    private final ZoneId zone;

    /** A loader that reads entry times in {@code zone}, the journal's time zone. */
    public EntryLoader(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * What loading one file gave.
     *
     * @param entry    the entry; empty when an error stops it
     * @param problems the errors and warnings found in the file, possibly with an entry
     */
    public record Result(Optional<Entry> entry, List<Problem> problems) {
    }

    /**
     * Loads a file. {@code source} is its path relative to the journal folder and
     * {@code contentPath} its path inside {@code content/}, both with forward slashes.
     */
    public Result load(Path file, String source, String contentPath) {
        return load(file, -1, source, contentPath);
    }

    /** As above, for a file that was {@code size} bytes long when its folder was read (-1: unknown). */
    Result load(Path file, long size, String source, String contentPath) {
        List<Problem> problems = new ArrayList<>();
        String fileName = source.substring(source.lastIndexOf('/') + 1);
        if (MARKDOWN_EXTENSION.matcher(fileName).replaceFirst("").equalsIgnoreCase("_index")) {
            // Hugo's section page, the intro of a list page, not a post: with or without a date (Hugo's
            // archetypes give it one) it would be published as a stray entry called "index".
            problems.add(Problem.error(source, 1, null, "is a Hugo section page (" + fileName + "), not an entry:"
                    + " Smallwins makes its own list pages. To keep its text, move it into an entry; else move it"
                    + " out of content/ or delete it."));
            return new Result(Optional.empty(), problems);
        }
        if (size > LARGEST_ENTRY) {
            problems.add(tooLarge(source, size));
            return new Result(Optional.empty(), problems);
        }
        String text;
        try {
            byte[] bytes = read(file, size);
            if (bytes.length > LARGEST_ENTRY) {
                problems.add(tooLarge(source, bytes.length));
                return new Result(Optional.empty(), problems);
            }
            text = SourceText.decode(bytes);
        } catch (SourceText.NotUtf8 e) {
            problems.add(Problem.error(source, e.line, null, e.message()));
            return new Result(Optional.empty(), problems);
        } catch (IOException e) {
            problems.add(Problem.error(source, 0, null, SourceText.unreadable(e)));
            return new Result(Optional.empty(), problems);
        }

        String copyOf = syncCopy(file);
        if (copyOf != null) {
            // Published all the same (nothing is dropped): only the writer knows which copy is right.
            problems.add(Problem.warning(source, 0, null, "looks like a copy a sync tool made when two devices"
                    + " changed '" + copyOf + "' at once, and is published as an entry of its own. Keep the right"
                    + " text in one of them and delete the other."));
        }
        if (text.isBlank()) {
            // Published as before (nothing is dropped), but said: often a file made and then forgotten.
            problems.add(Problem.warning(source, 1, null, "the file is empty, so its entry has no text and"
                    + " takes its title from the file name. Write what happened, or delete the file."));
        }
        FrontMatter parts;
        try {
            parts = FrontMatter.split(text);
        } catch (FrontMatter.Unclosed e) {
            problems.add(Problem.error(source, 1, null,
                    "the front matter opened with '---' on line 1 is never closed. Add a '---' line after the last field."));
            return new Result(Optional.empty(), problems);
        } catch (FrontMatter.Misplaced e) {
            String where = e.line() > 1 ? "on line " + e.line() + ", after blank lines" : e.opener().startsWith(" ")
                    || e.opener().startsWith("\t") ? "indented" : "made of " + e.opener().strip().length() + " dashes";
            problems.add(Problem.error(source, e.line(), null, "this looks like front matter, but it is " + where
                    + ", so it would be read as text: its fields published as words, and 'draft' or 'private' ignored."
                    + " Front matter starts on line 1 with a line of exactly three dashes, '---', and ends with another."));
            return new Result(Optional.empty(), problems);
        } catch (FrontMatter.Toml e) {
            problems.add(Problem.error(source, 1, null, "the front matter between '+++' lines is TOML, which"
                    + " Smallwins does not read. Write it as YAML between '---' lines: 'title = \"A walk\"'"
                    + " becomes 'title: A walk', 'draft = true' becomes 'draft: true'."));
            return new Result(Optional.empty(), problems);
        }

        YamlMap yaml;
        try {
            yaml = YamlReader.readMapping(parts.yaml(), parts.yamlLine());
        } catch (YamlReader.YamlError e) {
            problems.add(Problem.error(source, e.line(), e.field(), e.getMessage() + closingHint(parts, e.line())));
            return new Result(Optional.empty(), problems);
        }
        Entry entry = toEntry(yaml, parts, source, contentPath, problems);
        shortcodes(parts.body(), parts.bodyLine(), source, problems);
        boolean failed = Problem.anyError(problems);
        return new Result(failed ? Optional.empty() : Optional.of(entry), problems);
    }

    /** A Hugo shortcode, {{< name ... >}} or {{% name ... %}}, on one line. */
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{<.*?>\\}\\}|\\{\\{%.*?%\\}\\}");
    /** A shortcode's closing half ({{< /note >}}): the same shortcode as its opening. */
    private static final Pattern CLOSING = Pattern.compile("\\{\\{[<%]\\s*/.*");
    /** A code span (`...`, ``...``): its text is shown as code, shortcode or not. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).*?\\1");

    /**
     * A warning at the first Hugo shortcode of the body outside code: posts brought from Hugo build
     * as they are, but Smallwins runs no shortcodes, so the page would show '{{< figure ... >}}' as
     * written without a word. Said once per entry, with how many more there are.
     */
    static void shortcodes(String body, int bodyLine, String source, List<Problem> problems) {
        if (body.indexOf("{{") < 0) {
            return;
        }
        String[] lines = body.split("\r\n|\r|\n", -1);
        String fence = null;
        String first = null;
        int firstLine = 0;
        int more = 0;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                fence = stripped.substring(0, 3);
                continue;
            }
            if (fence != null) {
                if (stripped.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (lines[i].startsWith("    ") || lines[i].startsWith("\t") || lines[i].indexOf("{{") < 0) {
                continue;
            }
            Matcher found = SHORTCODE.matcher(CODE_SPAN.matcher(lines[i]).replaceAll(""));
            while (found.find()) {
                if (CLOSING.matcher(found.group()).matches()) {
                    continue;
                }
                if (first == null) {
                    first = found.group();
                    firstLine = bodyLine + i;
                } else {
                    more++;
                }
            }
        }
        if (first != null) {
            problems.add(Problem.warning(source, firstLine, null, "'" + first + "' is a Hugo shortcode, which Smallwins"
                    + " does not run: the page would show it as written. Write it in Markdown instead, like"
                    + " ![A sunrise](/images/sunrise.svg) for a picture"
                    + (more == 0 ? "." : " (and " + more + " more shortcode" + (more == 1 ? "" : "s") + " below).")));
        }
    }

    private Entry toEntry(YamlMap yaml, FrontMatter parts, String source, String contentPath,
                          List<Problem> problems) {
        FieldReader fields = new FieldReader(yaml, source, problems);
        String fileName = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        String baseName = MARKDOWN_EXTENSION.matcher(fileName).replaceFirst("");
        if (baseName.equalsIgnoreCase("index")) {
            // A page bundle (walk/index.md) is named by its folder.
            String folder = contentPath.contains("/")
                    ? contentPath.substring(0, contentPath.lastIndexOf('/')) : "";
            baseName = folder.isEmpty() ? baseName : folder.substring(folder.lastIndexOf('/') + 1);
        }
        Optional<String[]> named = EntryDates.splitFileName(baseName);
        String nameWithoutDate = named.map(n -> n[1]).orElse(baseName);

        EntryDates.When when = readDate(fields, named, baseName, source, problems);
        EntryType type = readType(fields, contentPath);
        String title = fields.text("title");
        if (title == null) {
            title = Slugs.titleFromName(nameWithoutDate.isEmpty() ? baseName : nameWithoutDate);
        }
        String slug = readSlug(fields, nameWithoutDate, title);

        Integer mood = fields.wholeNumber("mood", 1, 5, " (1 is very low, 5 is very good)");
        Integer energy = fields.wholeNumber("energy", 1, 5, " (1 is exhausted, 5 is full of energy)");
        Size size = null;
        String sizeText = fields.text("size");
        if (sizeText != null) {
            size = Size.fromId(sizeText).orElse(null);
            if (size == null) {
                fields.error("size", "'" + sizeText + "' is not a size" + Spelling.didYouMean(sizeText, SIZES)
                        + ": use tiny, small or big.");
            }
        }
        Goal goal = type == EntryType.GOAL ? readGoal(fields, slug) : null;
        if (type != EntryType.GOAL) {
            for (String key : List.of("cadence", "target", "status", "started")) {
                if (fields.has(key)) {
                    fields.warn(key, "only goals use this field; add 'type: goal' or remove it.");
                }
            }
        }

        for (String key : yaml.values().keySet()) {
            String meant = meantField(key, yaml.values().keySet());
            Object value = yaml.values().get(key);
            String twin = readTwin(key, yaml.values().keySet());
            if (twin != null) {
                caseTwin(fields, yaml, key, twin);
            } else if (meant != null && HIDING.containsKey(meant) && HIDING.get(meant).equals(FieldReader.truth(value))) {
                String hiddenBy = hiddenBy(yaml, meant);
                if (hiddenBy == null) {
                    // The line clearly means to hide the entry: published anyway, a warning would come too late.
                    fields.error(key, "'" + key + "' is not a field Smallwins reads, so this entry would be published,"
                            + " though '" + key + ": " + value + "' means to keep it off the site. Write the field as '"
                            + meant + ":'.");
                } else {
                    fields.warn(key, "'" + key + "' is not a field Smallwins reads" + hiddenAnyway(yaml, hiddenBy, key)
                            + " Write the field as '" + meant + ":'.");
                }
            } else if (meant != null) {
                fields.warn(key, "'" + key + "' is not a field Smallwins reads; did you mean '" + meant + "'?"
                        + " Rename it, or leave it if a theme of yours reads '" + key + "'.");
            }
        }
        boolean draft = readDraft(fields, yaml);
        boolean privateEntry = fields.flag("private");
        if (!draft && !privateEntry) {
            HugoHiding.checkFlags(yaml, fields);
        }
        HugoHiding.checkDateValues(yaml, fields, zone);
        Map<String, Object> extra = new LinkedHashMap<>();
        yaml.values().forEach((key, value) -> {
            // Other generators use 'id' too; it is a goal's id only on goals. Hugo's 'published' is a
            // date, not Jekyll's true or false: kept for themes, and for HugoHiding.checkDates.
            if (!KNOWN_FIELDS.contains(key) || (key.equals("id") && type != EntryType.GOAL)
                    || (key.equals("published") && FieldReader.truth(value) == null)) {
                extra.put(key, value);
            }
        });
        List<String> tags = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (String tag : fields.words("tags")) {
            // A tag's page is named by its slug; one with no letter or digit ("..", "!!") gets none,
            // and is left out of the entry too, so no page, count or theme shows a tag without a page.
            String tagSlug = Slugs.slugify(tag);
            if (tagSlug.isEmpty()) {
                fields.warn("tags", "'" + tag + "' has no letter or digit, so it gets no tag page and is left"
                        + " out. Use a word, like 'walk'.");
                continue;
            }
            // "Walk" and "walk" are one tag, on one page: written twice, the entry still has it once
            // (the first spelling), or its tag page would list it twice.
            if (slugs.add(tagSlug)) {
                tags.add(tag);
            } else {
                String kept = tags.stream().filter(t -> Slugs.slugify(t).equals(tagSlug)).findFirst().orElse(tag);
                if (!kept.equalsIgnoreCase(tag)) {
                    fields.warn("tags", "'" + tag + "' and '" + kept + "' would share one tag page, /tags/" + tagSlug
                            + "/, since a page's name keeps only plain letters and digits, so '" + tag + "' is left out."
                            + " Spell it otherwise to keep it" + likeApart(tagSlug, tag) + ".");
                }
            }
        }
        LocalDate fallbackDay = LocalDate.of(1970, 1, 1);
        return new Entry(source, title,
                when != null ? when.dateTime() : fallbackDay.atStartOfDay(),
                when != null && when.hasTime(), type, slug,
                tags, mood, energy, size, fields.text("reward"), fields.words("goal"), goal,
                draft, privateEntry, fields.flag("milestone"),
                fields.text("summary"), extra, parts.body(), parts.bodyLine(), yaml.lines());
    }

    /**
     * Whether the entry is a draft: 'draft: true', or Jekyll's 'published: false'. When the two
     * disagree the one that hides wins, with a warning, since publishing a private line by mistake
     * cannot be undone and leaving it out can.
     */
    private static boolean readDraft(FieldReader fields, YamlMap yaml) {
        boolean draft = fields.flag("draft");
        Boolean published = FieldReader.truth(yaml.values().get("published"));
        if (published == null) {
            return draft;
        }
        // Agreeing is draft == !published; 'draft: true' with 'published: true', or false with false, disagree.
        if (fields.has("draft") && draft == published) {
            String hiding = draft ? "'draft: true'" : "'published: false'";
            fields.warn("published", "'draft: " + draft + "' and 'published: " + published + "' disagree, so the"
                    + " entry is left out, as " + hiding + " says. Delete the line you do not mean.");
        }
        return draft || !published;
    }

    // Dropbox's "walk (conflicted copy 2026-03-02).md", Syncthing's "walk.sync-conflict-20260302-101010-ABCDEFG.md",
    // Nextcloud's "walk (conflicted copy ...)", Google Drive's "walk (1).md": each beside the file it copies.
    private static final Pattern SYNC_COPY = Pattern.compile(
            "(.+?)(?: \\([^()]*conflict[^()]*\\)| \\(\\d\\)|\\.sync-conflict-[0-9A-Za-z-]+)(\\.(?:md|markdown))",
            Pattern.CASE_INSENSITIVE);

    /**
     * The name of the file a sync tool's conflict copy was made from, when {@code file} is named as
     * one and that file is beside it (a "Day (1).md" of the writer's own has no "Day.md"); else null.
     */
    static String syncCopy(Path file) {
        Matcher matcher = SYNC_COPY.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return null;
        }
        String original = matcher.group(1) + matcher.group(2);
        return Files.isRegularFile(file.resolveSibling(original)) ? original : null;
    }

    /**
     * The known field an unknown key is most likely a slip for ({@code tag}, {@code mod},
     * {@code goals}, {@code Title}, {@code tgas}), else null. Unknown keys are kept for themes (Hugo's and
     * Jekyll's fields among them), so only one this close to a field is said: the same word in
     * other letter case, or one slip off, a letter or two neighbours swapped (two slips in a field
     * of six letters or more), and only while
     * the field itself is not also given.
     */
    static String meantField(String key, Set<String> given) {
        if (KNOWN_FIELDS.contains(key)) {
            return null;
        }
        return Spelling.closest(key, KNOWN_FIELDS.stream().filter(known -> !given.contains(known)).toList())
                .orElse(null);
    }

    /**
     * The known field given as well that {@code key} is in other letter case ('draft' for 'Draft'
     * beside 'draft'), else null. Only the field as written in lower case is read.
     */
    static String readTwin(String key, Set<String> given) {
        if (KNOWN_FIELDS.contains(key)) {
            return null;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        return KNOWN_FIELDS.contains(lower) && given.contains(lower) ? lower : null;
    }

    /**
     * A field given twice in different letter case: the lower-case one is read, and the other
     * named, so the writer can delete the one not meant. An error when the unread one would hide
     * the entry and the read one does not ('Draft: true' beside 'draft: false'), as for a slip of
     * a hiding field: published by mistake cannot be undone. A warning when another field hides
     * the entry anyway ('private: true'), saying which build would include it.
     */
    private static void caseTwin(FieldReader fields, YamlMap yaml, String key, String read) {
        Object value = yaml.values().get(key);
        Object readValue = yaml.values().get(read);
        String both = "'" + key + ": " + value + "' and '" + read + ": " + readValue + "' (line " + fields.line(read)
                + ") are the same field in other letter case, and only '" + read + ":' is read";
        Boolean hiding = HIDING.get(read);
        String hiddenBy = hiddenBy(yaml, read);
        if (hiding != null && hiding.equals(FieldReader.truth(value)) && !hiding.equals(FieldReader.truth(readValue))) {
            if (hiddenBy == null) {
                fields.error(key, both + ", so this entry would be published, though '" + key + ": " + value
                        + "' means to keep it off the site. Delete the line you do not mean.");
            } else {
                fields.warn(key, both + hiddenAnyway(yaml, hiddenBy, key) + " Delete the line you do not mean.");
            }
        } else {
            fields.warn(key, both + ". Delete the line you do not mean, or leave it if a theme of yours reads '"
                    + key + "'.");
        }
    }

    /** The hiding fields, in the order one is named when several hide the entry. */
    private static final List<String> HIDING_ORDER = List.of("private", "draft", "published");

    /**
     * The read field other than {@code besides} that keeps the entry off the site anyway ('private:
     * true', 'draft: true', 'published: false'), else null: a hiding slip beside it publishes nothing
     * by itself, only once the build includes what that field hides.
     */
    private static String hiddenBy(YamlMap yaml, String besides) {
        for (String field : HIDING_ORDER) {
            if (!field.equals(besides) && HIDING.get(field).equals(FieldReader.truth(yaml.values().get(field)))) {
                return field;
            }
        }
        return null;
    }

    /**
     * Said of a slip meant to hide an entry that another field hides anyway: the entry is left out
     * for now, and included by the option that includes what that field hides.
     */
    private static String hiddenAnyway(YamlMap yaml, String hiddenBy, String key) {
        String option = hiddenBy.equals("private") ? "--private" : "--drafts";
        return ", so the entry is kept off the site only by '" + hiddenBy + ": " + yaml.values().get(hiddenBy)
                + "': a build with " + option + " would include it, though '" + key + ": " + yaml.values().get(key)
                + "' means to keep it out even then.";
    }

    /**
     * An example of a spelling that keeps a tag off another's page, made from the tags themselves:
     * " (like 'Csharp')" for "C#" beside "C++", or "" when no symbol in them has a word to spell it
     * with ("café" beside "cafe"), where any fixed example ("csharp" for "C++") would mislead.
     */
    static String likeApart(String sharedSlug, String... tags) {
        for (String tag : tags) {
            String spelt = tag.replace("#", "sharp").replace("+", "plus").replace("&", "and").replace("@", "at")
                    .replace("%", "percent");
            String slug = Slugs.slugify(spelt);
            if (!slug.isEmpty() && !slug.equals(sharedSlug)) {
                return " (like '" + spelt + "')";
            }
        }
        return "";
    }

    private EntryDates.When readDate(FieldReader fields, Optional<String[]> named, String baseName, String source,
                                     List<Problem> problems) {
        String written = fields.text("date");
        if (written != null) {
            Optional<EntryDates.When> when = EntryDates.parse(written, zone);
            if (when.isEmpty()) {
                fields.error("date", "'" + written + "' is not a date: " + EntryDates.howToWrite(written) + ".");
                return null;
            }
            String wrongYear = EntryDates.yearProblem(written, when.get().dateTime());
            if (wrongYear != null) {
                fields.error("date", wrongYear);
                return null;
            }
            return when.get();
        }
        if (named.isPresent()) {
            Optional<EntryDates.When> when = EntryDates.parse(named.get()[0], zone);
            if (when.isEmpty()) {
                problems.add(Problem.error(source, 0, "date", "the file name starts with '" + named.get()[0]
                        + "', which is not a real date. Rename the file or add a date to the front matter."));
                return null;
            }
            if (!EntryDates.inRange(when.get().dateTime())) {
                problems.add(Problem.error(source, 0, "date", "the file name starts with '" + named.get()[0]
                        + "', in the year " + when.get().dateTime().getYear() + ": a journal's dates are from "
                        + EntryDates.FIRST_YEAR + " to " + EntryDates.LAST_YEAR + ". Check the year for a typo:"
                        + " rename the file or add a date to the front matter."));
                return null;
            }
            return when.get();
        }
        Optional<String> padded = EntryDates.padded(baseName);
        if (padded.isPresent()) {
            problems.add(Problem.error(source, 1, "date", "no date: the file name's date is read only with two-digit"
                    + " months and days. Rename the file " + padded.get() + ".md, or add 'date: "
                    + padded.get().substring(0, 10) + "' to the front matter."));
            return null;
        }
        problems.add(Problem.error(source, 1, "date",
                "no date. Add 'date: 2025-03-14' to the front matter, or start the file name with the date, like 2025-03-14-first-walk.md."));
        return null;
    }

    private static EntryType readType(FieldReader fields, String contentPath) {
        String written = fields.text("type");
        if (written != null) {
            Optional<EntryType> type = EntryType.fromId(written);
            if (type.isPresent()) {
                return type.get();
            }
            fields.error("type", "'" + written + "' is not a type" + Spelling.didYouMean(written, TYPES) + ": use "
                    + EntryType.allIds() + ".");
        }
        // The nearest folder named like a type decides: content/wins/2026/x.md is a win.
        String[] folders = contentPath.split("/");
        for (int i = folders.length - 2; i >= 0; i--) {
            Optional<EntryType> type = EntryType.fromFolder(folders[i]);
            if (type.isPresent()) {
                return type.get();
            }
        }
        return EntryType.REFLECTION;
    }

    private static String readSlug(FieldReader fields, String nameWithoutDate, String title) {
        String written = fields.text("slug");
        String slug = Slugs.slugifyOnce(written != null ? written : nameWithoutDate);
        String fromTitle = Slugs.slugifyOnce(title);
        if (written != null && slug.isEmpty()) {
            fields.warn("slug", fromTitle.isEmpty()
                    ? "has no letters or digits to use in a URL, and neither has the title, so the URL ends in '"
                    + FALLBACK_SLUG + "/'. Write a slug with letters or digits, like 'slug: first-walk'."
                    : "has no letters or digits to use in a URL; the title is used instead ('" + fromTitle + "').");
        }
        if (slug.isEmpty()) {
            slug = fromTitle;
        }
        return slug.isEmpty() ? FALLBACK_SLUG : slug;
    }

    private Goal readGoal(FieldReader fields, String slug) {
        String id = fields.text("id");
        String goalId = id != null ? Slugs.slugify(id) : slug;
        if (id != null && !goalId.equals(id)) {
            // Only its length wrong: every character allowed, but the id longer than a URL part may be.
            boolean tooLong = id.length() > goalId.length() && id.startsWith(goalId) && id.matches("[a-z0-9-]+");
            fields.error("id", tooLong
                    ? "'" + id + "' is too long for a goal id (" + id.length() + " characters; at most "
                            + Slugs.MAX_LENGTH + " fit in its page's address): shorten it, like '" + goalId + "'."
                    : "'" + id + "' cannot be used as a goal id: use lower-case letters, digits and '-', like '"
                            + goalId + "'.");
        }
        Goal.Cadence cadence = Goal.Cadence.WEEKLY;
        String cadenceText = fields.text("cadence");
        if (cadenceText != null) {
            try {
                cadence = Goal.Cadence.valueOf(cadenceText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fields.error("cadence", "'" + cadenceText + "' is not a cadence"
                        + Spelling.didYouMean(cadenceText, CADENCES) + ": use daily, weekly or monthly.");
            }
        }
        Integer target = fields.wholeNumber("target", 1, 1000, " (how many check-ins each day, week or month aims for)");
        Goal.Status status = Goal.Status.ACTIVE;
        String statusText = fields.text("status");
        if (statusText != null) {
            try {
                status = Goal.Status.valueOf(statusText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fields.error("status", "'" + statusText + "' is not a status"
                        + Spelling.didYouMean(statusText, STATUSES) + ": use active, paused or reached.");
            }
        }
        LocalDate started = null;
        String startedText = fields.text("started");
        if (startedText != null) {
            Optional<EntryDates.When> when = EntryDates.parse(startedText, zone);
            String wrongYear = when.map(w -> EntryDates.yearProblem(startedText, w.dateTime())).orElse(null);
            if (when.isEmpty()) {
                fields.error("started", "'" + startedText + "' is not a date: " + EntryDates.howToWrite(startedText) + ".");
            } else if (wrongYear != null) {
                fields.error("started", wrongYear);
            } else {
                started = when.get().dateTime().toLocalDate();
            }
        }
        return new Goal(goalId, cadence, target == null ? 1 : target, status, started);
    }

    /**
     * The largest entry file, in bytes. A build holds each entry's text, its Markdown tree and its
     * page at once: a 30 MB entry ran a 256 MB heap out of memory, with a Java stack trace. A long
     * entry is some tens of kilobytes; 8 MB leaves room for pictures written into the text.
     */
    static final long LARGEST_ENTRY = 8L << 20;

    private static Problem tooLarge(String source, long size) {
        return Problem.error(source, 0, null, String.format(Locale.ROOT, "is %.1f MB, and an entry may have at most %d MB."
                + " Split it into several entries, or put a large text or picture in static/ and link to it.",
                size / 1048576.0, LARGEST_ENTRY >> 20));
    }

    /**
     * The file's bytes. With the size its folder listing gave, in one call to the system after
     * opening it: Files.readAllBytes asks for the size again and reads once more to see the end,
     * three calls of five, ten thousand times over in a large journal. Asking for one byte more
     * than expected and getting exactly the expected count is the end of the file; anything else
     * (the file changed since, or is large) reads on as Files.readAllBytes would.
     */
    private static byte[] read(Path file, long size) throws IOException {
        if (size < 0 || size >= ONE_READ_LIMIT) {
            return Files.readAllBytes(file);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] bytes = new byte[(int) size + 1];
            int read = Math.max(0, channel.read(ByteBuffer.wrap(bytes)));
            if (read == size) {
                return Arrays.copyOf(bytes, read);
            }
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            rest.write(bytes, 0, read);
            rest.write(Channels.newInputStream(channel).readAllBytes());
            return rest.toByteArray();
        }
    }

    /**
     * For a YAML error after a blank line of the front matter: front matter rarely has one, so the
     * usual cause is a missing closing '---', the entry's text then taken for YAML up to a later rule.
     */
    private static String closingHint(FrontMatter parts, int errorLine) {
        String[] lines = parts.yaml().split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            int line = parts.yamlLine() + i;
            if (line >= errorLine) {
                break;
            }
            if (lines[i].isBlank()) {
                return " If the front matter ends before line " + line + ", its closing '---' is missing: add it there.";
            }
        }
        return "";
    }
}
