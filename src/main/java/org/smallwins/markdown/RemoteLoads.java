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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a body makes the browser load from another host as the page opens: images by a web
 * address, and in raw HTML the sources of images, frames, scripts, media and style sheets. A link
 * to another site loads nothing until it is followed, so it is not one. The site promises to load
 * nothing from elsewhere: each of these tells that host who read the page, and when.
 */
final class RemoteLoads {
    // An element that fetches what an attribute names, and that attribute's value when it is a web
    // address (with a scheme, or scheme-relative '//host').
    private static final Pattern FETCHING = Pattern.compile(
            "<(?:img|iframe|frame|script|link|video|audio|source|track|embed|object|input)\\b[^>]*?\\s"
                    + "(?:src|srcset|href|data|poster)\\s*=\\s*[\"']?\\s*((?:https?:)?//[^\"'\\s>]+)",
            Pattern.CASE_INSENSITIVE);

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
            String html = node.getChars().toString();
            Matcher matcher = FETCHING.matcher(html);
            while (matcher.find()) {
                int line = node.getLineNumber();
                for (int i = 0; i < matcher.start(); i++) {
                    if (html.charAt(i) == '\n') {
                        line++;
                    }
                }
                add(matcher.group(1), line, found);
            }
        }
    }

    private static void add(String url, int line, List<RenderedBody.RemoteLoad> found) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")) {
            found.add(new RenderedBody.RemoteLoad(url, line));
        }
    }
}
