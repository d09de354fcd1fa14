package org.smallwins.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smallwins.config.EnclosingJournal;
import org.smallwins.config.SettingsLoader;
import org.smallwins.load.JournalLoader;
import org.smallwins.load.Slugs;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.site.SlashPaths;

/**
 * {@code smallwins init}: a ready journal folder. Refuses a folder that already holds a journal
 * ({@code journal.yml} or {@code content/}); never overwrites: every file is created with
 * {@code CREATE_NEW}, and a {@code pom.xml} or {@code .gitignore} already there is kept as it is.
 */
public final class JournalInit {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern ARTIFACT_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private JournalInit() {
    }

    /**
     * @param timezone the journal's time zone, written into journal.yml; it also decides {@code today}
     * @param today    the date of the first entries
     */
    public record Request(Path dir, ZoneId timezone, LocalDate today) {
    }

    /**
     * Files made, and files that were already there and kept, relative to the journal folder;
     * {@code outside}: Markdown files already there, outside content/, so not entries of the new journal.
     */
    public record Result(Path dir, List<String> created, List<String> kept, List<String> outside) {
    }

    /** The time zone a new journal gets: this computer's, when it has a proper name, else UTC. */
    public static ZoneId defaultZone() {
        String id = ZoneId.systemDefault().getId();
        return id.contains("/") && !id.startsWith("SystemV") && !id.startsWith("Etc/")
                && ZoneId.getAvailableZoneIds().contains(id) ? ZoneId.of(id) : ZoneId.of("UTC");
    }

    public static Result create(Request request) {
        Path dir = request.dir();
        String shown = dir.toString();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new JournalException(Problem.error(shown, 0, null, "is a file, not a folder. Pick a folder name for the new journal."));
        }
        // Else the system's "Not a directory" at the journal's path, which names the wrong one.
        for (Path up = dir.toAbsolutePath().normalize().getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                if (!Files.isDirectory(up)) {
                    throw new JournalException(Problem.error(shown, 0, null, "cannot be made: " + up + " is a file,"
                            + " not a folder, so nothing can go inside it. Pick a folder name for the new journal."));
                }
                break;
            }
        }
        EnclosingJournal.ofContent(dir).ifPresent(journal -> {
            throw new JournalException(Problem.error(dir.toAbsolutePath().normalize().toString(), 0, null,
                    "is inside the entries of the journal in " + journal + ", which would read the new journal's"
                            + " files as its own entries; init changed nothing. Pick a folder outside its content/."));
        });
        for (String existing : List.of(SettingsLoader.FILE_NAME, JournalLoader.CONTENT_DIR)) {
            if (Files.exists(dir.resolve(existing), LinkOption.NOFOLLOW_LINKS)) {
                throw new JournalException(Problem.error(join(dir, existing), 0, null,
                        "is already here, so this folder already holds a journal; init changed nothing. "
                                + "Carry on with 'smallwins new win \"...\"', or pick another folder for a new journal."));
            }
        }
        // Read as entries while the folder had no content/; the site leaves them out once it has one.
        List<String> outside = LooseEntries.all(dir);
        String day = request.today().toString();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", day);
        // Padded so the comment after it lines up with the others in journal.yml.
        values.put("timezone", String.format(Locale.ROOT, "%-22s", request.timezone().getId()));
        values.put("version", ToolVersion.current());
        values.put("artifactId", artifactId(dir));

        // Journal files first (these must be new), then the extras (kept if present).
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SettingsLoader.FILE_NAME, "journal.yml");
        files.put("content/wins/" + day + "-welcome.md", "welcome.md");
        files.put("content/reflections/" + day + "-first-reflection.md", "first-reflection.md");
        files.put("pom.xml", "pom.xml");
        files.put(".gitignore", "gitignore");
        List<String> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    kept.add(file.getKey());
                    continue;
                }
                Files.createDirectories(target.getParent());
                String text = fill(resource(file.getValue()), values);
                try {
                    Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    created.add(file.getKey());
                } catch (FileAlreadyExistsException raced) {
                    kept.add(file.getKey());
                }
            }
        } catch (IOException e) {
            throw new JournalException(Problem.error(shown, 0, null, "cannot be written: " + WriteFailure.why(e)
                    + (created.isEmpty() ? "." : ". Made so far: " + String.join(", ", created) + ".")));
        }
        return new Result(dir, created, kept, outside);
    }

    /** A Maven artifactId from the folder name: "Robin's Journal" gives robin-s-journal. */
    static String artifactId(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String slug = name == null ? "" : Slugs.slugify(name.toString());
        return ARTIFACT_ID.matcher(slug).matches() ? slug : "my-journal";
    }

    private static String join(Path dir, String name) {
        String shown = SlashPaths.of(dir);
        return shown.isEmpty() || shown.equals(".") ? name : shown.replaceAll("/+$", "") + "/" + name;
    }

    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("the scaffold has an unknown placeholder " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = JournalInit.class.getResourceAsStream("/scaffold/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the scaffold file " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
