package org.smallwins.markdown;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smallwins.markdown.RenderedBody.RemoteLoad;
import org.smallwins.markdown.RenderedBody.RemoteLoad.Kind;

/**
 * What raw HTML makes the browser load from, or send to, another host without the reader following
 * a link. Reads tags as the browser does (any case, attributes in any order, a '>' inside quotes,
 * character references in values), so that an address is found however it is written.
 */
final class HtmlLoads {
    private static final Pattern TAG = Pattern.compile("<!--|<([a-zA-Z][^\\s/>]*)");
    private static final Pattern STYLE_END = Pattern.compile("</style", Pattern.CASE_INSENSITIVE);
    // A refresh's content: a delay, then the address, after 'url=' or not, quoted or not.
    private static final Pattern REFRESH = Pattern.compile("^\\s*[\\d.]*\\s*[;,]?\\s*(?:url\\s*=\\s*)?['\"]?([^'\"]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("[^\\s,]+");

    private final String html;
    private final TreeMap<Integer, RemoteLoad> loads = new TreeMap<>();

    private HtmlLoads(String html) {
        this.html = html;
    }

    /** What {@code html}, written from {@code line} on, loads from elsewhere, in the order written. */
    static Iterable<RemoteLoad> of(String html, int line) {
        return byPosition(html).entrySet().stream().map(load -> new RemoteLoad(load.getValue().url(),
                line + lineBreaks(html, load.getKey()), load.getValue().kind())).toList();
    }

    /** What {@code html} loads from elsewhere, by where in it each address is written. */
    private static TreeMap<Integer, RemoteLoad> byPosition(String html) {
        HtmlLoads found = new HtmlLoads(html);
        found.tags(0, html.length());
        return found.loads;
    }

    private void tags(int from, int to) {
        Matcher tag = TAG.matcher(html).region(from, to);
        int at = from;
        while (at < to && tag.region(at, to).find()) {
            if (tag.group(1) == null) { // a comment loads nothing
                int end = html.indexOf("-->", tag.end());
                at = end < 0 || end >= to ? to : end + 3;
                continue;
            }
            String element = tag.group(1).toLowerCase(Locale.ROOT);
            Map<String, Integer> attributes = new LinkedHashMap<>();
            at = attributes(tag.end(), to, attributes);
            attributes.forEach((name, start) -> attribute(element, name, start, attributes));
            if (element.equals("style")) {
                Matcher end = STYLE_END.matcher(html).region(at, to);
                int open = at;
                int close = end.find() ? end.start() : to;
                // A <style> block's text is CSS as written: character references mean nothing there.
                CssLoads.of(html.substring(open, close), (offset, load) -> loads.putIfAbsent(open + offset, load));
                at = close;
            }
        }
    }

    /**
     * Reads a tag's attributes from {@code at} to its '>', as the browser does, into {@code into}: each
     * name (lower case), the first time it is written, to where its value starts (-1 for none).
     * Returns where the tag ends.
     */
    private int attributes(int at, int to, Map<String, Integer> into) {
        return HtmlAttributes.read(html, at, to, (name, nameStart, start, end) -> into.putIfAbsent(name, start));
    }

    private int valueEnd(int start, int to) {
        return HtmlAttributes.valueEnd(html, start, to);
    }

    private void attribute(String element, String name, int start, Map<String, Integer> attributes) {
        if (start < 0 || start >= html.length()) { // no value, or a tag cut short after '='
            return;
        }
        int quoted = html.charAt(start) == '"' || html.charAt(start) == '\'' ? 1 : 0;
        String value = WebAddress.decode(html.substring(start + quoted, valueEnd(start, html.length())));
        int at = start + quoted;
        switch (name) {
            case "src", "href", "xlink:href", "data", "poster", "background", "action", "formaction" -> {
                Kind kind = kind(element, name, value);
                if (kind != null) {
                    add(at, value, kind);
                }
            }
            case "srcset", "imagesrcset", "ping" -> {
                // Lists: every candidate of a srcset, every address a link pings.
                Kind kind = name.equals("ping") ? (element.equals("a") || element.equals("area") ? Kind.PING : null)
                        : Kind.PICTURE;
                Matcher item = LIST_ITEM.matcher(value);
                while (kind != null && item.find()) {
                    add(at + item.start(), item.group(), kind);
                }
            }
            case "content" -> {
                String equiv = attributes.get("http-equiv") == null ? null : attributeValue(attributes.get("http-equiv"));
                Matcher refresh = REFRESH.matcher(value);
                if (element.equals("meta") && "refresh".equalsIgnoreCase(equiv) && refresh.find()) {
                    add(at + refresh.start(1), refresh.group(1), Kind.REFRESH);
                }
            }
            case "srcdoc" -> {
                // A frame's page written in place: its own HTML, which loads what it names as this page does.
                byPosition(value).forEach((offset, load) -> loads.putIfAbsent(at + offset, load));
            }
            default -> {
                if (name.equals("style") || value.toLowerCase(Locale.ROOT).contains("url(")) {
                    CssLoads.of(value, (offset, load) -> loads.putIfAbsent(at + offset, load));
                }
            }
        }
    }

    private String attributeValue(int start) {
        if (start < 0 || start >= html.length()) {
            return null;
        }
        int quoted = html.charAt(start) == '"' || html.charAt(start) == '\'' ? 1 : 0;
        return WebAddress.decode(html.substring(start + quoted, valueEnd(start, html.length()))).strip();
    }

    private void add(int at, String written, Kind kind) {
        String url = WebAddress.remote(written);
        if (url != null) {
            loads.putIfAbsent(at, new RemoteLoad(url, 0, kind));
        }
    }

    /** What an element's attribute loads, or null when it loads nothing by itself (an {@code <a href>}). */
    private static Kind kind(String element, String attribute, String value) {
        return switch (attribute) {
            case "action" -> element.equals("form") ? Kind.FORM : null;
            case "formaction" -> element.equals("button") || element.equals("input") ? Kind.FORM : null;
            case "data" -> element.equals("object") ? Kind.OBJECT : null;
            case "poster" -> element.equals("video") ? Kind.PICTURE : null;
            case "background" -> switch (element) {
                case "body", "table", "thead", "tbody", "tfoot", "tr", "td", "th" -> Kind.PICTURE;
                default -> null;
            };
            case "href", "xlink:href" -> switch (element) {
                case "link" -> RemoteLoads.byExtension(value, Kind.STYLESHEET);
                case "base" -> Kind.BASE;
                case "script" -> Kind.SCRIPT; // SVG's
                // SVG: a picture, a symbol from another file, a filter's picture.
                case "image", "use", "feimage" -> Kind.PICTURE;
                default -> null;
            };
            default -> switch (element) { // src
                case "iframe", "frame" -> Kind.FRAME;
                case "script" -> Kind.SCRIPT;
                case "embed" -> Kind.OBJECT;
                case "img", "image", "input", "video", "audio", "source", "track", "mglyph" -> Kind.PICTURE;
                default -> null;
            };
        };
    }

    private static int lineBreaks(String text, int before) {
        int count = 0;
        for (int i = 0; i < before && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
