package org.smallwins.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.smallwins.model.ContentPaths;
import org.smallwins.model.TextDirection;
import org.smallwins.problem.Problem;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

/**
 * The privacy step: a rendered site in, the same site sealed out. Every HTML page becomes a small
 * shell (site title, password form, the theme's CSS) around its AES-256-GCM ciphertext; every page
 * but index.html and 404.html gets an opaque file name at the top of the site, since entry paths
 * would tell dates and slugs; links between pages are rewritten to the new names before sealing.
 * Theme assets and robots.txt say nothing about the journal and stay as they are; files from
 * static/ stay readable, and are named in a warning. Files beside the entries that pages show (a
 * photo) are sealed too, each carried inside the pages that show it (see {@link SealedFiles}); any
 * other file the renderer made (a feed, a data file) is left out, with a warning, because nothing
 * could read it once sealed.
 */
public final class SealedSite {
    /** Remembers the salt in the output folder, so a rebuild reuses it and unchanged pages stay byte-identical. */
    public static final String SALT_FILE = ".smallwins-salt";
    public static final String UNLOCK_SCRIPT = "assets/smallwins-unlock.js";
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** The encrypted site and what the user should know about it. */
    public record Result(Site site, List<Problem> warnings) {
    }

    private final JournalKey key;
    private final String title;
    private final String locale;
    private final String basePath;

    /** {@code basePath} is the absolute path the site is served under, like "/" or "/journal/". */
    public SealedSite(JournalKey key, String title, String locale, String basePath) {
        this.key = key;
        this.title = title;
        this.locale = locale;
        this.basePath = basePath;
    }

    /** The salt a previous build left in {@code outputDir}, or null when there is none (or it is unreadable). */
    public static byte[] rememberedSalt(Path outputDir) {
        Path file = outputDir.resolve(SALT_FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
            byte[] salt = HexFormat.of().parseHex(text);
            return salt.length == JournalKey.SALT_BYTES ? salt : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Seals {@code site}; {@code staticPaths} are the files copied from static/. */
    public Result seal(Site site, Set<String> staticPaths) {
        return seal(site, staticPaths, Set.of());
    }

    /**
     * Seals {@code site}; {@code staticPaths} are the files copied from static/, {@code besidePaths}
     * the files beside the entries that pages show ("files/wins/heron.jpg"), which are published only
     * inside the sealed pages that show them.
     */
    public Result seal(Site site, Set<String> staticPaths, Set<String> besidePaths) {
        List<Problem> warnings = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        SealedFiles sealedFiles = new SealedFiles(key);
        for (SiteFile file : site.files()) {
            if (besidePaths.contains(file.path()) && !staticPaths.contains(file.path())) {
                sealedFiles.add(file);
            } else if (isPage(file, staticPaths)) {
                names.put(file.path(), keepsName(file.path()) ? file.path() : key.fileName(file.path()));
            }
        }
        List<SiteFile> out = new ArrayList<>();
        List<String> readable = new ArrayList<>();
        for (SiteFile file : site.files()) {
            String path = file.path();
            if (staticPaths.contains(path)) {
                readable.add(path);
                out.add(file);
            } else if (sealedFiles.has(path)) {
                continue;  // carried inside the pages that show it
            } else if (names.containsKey(path)) {
                String html = new String(file.content(), StandardCharsets.UTF_8);
                String newName = names.get(path);
                Set<String> shown = new LinkedHashSet<>();
                String relinked = relink(html, path, names, sealedFiles, shown, newName.equals("404.html"));
                out.add(new SiteFile(newName, shell(newName, key.seal(newName, relinked.getBytes(StandardCharsets.UTF_8)),
                        sealedFiles, shown)));
            } else if (path.startsWith("assets/") || path.equals("robots.txt")) {
                out.add(file);
            } else {
                warnings.add(Problem.warning(path, 0, null, "was left out of the site: encryption is on, and"
                        + " this file could not be read once encrypted."));
            }
        }
        out.add(new SiteFile(UNLOCK_SCRIPT, unlockScript()));
        out.add(new SiteFile(SALT_FILE, (HexFormat.of().formatHex(key.salt()) + " " + key.iterations() + "\n")
                .getBytes(StandardCharsets.US_ASCII)));
        if (!readable.isEmpty()) {
            warnings.add(Problem.warning("static", 0, null, "encryption is on, but files from static/ are published"
                    + " as they are, readable by anyone who finds them: " + String.join(", ", readable)
                    + ". Move anything private out of static/ (into an entry's text, which is encrypted)."));
        }
        return new Result(new Site(out), warnings);
    }

    private static boolean isPage(SiteFile file, Set<String> staticPaths) {
        return file.path().endsWith(".html") && !staticPaths.contains(file.path());
    }

    private static boolean keepsName(String path) {
        return path.equals("index.html") || path.equals("404.html");
    }

    /**
     * Points every relative or base-path link of the page at {@code path} to where its target now is,
     * found as the browser finds it ({@link PageAddresses}): the writer's raw HTML links like the theme.
     * All sealed pages live at the top, so links become relative to the top (or absolute under the
     * base path on the 404 page, which hosts serve at any depth).
     */
    String relink(String html, String path, Map<String, String> names, boolean absolute) {
        return relink(html, path, names, new SealedFiles(key), new LinkedHashSet<>(), absolute);
    }

    /**
     * {@link #relink}, and a link to one of {@code files} leads to the copy the page carries: it is
     * added to {@code shown}.
     */
    String relink(String html, String path, Map<String, String> names, SealedFiles files, Set<String> shown,
                  boolean absolute) {
        String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        return PageAddresses.rewrite(html, (name, url) -> name.equals("srcset")
                ? candidates(url, dir, names, files, shown, absolute) : rewrite(url, dir, names, files, shown, absolute));
    }

    /**
     * A srcset (a picture beside an entry at two sizes) with each candidate's address relinked; the
     * spaces, commas and descriptors ("2x") between them are kept as they are.
     */
    private String candidates(String srcset, String dir, Map<String, String> names, SealedFiles files,
                              Set<String> shown, boolean absolute) {
        StringBuilder out = new StringBuilder(srcset.length() + 64);
        int at = 0;
        int length = srcset.length();
        while (at < length) {
            int urlStart = at;
            while (urlStart < length && (Character.isWhitespace(srcset.charAt(urlStart)) || srcset.charAt(urlStart) == ',')) {
                urlStart++;
            }
            int urlEnd = urlStart;
            while (urlEnd < length && !Character.isWhitespace(srcset.charAt(urlEnd))) {
                urlEnd++;
            }
            int end = urlEnd;
            // As the browser reads it: commas ending the address end the candidate.
            while (urlEnd > urlStart && srcset.charAt(urlEnd - 1) == ',') {
                urlEnd--;
            }
            if (urlEnd == end) {
                int comma = srcset.indexOf(',', end);
                end = comma < 0 ? length : comma + 1;
            }
            out.append(srcset, at, urlStart)
                    .append(rewrite(srcset.substring(urlStart, urlEnd), dir, names, files, shown, absolute))
                    .append(srcset, urlEnd, end);
            at = end;
        }
        return out.toString();
    }

    private String rewrite(String url, String dir, Map<String, String> names, SealedFiles files, Set<String> shown,
                           boolean absolute) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()) {
            return url;
        }
        int cut = ContentPaths.pathEnd(url);
        String target = url.substring(0, cut);
        String rest = url.substring(cut);
        String resolved;
        if (target.startsWith("/")) {
            if (!target.startsWith(basePath)) {
                return url;
            }
            resolved = resolve("", target.substring(basePath.length()));
        } else {
            resolved = resolve(dir, target);
        }
        if (resolved == null) {
            return url;
        }
        // The address is percent-encoded; the file's path is not.
        String file = ContentPaths.decode(resolved);
        if (files.has(file)) {
            shown.add(file);
            return files.link(file);
        }
        String page = resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved;
        String now = names.getOrDefault(page, resolved);
        return (absolute ? basePath : "") + now + rest;
    }


    /** {@code target} against the folder {@code dir} ("tags/walk/"); a trailing "/" is kept; null above the top. */
    static String resolve(String dir, String target) {
        String joined = ContentPaths.resolve(dir, target);
        return joined != null && target.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
    }

    /**
     * The language of the unlock page's own words, English: "en", or the journal's locale when it is
     * an English one ("en-GB"), as the default theme's pages say it.
     */
    public static String interfaceLang(String locale) {
        String lower = locale.toLowerCase(Locale.ROOT);
        return lower.equals("en") || lower.startsWith("en-") ? locale : "en";
    }

    private byte[] shell(String name, byte[] ciphertext, SealedFiles files, Set<String> shown) {
        // The 404 page is served at any depth, so it reaches the assets from the base path.
        String prefix = name.equals("404.html") ? basePath : "";
        String t = escape(title);
        // The words of the form are English; the journal's title is in the journal's language.
        String interfaceLang = interfaceLang(locale);
        String titleLang = interfaceLang.equals(locale) ? "" : " lang=\"" + escape(locale) + "\""
                + ("rtl".equals(TextDirection.of(Locale.forLanguageTag(locale)))
                        ? " dir=\"rtl\"" : "");
        String html = "<!doctype html>\n"
                + "<html lang=\"" + escape(interfaceLang) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<meta name=\"color-scheme\" content=\"light dark\">\n"
                + "<title>" + t + "</title>\n"
                + "<link rel=\"icon\" href=\"" + prefix + "assets/favicon.svg\" type=\"image/svg+xml\">\n"
                + "<link rel=\"stylesheet\" href=\"" + prefix + "assets/style.css\">\n"
                + "</head>\n"
                + "<body class=\"kind-locked\">\n"
                + "<main id=\"main\" class=\"wrap lock\">\n"
                + "<h1 class=\"lock__title\"" + titleLang + ">" + t + "</h1>\n"
                + "<noscript><p class=\"lock__noscript\">This journal is encrypted, and reading it needs JavaScript,"
                + " which is turned off in this browser. Turn JavaScript on for this site and reload the page;"
                + " nothing is sent anywhere, the page opens right here.</p></noscript>\n"
                + "<form class=\"lock__form\" id=\"smallwins-unlock\" hidden>\n"
                + "<p class=\"lock__lede\">This journal is private. Its password opens it for this browser session.</p>\n"
                + "<label class=\"lock__label\" for=\"smallwins-password\">Password</label>\n"
                + "<input class=\"lock__input\" id=\"smallwins-password\" type=\"password\" autocomplete=\"current-password\" required>\n"
                + "<button class=\"lock__button\" type=\"submit\">Open the journal</button>\n"
                + "<p class=\"lock__message\" id=\"smallwins-message\" role=\"status\" aria-live=\"polite\"></p>\n"
                + "</form>\n"
                + "</main>\n"
                + "<script type=\"text/plain\" id=\"smallwins-sealed\" data-salt=\"" + HexFormat.of().formatHex(key.salt())
                + "\" data-iterations=\"" + key.iterations() + "\">" + Base64.getEncoder().encodeToString(ciphertext)
                + "</script>\n"
                + carried(files, shown)
                + "<script src=\"" + prefix + UNLOCK_SCRIPT + "\"></script>\n"
                + "</body>\n"
                + "</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The files the page shows, each once, encrypted, by its opaque id. */
    private static String carried(SealedFiles files, Set<String> shown) {
        StringBuilder out = new StringBuilder();
        for (String file : shown) {
            out.append("<script type=\"text/plain\" data-smallwins-file=\"").append(files.id(file)).append("\">")
                    .append(files.ciphertext(file)).append("</script>\n");
        }
        return out.toString();
    }

    private static byte[] unlockScript() {
        try (InputStream in = SealedSite.class.getResourceAsStream("unlock.js")) {
            if (in == null) {
                throw new IllegalStateException("unlock.js is missing from the Smallwins jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
