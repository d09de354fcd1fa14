package org.smallwins.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.smallwins.load.JournalLoader;
import org.smallwins.model.JournalSettings;
import org.smallwins.problem.Problem;
import org.smallwins.problem.Spelling;
import org.smallwins.site.SiteFile;
import org.smallwins.site.SlashPaths;

/**
 * A theme: templates and assets, looked up in the journal's {@code themes/<name>/} first and in
 * the built-in default theme (packaged in the jar) second, file by file. Holds the one FreeMarker
 * configuration of a build; FreeMarker compiles each template once and shares it across threads.
 */
public final class Theme {
    static final String BUILT_IN = "/themes/default";

    private final String name;
    private final Path overrideDir;
    private final Configuration freemarker;

    private Theme(String name, Path overrideDir, Configuration freemarker) {
        this.name = name;
        this.overrideDir = overrideDir;
        this.freemarker = freemarker;
    }

    /**
     * The theme a journal asks for. A name other than "default" must have a folder in the journal's
     * {@code themes/}; that is the only problem this can report.
     */
    public static Theme load(Path journalDir, JournalSettings settings, List<Problem> problems) {
        String name = settings.theme();
        Path overrideDir = journalDir.resolve("themes").resolve(name);
        if (!Files.isDirectory(overrideDir)) {
            if (!name.equals("default")) {
                // Settings read from journal.yml never get here (SettingsLoader says it, naming where the
                // theme was set); settings a program made do.
                problems.add(Problem.error("journal.yml", 0, "theme", "there is no folder themes/" + name
                        + "/ in the journal. Create it, or use the built-in theme, 'default'."));
            }
            overrideDir = null;
        } else {
            problems.addAll(unusedParts(overrideDir, "themes/" + name + "/"));
        }
        return new Theme(name, overrideDir, configure(overrideDir, settings));
    }

    /** The built-in theme's templates: the pages' and the ones they import. */
    static final List<String> BUILT_IN_TEMPLATES = List.of("404.ftlh", "entry-card.ftlh", "entry.ftlh", "goal.ftlh",
            "goals.ftlh", "home.ftlh", "layout.ftlh", "milestones.ftlh", "progress-parts.ftlh", "progress-year.ftlh",
            "progress.ftlh", "search.ftlh", "support.ftlh", "tag.ftlh", "tags.ftlh", "timeline.ftlh");

    /**
     * A problem for each of the theme's templates that does not parse: the built-in ones and every
     * template file of the journal's theme folder, imported ones too. Rendering finds these as it
     * goes; this is for a build that stops before rendering (see SiteRenderer.themeProblems).
     */
    List<Problem> unparsed() {
        Set<String> names = new TreeSet<>(BUILT_IN_TEMPLATES);
        Path templates = overrideDir == null ? null : overrideDir.resolve("templates");
        if (templates != null && Files.isDirectory(templates)) {
            try (Stream<Path> files = Files.walk(templates)) {
                files.filter(file -> file.toString().endsWith(".ftlh") || file.toString().endsWith(".ftl"))
                        .forEach(file -> names.add(SlashPaths.of(templates.relativize(file))));
            } catch (IOException | UncheckedIOException e) {
                // What cannot be listed is said by rendering, which reads the templates it needs.
            }
        }
        List<Problem> found = new ArrayList<>();
        for (String name : names) {
            try {
                freemarker.getTemplate(name);
            } catch (ParseException e) {
                found.add(TemplateSyntax.problem(this, e));
            } catch (IOException | SecurityException e) {
                // A template that cannot be read is said by rendering, with the page that needs it.
            }
        }
        return found;
    }

    /**
     * What a theme folder holds that no build reads, though its author meant it to be read: a
     * misspelt templates/ or assets/ (or Hugo's layouts/ and static/), and a page's template with
     * another ending (home.ftl for home.ftlh). Without a word the built-in files are used instead.
     */
    static List<Problem> unusedParts(Path themeDir, String shown) {
        List<Problem> found = new ArrayList<>();
        try (Stream<Path> parts = Files.list(themeDir)) {
            for (Path part : parts.sorted().toList()) {
                String folder = part.getFileName().toString();
                if (!Files.isDirectory(part) || folder.equals("templates") || folder.equals("assets")) {
                    continue;
                }
                String meant = folder.equals("layouts") || Spelling.distance(
                        folder.toLowerCase(Locale.ROOT), "templates") <= 2 ? "templates"
                        : folder.equals("static") || Spelling.distance(
                        folder.toLowerCase(Locale.ROOT), "assets") <= 2 ? "assets" : null;
                if (meant != null) {
                    found.add(Problem.warning(shown + folder + "/", 0, null, "is not read: a theme's "
                            + (meant.equals("templates") ? "templates" : "stylesheets, scripts and images") + " go in "
                            + shown + meant + "/. Rename the folder."));
                }
            }
            Path templates = themeDir.resolve("templates");
            if (Files.isDirectory(templates)) {
                try (Stream<Path> files = Files.list(templates)) {
                    for (Path file : files.sorted().toList()) {
                        String fileName = file.getFileName().toString();
                        int dot = fileName.lastIndexOf('.');
                        String meant = (dot < 0 ? fileName : fileName.substring(0, dot)) + ".ftlh";
                        if (!fileName.equals(meant) && BUILT_IN_TEMPLATES.contains(meant)
                                && !Files.exists(templates.resolve(meant))) {
                            found.add(Problem.warning(shown + "templates/" + fileName, 0, null, "is not read: the"
                                    + " template is " + meant + " (FreeMarker with HTML escaping). Rename the file."));
                        }
                    }
                }
                found.addAll(misspeltTemplates(templates, shown));
            }
        } catch (IOException e) {
            // What cannot be listed is said by the loaders when they read it.
        }
        return found;
    }

    /**
     * A template named almost as a built-in one (entrie.ftlh for entry.ftlh) that no template of
     * the folder imports or includes: no page is rendered from it, and the built-in one is used
     * in its place without a word. A file another template names is a theme's own part, not a typo.
     */
    private static List<Problem> misspeltTemplates(Path templates, String shown) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(templates)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        StringBuilder texts = new StringBuilder();
        for (Path file : files) {
            if (file.getFileName().toString().endsWith(".ftlh") || file.getFileName().toString().endsWith(".ftl")) {
                texts.append(Files.readString(file)).append('\n');
            }
        }
        List<Problem> found = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            if (!fileName.endsWith(".ftlh") || BUILT_IN_TEMPLATES.contains(fileName)
                    || texts.indexOf("\"" + fileName + "\"") >= 0) {
                continue;
            }
            String stem = fileName.substring(0, fileName.length() - ".ftlh".length()).toLowerCase(Locale.ROOT);
            for (String builtIn : BUILT_IN_TEMPLATES) {
                String builtInStem = builtIn.substring(0, builtIn.length() - ".ftlh".length());
                // Short names are near many words: "page" is two letters from "tag".
                int near = builtInStem.length() <= 4 ? 1 : 2;
                if (Spelling.distance(stem, builtInStem) <= near && !Files.exists(templates.resolve(builtIn))) {
                    found.add(Problem.warning(shown + "templates/" + fileName, 0, null, "is not used: no page is"
                            + " rendered from it and no template imports it, so the built-in " + builtIn
                            + " is used instead. If it was meant to replace " + builtIn + ", rename the file."));
                    break;
                }
            }
        }
        return found;
    }

    private static Configuration configure(Path overrideDir, JournalSettings settings) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrideDir != null && Files.isDirectory(overrideDir.resolve("templates"))) {
            try {
                // FileTemplateLoader refuses symbolic links that lead out of the folder.
                loaders.add(new FileTemplateLoader(overrideDir.resolve("templates").toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(Theme.class, BUILT_IN + "/templates"));
        TemplateLoader all = new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
        cfg.setTemplateLoader(new BomlessTemplateLoader(all));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8");
        cfg.setLocale(settings.locale());
        cfg.setTimeZone(TimeZone.getTimeZone(settings.timezone()));
        // Plain digits: a year must print as 2025, not "2,025". Counts in words use ?string.@grouped.
        cfg.setNumberFormat("computer");
        cfg.setCustomNumberFormats(Map.of(GroupedNumberFormat.NAME, GroupedNumberFormat.FACTORY));
        cfg.setBooleanFormat("c");
        cfg.setLocalizedLookup(false);
        // A syntax error's column counts characters, as editors do, not tabs as 8.
        cfg.setTabSize(1);
        // Rethrows, noting first a "did you mean" while a failed loop's variables can still be seen.
        cfg.setTemplateExceptionHandler(ThemeMistake.NOTING_NEAR_KEYS);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Templates get data, not Java: no ?new on arbitrary classes, no ?api.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        return cfg;
    }

    /** The theme's name, as journal.yml gives it ("default" when none). */
    String name() {
        return name;
    }

    Configuration freemarker() {
        return freemarker;
    }

    /** Where a template comes from, as a path a person can open: the journal's file or the built-in one. */
    String describe(String templateName) {
        if (templateName == null) {
            return "themes/" + name + "/templates";
        }
        if (overrideDir != null && Files.isRegularFile(overrideDir.resolve("templates").resolve(templateName))) {
            return "themes/" + name + "/templates/" + templateName;
        }
        return "(built-in theme) templates/" + templateName;
    }

    /**
     * A template's text as FreeMarker reads it (the journal's file or the built-in one), or null
     * when it cannot be read: to show where a syntax error began.
     */
    String source(String templateName) {
        try {
            TemplateLoader loader = freemarker.getTemplateLoader();
            Object found = loader.findTemplateSource(templateName);
            if (found == null) {
                return null;
            }
            try (Reader in = loader.getReader(found, "UTF-8")) {
                StringWriter text = new StringWriter();
                in.transferTo(text);
                return text.toString();
            } finally {
                loader.closeTemplateSource(found);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A hash of every template the theme can use (the journal's and the built-in ones), so cached
     * pages are thrown away when a template changes.
     */
    String version() {
        if (version == null) {
            version = computeVersion();
        }
        return version;
    }

    /** Read once per theme object: a rebuild loads the theme anew, then keeps the old one if this is equal. */
    private volatile String version;

    /**
     * Whether {@code other} is the same theme with the same templates, so this one (with the
     * templates FreeMarker already compiled) can be used in its place.
     */
    boolean sameAs(Theme other) {
        return name.equals(other.name) && Objects.equals(overrideDir, other.overrideDir)
                && version().equals(other.version());
    }

    private String computeVersion() {
        Map<String, byte[]> files = new TreeMap<>();
        if (overrideDir != null) {
            readAssets(overrideDir.resolve("templates"), files);
        }
        // A check against accidental change, as for pages: SHA-256 would set up the JDK's security
        // providers for this one hash, at every start.
        List<Object> parts = new ArrayList<>();
        parts.add(builtInVersion());
        files.forEach((path, bytes) -> {
            parts.add(path);
            parts.add(bytes);
        });
        return Fingerprint.of(new IdentityHashMap<>(), parts.toArray());
    }

    private static String builtInVersion;

    /** The built-in templates cannot change while the jar runs, so their hash is made once. */
    private static synchronized String builtInVersion() {
        if (builtInVersion == null) {
            StringBuilder all = new StringBuilder();
            builtIn("templates/").forEach((path, bytes) -> all.append(path).append(':')
                    .append(Fingerprint.of(new IdentityHashMap<>(), bytes)).append('\n'));
            builtInVersion = all.toString();
        }
        return builtInVersion;
    }

    /** Every file of the built-in theme by its path in it ("assets/style.css"), read once. */
    private static Map<String, byte[]> builtInFiles;

    /**
     * The built-in theme's files under {@code folder} ("assets/"), by their paths inside it. The
     * theme is read from the jar once, in one pass over the jar's entries (3,500 of them, each
     * made into an object to see its name), since it cannot change while the jar runs: not once
     * for the templates' version and again for the assets at every build, as the preview server
     * makes them.
     */
    private static synchronized Map<String, byte[]> builtIn(String folder) {
        if (builtInFiles == null) {
            Map<String, byte[]> files = new TreeMap<>();
            readBuiltIn(files);
            builtInFiles = files;
        }
        Map<String, byte[]> under = new TreeMap<>();
        builtInFiles.forEach((path, bytes) -> {
            if (path.startsWith(folder)) {
                // A copy: the files go out to callers (as a build's site), and one changing them
                // must not change every later build in this JVM.
                under.put(path.substring(folder.length()), bytes.clone());
            }
        });
        return under;
    }

    /**
     * The theme's assets, built-in first and then the journal's on top, as files under {@code
     * assets/}. A file whose name cannot be a path in the site (a line break or a backslash in it)
     * is left out, with a warning in {@code problems}.
     */
    public List<SiteFile> assets(List<Problem> problems) {
        Map<String, byte[]> files = builtIn("assets/");
        if (overrideDir != null) {
            // As for static/: a link could point anywhere on the disk, and assets are published as
            // they are, readable even on an encrypted site.
            readAssets(overrideDir.resolve("assets"), files, linked -> problems.add(Problem.warning("themes/" + name
                    + "/assets/" + linked, 0, null, "is a symbolic link and was not copied: put the real file in the"
                    + " theme's assets/.")));
        }
        List<SiteFile> out = new ArrayList<>();
        files.forEach((path, bytes) -> {
            if (path.indexOf(JournalLoader.UNREADABLE) >= 0) {
                // As for static/: published under the name as misread, the pages would miss it.
                problems.add(Problem.error("themes/" + name + "/assets/" + path, 0, null,
                        JournalLoader.unreadableName()));
            } else if (SiteFile.isSafe("assets/" + path)) {
                out.add(new SiteFile("assets/" + path, bytes));
            } else {
                problems.add(Problem.warning("themes/" + name + "/assets/" + path, 0, null,
                        SiteFile.whyUnsafe(path)));
            }
        });
        return out;
    }

    private static void readBuiltIn(Map<String, byte[]> files) {
        URL url = Theme.class.getResource(BUILT_IN);
        if (url == null) {
            return;
        }
        try {
            if (url.getProtocol().equals("jar")) {
                readJarFolder(url, files);
            } else {
                readAssets(Path.of(url.toURI()), files);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the built-in theme cannot be read from " + url, e);
        }
    }

    /**
     * The files under a folder of a jar ({@code jar:file:...!/folder}), by their paths inside it,
     * as {@link #readAssets} reads a folder on disk. Read through the jar file itself: a zip file
     * system would first index every entry of the jar (3,500, at every start of the command line).
     */
    static void readJarFolder(URL folder, Map<String, byte[]> files) throws IOException {
        JarURLConnection connection = (JarURLConnection) folder.openConnection();
        // A jar of our own to close, not the one the JVM caches for every such URL.
        connection.setUseCaches(false);
        String name = connection.getEntryName();
        String prefix = name.endsWith("/") ? name : name + "/";
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix)).toList()) {
                String relative = entry.getName().substring(prefix.length());
                if (relative.startsWith(".") || relative.contains("/.")) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    files.put(relative, in.readAllBytes());
                }
            }
        }
    }

    private static void readAssets(Path dir, Map<String, byte[]> files) {
        readAssets(dir, files, null);
    }

    /** As above; {@code linked}, when given, is told of each symbolic link, which is then left out. */
    private static void readAssets(Path dir, Map<String, byte[]> files, Consumer<String> linked) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = SlashPaths.of(dir.relativize(file));
                if (relative.startsWith(".") || relative.contains("/.")) {
                    continue;
                }
                if (linked != null && Files.isSymbolicLink(file)) {
                    linked.accept(relative);
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    files.put(relative, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
