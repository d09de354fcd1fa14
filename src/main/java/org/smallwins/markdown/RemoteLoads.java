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
    // An element that fetches what an attribute names, and that attribute's value when it is a web
    // address (with a scheme, or scheme-relative '//host').
    private static final Pattern FETCHING = Pattern.compile(
            "<(?:img|iframe|frame|script|link|video|audio|source|track|embed|object|input)\\b[^>]*?\\s"
                    + "(?:src|srcset|href|data|poster)\\s*=\\s*[\"']?\\s*((?:https?:)?//[^\"'\\s>]+)",
            Pattern.CASE_INSENSITIVE);

    // The other ways raw HTML loads from elsewhere as the page opens: a 'background' attribute, an
    // SVG <image>, a <base> (every relative address of the page then goes to that host), a refresh
    // that goes there, and CSS in a style attribute or a <style> block (url(), @import).
    private static final Pattern ALSO_FETCHING = Pattern.compile(
            "<(?:image|base|body|table|thead|tbody|tfoot|tr|td|th)\\b[^>]*?\\s(?:href|xlink:href|background)"
                    + "\\s*=\\s*[\"']?\\s*((?:https?:)?//[^\"'\\s>]+)"
                    + "|<meta\\b[^>]*?\\scontent\\s*=\\s*[\"']?[^\"'>]*?url\\s*=\\s*['\"]?\\s*((?:https?:)?//[^\"'\\s>;]+)"
                    + "|url\\(\\s*(?:&quot;|[\"'])?\\s*((?:https?:)?//[^\"')\\s&]+)"
                    + "|@import\\s+(?:&quot;|[\"'])\\s*((?:https?:)?//[^\"'\\s&;]+)",
            Pattern.CASE_INSENSITIVE);
    // "&#104;ttps:" is "https:" to the browser.
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?");

    private RemoteLoads() {
    }

    /** Adds what {@code node} loads from elsewhere, if anything, to {@code found}. */
    static void of(Node node, Document document, List<RenderedBody.RemoteLoad> found) {
        if (node instanceof Image image) {
            add(image.getUrl().toString(), node.getLineNumber(), found);
        } else if (node instanceof ImageRef reference && document != null) {
            Reference target = reference.getReferenceNode(document);
            if (target != null) {
                add(target.getUrl().toString(), node.getLineNumber(), found);
            }
        } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            String html = decodeCharacterReferences(node.getChars().toString());
            TreeMap<Integer, String> urls = new TreeMap<>();
            for (Pattern pattern : List.of(FETCHING, ALSO_FETCHING)) {
                Matcher matcher = pattern.matcher(html);
                while (matcher.find()) {
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        if (matcher.group(group) != null) {
                            urls.putIfAbsent(matcher.start(), matcher.group(group));
                        }
                    }
                }
            }
            for (var url : urls.entrySet()) {
                int line = node.getLineNumber();
                for (int i = 0; i < url.getKey(); i++) {
                    if (html.charAt(i) == '\n') {
                        line++;
                    }
                }
                add(url.getValue(), line, found);
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

    private static void add(String url, int line, List<RenderedBody.RemoteLoad> found) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")) {
            found.add(new RenderedBody.RemoteLoad(url, line));
        }
    }
}
