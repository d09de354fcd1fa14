package org.smallwins.check;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.smallwins.model.ContentPaths;
import org.smallwins.load.StaticFiles;
import org.smallwins.markdown.WebAddress;
import org.smallwins.model.Entry;
import org.smallwins.model.JournalSettings;
import org.smallwins.render.EntryFiles;
import org.smallwins.render.SitePages;
import org.smallwins.render.UnshownPicture;
import org.smallwins.site.SlashPaths;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;

/**
 * Where one link or image in an entry leads, judged the way the build will treat it (see
 * render/EntryViews): a {@code .md} file is another entry and must be on the site; a site-absolute
 * path like {@code /images/a.png} must be in {@code static/} or be a page the build makes (known
 * without rendering from {@link SitePages}: a tag page only for a tag some entry has, the search
 * and progress pages only when journal.yml does not disable them); a relative path must lead to
 * one of those from the entry's page, or be a file beside the entry in the content folder, which the
 * build publishes with it (see {@link EntryFiles}).
 */
final class LinkCheck {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path journalDir;
    private final Path contentDir;
    private final String contentPrefix;
    private final Map<String, Entry> onSite;
    private final Map<String, Entry> all;
    private final JournalCheck.Options options;
    /** Every file path a build makes of its own: pages, the theme's assets, robots.txt (see {@link SitePages#files}). */
    private final Set<String> siteFiles;
    private final JournalSettings settings;
    /** The files beside the entries the site may publish, by content path as a link finds it (composed). */
    private final Map<String, String> contentFiles;

    LinkCheck(Path journalDir, Path contentDir, String contentPrefix, Map<String, Entry> onSite,
              Map<String, Entry> all, JournalCheck.Options options, Set<String> siteFiles, JournalSettings settings,
              Set<String> contentFiles) {
        this.contentFiles = new HashMap<>();
        contentFiles.forEach(file -> this.contentFiles.putIfAbsent(ContentPaths.composed(file), file));
        this.siteFiles = siteFiles;
        this.settings = settings;
        this.journalDir = journalDir;
        this.contentDir = contentDir;
        this.contentPrefix = contentPrefix;
        this.onSite = onSite;
        this.all = all;
        this.options = options;
    }

    /**
     * Checks {@code written}, found on file line {@code line} of the entry file {@code source},
     * whose page is the folder {@code page} ("2025/03/07/first-walk/"; null when the entry has a
     * problem that keeps it off the site, so it has no page).
     */
    void check(String source, String contentPath, String page, String written, int line, ProblemList problems) {
        // Read as the page has it: the renderer decodes character references, so '&#104;ttps://...'
        // is a web address (the privacy warning names it) and '/images/a&#46;png' the site's own.
        String address = WebAddress.decode(written);
        if (address.isEmpty() || address.startsWith("#") || address.startsWith("//") || WebAddress.remote(address) != null
                || SCHEME.matcher(address).find()) {
            return;
        }
        String path = decode(address.substring(0, ContentPaths.pathEnd(address)));
        if (entryFile(source, contentPath, written, path, line, problems)) {
            return;
        }
        if (path.startsWith("/")) {
            String target = SitePages.resolve("", path);
            if (target == null) {
                problems.add(Problem.error(source, line, null, "'" + written + "' climbs above the site's first folder."
                        + " Write the path from the site's root, like '/images/a.png'."));
            } else if (isOnSite(target)) {
                return;
            } else if (SitePages.isPagePath(target)) {
                problems.add(Problem.error(source, line, null, "'" + written + "' leads to a page the site does not have: "
                        + SitePages.whyNoPage(target, settings)));
            } else {
                problems.add(Problem.error(source, line, null, "'" + written + "' is not in " + StaticFiles.DIR
                        + "/: there is no " + StaticFiles.DIR + "/" + target + ". Put the file there, or correct the path."));
            }
            return;
        }
        relative(source, contentPath, page, written, path, line, problems);
    }

    /**
     * Checks a link to an entry's file ({@code written}; {@code path} its file part, decoded), in
     * Markdown or in raw HTML; false when it names no Markdown file.
     */
    private boolean entryFile(String source, String contentPath, String written, String path, int line,
                              ProblemList problems) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) {
            return false;
        }
        String baseFolder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/')) : "";
        String resolved = ContentPaths.resolve(baseFolder, ContentPaths.entryKey(path));
        if (resolved == null) {
            problems.add(Problem.error(source, line, null, "the link to '" + written
                    + "' climbs out of the content folder. Link to entries inside it, like '../wins/2025-06-27-first-walk.md'."));
            return true;
        }
        if (onSite.containsKey(resolved)) {
            return true;
        }
        Entry target = all.get(resolved);
        String shown = contentPrefix + resolved;
        if (target != null && target.draft() && !options.drafts()) {
            problems.add(Problem.error(source, line, null, "the link to '" + written + "' leads to " + shown
                    + ", a draft, which is left out of the site. Link to it once it is published, or check with --drafts."));
        } else if (target != null && target.privateEntry() && !options.privateEntries()) {
            problems.add(Problem.error(source, line, null, "the link to '" + written + "' leads to " + shown
                    + ", a private entry, which is left out of the site. Check with --private if you build with it."));
        } else if (!isPath(contentDir, resolved)) {
            notAPath(source, line, written, problems);
        } else if (Files.isRegularFile(contentDir.resolve(resolved))) {
            problems.add(Problem.error(source, line, null, "the link to '" + written + "' leads to " + shown
                    + ", which has a problem of its own (listed with it), so it is not on the site yet."));
        } else {
            problems.add(Problem.error(source, line, null, "the link to '" + written + "' leads nowhere: there is no "
                    + shown + ". Check the file name (it starts with the date), and that '../' climbs to the right folder."));
        }
        return true;
    }

    /**
     * Warns, as the build does, of a picture the entry shows at {@code written} that most browsers
     * do not show ({@link UnshownPicture}): said here, it stands beside check's own message on the line.
     */
    void checkPicture(String source, String contentPath, String written, int line, ProblemList problems) {
        String baseFolder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/')) : "";
        String warning = UnshownPicture.warning(written, baseFolder, contentFiles);
        if (warning != null) {
            problems.add(Problem.warning(source, line, null, warning));
        }
    }

    /**
     * Checks {@code address}, a relative address in raw HTML ({@code src}, {@code href}, {@code poster}
     * or a {@code srcset} candidate, decoded as the browser reads it), as the build treats it: like a
     * relative Markdown link, a file beside the entry or a page or file the site has; a link to an
     * entry's Markdown file as one in Markdown.
     */
    void checkRaw(String source, String contentPath, String page, String address, int line, ProblemList problems) {
        String path = decode(address.substring(0, ContentPaths.pathEnd(address)));
        // An entry's file named in raw HTML leads to its page, as a Markdown link does.
        if (entryFile(source, contentPath, address, path, line, problems) || path.startsWith("/")) {
            return;
        }
        relative(source, contentPath, page, address, path, line, problems);
    }

    /** A relative link's {@code path} (decoded), neither an entry's file nor from the site's root. */
    private void relative(String source, String contentPath, String page, String written, String path, int line,
                          ProblemList problems) {
        // A file beside the entry (in the content folder) is published with it, as the build does.
        String baseFolder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/')) : "";
        String inContent = ContentPaths.resolve(baseFolder, ContentPaths.entryKey(path));
        String file = inContent == null ? null : contentFiles.get(inContent);
        if (file != null && EntryFiles.publishable(file)) {
            return;
        }
        // A relative link works on the site when, read from the entry's page as a browser reads it,
        // it leads to a page or file there ('../../../../support/'). Otherwise it is a file beside the entry.
        String target = page == null ? null : SitePages.resolve(page, path);
        if (target != null && isOnSite(target)) {
            return;
        }
        Path beside;
        try {
            beside = journalDir.resolve(source).getParent().resolve(path).normalize();
        } catch (InvalidPathException e) {
            notAPath(source, line, written, problems);
            return;
        }
        String shown = SlashPaths.of(journalDir.toAbsolutePath().normalize().relativize(beside.toAbsolutePath().normalize()));
        String fromRoot = SitePages.fromRoot(written);
        if (!Files.exists(beside) && page != null && fromRoot != null && isOnSite(fromRoot)) {
            problems.add(Problem.error(source, line, null, "'" + written + "' leads nowhere on the site: a relative link"
                    + " starts from this entry's page (/" + page + "), so it leads to "
                    + (target == null ? "above the site's first folder" : "/" + target) + ". To link to /" + fromRoot
                    + ", write '/" + fromRoot + "'."));
        } else if (!Files.exists(beside, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.error(source, line, null, "'" + written + "' leads nowhere: there is no " + shown
                    + ". Put the file there, beside the entry, or in " + StaticFiles.DIR + "/ (like " + StaticFiles.DIR
                    + "/images/a.png, written as '/images/a.png')."));
        } else {
            String name = beside.getFileName() == null ? path : beside.getFileName().toString();
            problems.add(Problem.warning(source, line, null, "'" + written + "' is there (" + shown + "), but "
                    + whyNotCopied(beside, inContent, file, name) + ", so it will not show. Put the file beside the entry,"
                    + " or in " + StaticFiles.DIR + "/images/ and write '/images/" + name + "'."));
        }
    }

    /** Why a file a relative link leads to is not published with the entry, as a clause. */
    private static String whyNotCopied(Path beside, String inContent, String file, String name) {
        if (file != null) {
            return "its name has a backslash, a line break or another control character, which a web address"
                    + " cannot hold (rename it)";
        }
        if (inContent == null) {
            return "it is outside the content folder, and only files inside it are copied with the entries";
        }
        if (Files.isSymbolicLink(beside)) {
            return "it is a symbolic link, which is not copied (it could lead to any file on the disk)";
        }
        if (Files.isDirectory(beside)) {
            return "it is a folder: link to a file in it";
        }
        if (name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || inContent.contains("/.")
                || inContent.startsWith(".")) {
            return "its name (or its folder's) is hidden, starting with '.' or '#' or ending in '~', and hidden files"
                    + " are not copied";
        }
        return "it is not copied with the entries";
    }

    /** Whether {@code relative} can name a file in {@code dir}: not with a NUL ({@code %00}), on any system. */
    private static boolean isPath(Path dir, String relative) {
        try {
            dir.resolve(relative);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static void notAPath(String source, int line, String written, ProblemList problems) {
        problems.add(Problem.error(source, line, null, "'" + written + "' is not a path a file can have: it holds"
                + " a character no file name may (like %00). Correct the link."));
    }

    private boolean isStaticFile(String sitePath) {
        // The build copies no hidden file of static/ (see StaticFiles).
        if (sitePath.isEmpty() || sitePath.startsWith(".") || sitePath.contains("/.")) {
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

    /** A page or file a build of the site makes, or a file of static/ it copies. */
    private boolean isOnSite(String target) {
        return SitePages.has(siteFiles, target) || isStaticFile(target);
    }

    /** Percent-decodes a path ({@code my%20walk.md}); see {@link ContentPaths#decode}. */
    static String decode(String path) {
        return ContentPaths.decode(path);
    }

}
