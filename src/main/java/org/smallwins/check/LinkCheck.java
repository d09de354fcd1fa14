package org.smallwins.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.smallwins.model.ContentPaths;
import org.smallwins.load.StaticFiles;
import org.smallwins.model.Entry;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;

/**
 * Where one link or image in an entry leads, judged the way the build will treat it (see
 * render/EntryViews): a {@code .md} file is another entry and must be on the site; a site-absolute
 * path like {@code /images/a.png} must be in {@code static/} or be a page the site makes; any other
 * relative path is a file beside the entry, which the build does not copy.
 */
final class LinkCheck {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** Top folders and files of every site, made by the build; site-absolute links to them are fine. */
    private static final Set<String> SITE_PAGES = Set.of("", "index.html", "404.html", "robots.txt", "assets",
            "timeline", "wins", "reflections", "setbacks", "tags");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Path journalDir;
    private final Path contentDir;
    private final String contentPrefix;
    private final Map<String, Entry> onSite;
    private final Map<String, Entry> all;
    private final JournalCheck.Options options;

    LinkCheck(Path journalDir, Path contentDir, String contentPrefix, Map<String, Entry> onSite,
              Map<String, Entry> all, JournalCheck.Options options) {
        this.journalDir = journalDir;
        this.contentDir = contentDir;
        this.contentPrefix = contentPrefix;
        this.onSite = onSite;
        this.all = all;
        this.options = options;
    }

    /** Checks {@code written}, found on file line {@code line} of the entry file {@code source}. */
    void check(String source, String contentPath, String written, int line, ProblemList problems) {
        if (written.isEmpty() || written.startsWith("#") || written.startsWith("//") || SCHEME.matcher(written).find()) {
            return;
        }
        String path = decode(written.substring(0, ContentPaths.pathEnd(written)));
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            String baseFolder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/')) : "";
            String resolved = ContentPaths.resolve(baseFolder, path);
            if (resolved == null) {
                problems.add(Problem.error(source, line, null, "the link to '" + written
                        + "' climbs out of the content folder. Link to entries inside it, like '../wins/2025-06-27-first-walk.md'."));
                return;
            }
            if (onSite.containsKey(resolved)) {
                return;
            }
            Entry target = all.get(resolved);
            String shown = contentPrefix + resolved;
            if (target != null && target.draft() && !options.drafts()) {
                problems.add(Problem.error(source, line, null, "the link to '" + written + "' leads to " + shown
                        + ", a draft, which is left out of the site. Link to it once it is published, or check with --drafts."));
            } else if (target != null && target.privateEntry() && !options.privateEntries()) {
                problems.add(Problem.error(source, line, null, "the link to '" + written + "' leads to " + shown
                        + ", a private entry, which is left out of the site. Check with --private if you build with it."));
            } else if (Files.isRegularFile(contentDir.resolve(resolved))) {
                problems.add(Problem.error(source, line, null, "the link to '" + written + "' leads to " + shown
                        + ", which has a problem of its own (listed with it), so it is not on the site yet."));
            } else {
                problems.add(Problem.error(source, line, null, "the link to '" + written + "' leads nowhere: there is no "
                        + shown + ". Check the file name (it starts with the date), and that '../' climbs to the right folder."));
            }
            return;
        }
        if (path.startsWith("/")) {
            String sitePath = path.substring(1);
            if (isStaticFile(sitePath) || isSitePage(sitePath)) {
                return;
            }
            problems.add(Problem.error(source, line, null, "'" + written + "' is not in " + StaticFiles.DIR + "/: there is no "
                    + StaticFiles.DIR + "/" + sitePath + ". Put the file there, or correct the path."));
            return;
        }
        Path beside;
        try {
            beside = journalDir.resolve(source).getParent().resolve(path).normalize();
        } catch (InvalidPathException e) {
            problems.add(Problem.error(source, line, null, "'" + written + "' is not a path a file can have."));
            return;
        }
        String shown = journalDir.toAbsolutePath().normalize().relativize(beside.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        if (!Files.exists(beside)) {
            problems.add(Problem.error(source, line, null, "'" + written + "' leads nowhere: there is no " + shown
                    + ". Images belong in " + StaticFiles.DIR + "/ (like " + StaticFiles.DIR
                    + "/images/a.png), written as '/images/a.png'."));
        } else {
            String name = beside.getFileName() == null ? path : beside.getFileName().toString();
            problems.add(Problem.warning(source, line, null, "'" + written + "' is there (" + shown + "), but files beside "
                    + "entries are not copied to the site, so it will not show. Move it to " + StaticFiles.DIR
                    + "/images/ and write '/images/" + name + "'."));
        }
    }

    private boolean isStaticFile(String sitePath) {
        if (sitePath.isEmpty()) {
            return false;
        }
        try {
            Path file = journalDir.resolve(StaticFiles.DIR).resolve(sitePath).normalize();
            if (!file.startsWith(journalDir.resolve(StaticFiles.DIR).normalize())) {
                return false;
            }
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                file = file.resolve("index.html");
            }
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A page the build makes: the home page, a section, a tag, an entry's dated folder, the theme's assets. */
    private static boolean isSitePage(String sitePath) {
        String first = sitePath.contains("/") ? sitePath.substring(0, sitePath.indexOf('/')) : sitePath;
        return SITE_PAGES.contains(first) || YEAR.matcher(first).matches();
    }

    /** Percent-decodes a path ({@code my%20walk.md}); '+' stays '+'. Malformed escapes are kept as written. */
    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) == '%' && i + 2 < path.length()
                    && Character.digit(path.charAt(i + 1), 16) >= 0 && Character.digit(path.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(path.charAt(i + 1), 16) * 16 + Character.digit(path.charAt(i + 2), 16));
                i += 3;
            } else {
                int c = path.codePointAt(i);
                byte[] encoded = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

}
