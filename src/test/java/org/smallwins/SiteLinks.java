package org.smallwins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks a built site the way a browser would use it: every link lands, nothing loads from elsewhere. */
public final class SiteLinks {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)|@import\\s+['\"]([^'\"]+)");

    private SiteLinks() {
    }

    /** Links inside the site that lead to no file (the 404 page is skipped: it links with the base path). */
    public static List<String> broken(Path site) {
        List<String> broken = new ArrayList<>();
        for (Path page : pages(site)) {
            if (page.getFileName().toString().equals("404.html")) {
                continue;
            }
            Document doc = parse(page);
            for (Element element : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (target.startsWith("#") || target.startsWith("mailto:") || SCHEME.matcher(target).find()) {
                    continue;
                }
                String path = target.replaceAll("[#?].*$", "");
                Path resolved = page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                if (Files.isDirectory(resolved)) {
                    resolved = resolved.resolve("index.html");
                }
                if (!resolved.startsWith(site) || !Files.isRegularFile(resolved)) {
                    broken.add(site.relativize(page) + " -> " + target);
                }
            }
        }
        return broken;
    }

    /** Anything a page or stylesheet would fetch from another host (links to click are fine). */
    public static List<String> externalRequests(Path site) {
        List<String> external = new ArrayList<>();
        for (Path page : pages(site)) {
            Document doc = parse(page);
            for (Element element : doc.select("link[href], img[src], script[src], iframe[src], source[src], "
                    + "video[src], audio[src], object[data], embed[src], img[srcset]")) {
                for (String attr : List.of("href", "src", "data", "srcset")) {
                    String value = element.attr(attr);
                    if (value.startsWith("//") || (SCHEME.matcher(value).find() && !value.startsWith("data:"))) {
                        external.add(site.relativize(page) + ": " + element.tagName() + " " + value);
                    }
                }
            }
            for (Element style : doc.select("style, [style]")) {
                externalInCss(style.tagName().equals("style") ? style.data() : style.attr("style"),
                        site.relativize(page).toString(), external);
            }
        }
        for (Path css : files(site, ".css")) {
            externalInCss(JournalFiles.text(css), site.relativize(css).toString(), external);
        }
        return external;
    }

    private static void externalInCss(String css, String where, List<String> external) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String value = m.group(1) != null ? m.group(1) : m.group(2);
            if (value.startsWith("//") || (SCHEME.matcher(value).find() && !value.startsWith("data:"))) {
                external.add(where + ": " + value);
            }
        }
    }

    public static List<Path> pages(Path site) {
        return files(site, ".html");
    }

    private static List<Path> files(Path site, String suffix) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document parse(Path page) {
        return Jsoup.parse(JournalFiles.text(page), page.toUri().toString());
    }
}
