package org.smallwins.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a body makes the browser load from another host as the page opens: images by a web
 * address, and in raw HTML the sources of images, frames, scripts, media and style sheets, and the
 * addresses in CSS. A link to another site loads nothing until it is followed, so it is not one.
 * The site promises to load nothing from elsewhere: each of these tells that host who read the
 * page, and when.
 */
final class RemoteLoads {
    // An element that fetches what an attribute names (group 1), and that attribute's value when it is
    // a web address, with a scheme or scheme-relative '//host' (group 2).
    private static final Pattern FETCHING = Pattern.compile(
            "<(img|iframe|frame|script|link|video|audio|source|track|embed|object|input)\\b[^>]*?\\s"
                    + "(?:src|srcset|href|data|poster)\\s*=\\s*[\"']?\\s*((?:https?:)?//[^\"'\\s>]+)",
            Pattern.CASE_INSENSITIVE);

    // The other ways raw HTML loads from elsewhere as the page opens: a 'background' attribute, an
    // SVG <image>, a <base> (every relative address of the page then goes to that host), a refresh
    // that goes there, and CSS in a style attribute or a <style> block (url(), @import). Groups: the
    // element and its address (1, 2), the refresh's (3), url()'s (4), @import's (5).
    private static final Pattern ALSO_FETCHING = Pattern.compile(
            "<(image|base|body|table|thead|tbody|tfoot|tr|td|th)\\b[^>]*?\\s(?:href|xlink:href|background)"
                    + "\\s*=\\s*[\"']?\\s*((?:https?:)?//[^\"'\\s>]+)"
                    + "|<meta\\b[^>]*?\\scontent\\s*=\\s*[\"']?[^\"'>]*?url\\s*=\\s*['\"]?\\s*((?:https?:)?//[^\"'\\s>;]+)"
                    + "|url\\(\\s*(?:&quot;|[\"'])?\\s*((?:https?:)?//[^\"')\\s&]+)"
                    + "|@import\\s+(?:&quot;|[\"'])\\s*((?:https?:)?//[^\"'\\s&;]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FONT_FILE = Pattern.compile("\\.(?:woff2?|ttf|otf|eot)$");
    private static final Pattern PICTURE_FILE = Pattern.compile("\\.(?:png|jpe?g|gif|webp|avif|svg|ico|bmp)$");
    // "&#104;ttps:" is "https:" to the browser.
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?");

    private RemoteLoads() {
    }

    /** Adds what {@code node} loads from elsewhere, if anything, to {@code found}. */
    static void of(Node node, Document document, List<RenderedBody.RemoteLoad> found) {
        if (node instanceof Image image) {
            add(image.getUrl().toString(), node.getLineNumber(), RenderedBody.RemoteLoad.Kind.PICTURE, found);
        } else if (node instanceof ImageRef reference && document != null) {
            Reference target = reference.getReferenceNode(document);
            if (target != null) {
                add(target.getUrl().toString(), node.getLineNumber(), RenderedBody.RemoteLoad.Kind.PICTURE, found);
            }
        } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            String html = decodeCharacterReferences(node.getChars().toString());
            TreeMap<Integer, RenderedBody.RemoteLoad> loads = new TreeMap<>();
            Matcher fetching = FETCHING.matcher(html);
            while (fetching.find()) {
                String url = fetching.group(2);
                loads.putIfAbsent(fetching.start(), new RenderedBody.RemoteLoad(url, 0, ofElement(fetching.group(1), url)));
            }
            Matcher also = ALSO_FETCHING.matcher(html);
            while (also.find()) {
                loads.putIfAbsent(also.start(), alsoFetched(also));
            }
            for (var load : loads.entrySet()) {
                int line = node.getLineNumber();
                for (int i = 0; i < load.getKey(); i++) {
                    if (html.charAt(i) == '\n') {
                        line++;
                    }
                }
                add(load.getValue().url(), line, load.getValue().kind(), found);
            }
        }
    }

    private static String decodeCharacterReferences(String html) {
        if (html.indexOf("&#") < 0) {
            return html;
        }
        Matcher reference = CHARACTER_REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (reference.find()) {
            int code = reference.group(1) != null ? Integer.parseInt(reference.group(1), 16)
                    : Integer.parseInt(reference.group(2));
            String character = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : reference.group();
            reference.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        return reference.appendTail(out).toString();
    }

    /** What an {@link #ALSO_FETCHING} match loads, by which of its alternatives matched. */
    private static RenderedBody.RemoteLoad alsoFetched(Matcher also) {
        if (also.group(2) != null) {
            return new RenderedBody.RemoteLoad(also.group(2), 0, also.group(1).equalsIgnoreCase("base")
                    ? RenderedBody.RemoteLoad.Kind.BASE : RenderedBody.RemoteLoad.Kind.PICTURE);
        }
        if (also.group(3) != null) {
            return new RenderedBody.RemoteLoad(also.group(3), 0, RenderedBody.RemoteLoad.Kind.REFRESH);
        }
        if (also.group(4) != null) {
            // CSS url(): a picture, unless the file is a font or a style sheet.
            return new RenderedBody.RemoteLoad(also.group(4), 0, byExtension(also.group(4), RenderedBody.RemoteLoad.Kind.PICTURE));
        }
        return new RenderedBody.RemoteLoad(also.group(5), 0, RenderedBody.RemoteLoad.Kind.STYLESHEET);
    }

    /** What an element loads, by its name (and, for a {@code <link>}, by the file's kind). */
    private static RenderedBody.RemoteLoad.Kind ofElement(String element, String url) {
        return switch (element.toLowerCase(Locale.ROOT)) {
            case "iframe", "frame" -> RenderedBody.RemoteLoad.Kind.FRAME;
            case "script" -> RenderedBody.RemoteLoad.Kind.SCRIPT;
            case "embed", "object" -> RenderedBody.RemoteLoad.Kind.OBJECT;
            case "link" -> byExtension(url, RenderedBody.RemoteLoad.Kind.STYLESHEET);
            default -> RenderedBody.RemoteLoad.Kind.PICTURE;
        };
    }

    /** A font or a picture by its file's extension (a {@code <link>} may name either), else {@code otherwise}. */
    private static RenderedBody.RemoteLoad.Kind byExtension(String url, RenderedBody.RemoteLoad.Kind otherwise) {
        String path = url.toLowerCase(Locale.ROOT).replaceFirst("[?#].*", "");
        if (FONT_FILE.matcher(path).find()) {
            return RenderedBody.RemoteLoad.Kind.FONT;
        }
        if (path.endsWith(".css")) {
            return RenderedBody.RemoteLoad.Kind.STYLESHEET;
        }
        return PICTURE_FILE.matcher(path).find() ? RenderedBody.RemoteLoad.Kind.PICTURE : otherwise;
    }

    private static void add(String url, int line, RenderedBody.RemoteLoad.Kind kind, List<RenderedBody.RemoteLoad> found) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")) {
            found.add(new RenderedBody.RemoteLoad(url, line, kind));
        }
    }
}
