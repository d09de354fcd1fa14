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
import java.util.regex.Pattern;

/**
 * Finds what a body makes the browser load from, or tell, another host without the reader going
 * there: images by a web address, and in raw HTML what {@link HtmlLoads} finds. A link to another
 * site loads nothing until it is followed, so it is not one. The site promises to load nothing from
 * elsewhere: each of these tells that host who read the page, and when.
 */
final class RemoteLoads {
    private static final Pattern FONT_FILE = Pattern.compile("\\.(?:woff2?|ttf|otf|eot)$");
    private static final Pattern PICTURE_FILE = Pattern.compile("\\.(?:png|jpe?g|gif|webp|avif|svg|ico|bmp)$");

    private RemoteLoads() {
    }

    /** Adds what {@code node} loads from elsewhere, if anything, to {@code found}. */
    static void of(Node node, Document document, List<RenderedBody.RemoteLoad> found) {
        if (node instanceof Image image) {
            picture(image.getUrl().toString(), node.getLineNumber(), found);
        } else if (node instanceof ImageRef reference && document != null) {
            Reference target = reference.getReferenceNode(document);
            if (target != null) {
                picture(target.getUrl().toString(), node.getLineNumber(), found);
            }
        } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            for (RenderedBody.RemoteLoad load : HtmlLoads.of(node.getChars().toString(), node.getLineNumber())) {
                found.add(load);
            }
        }
    }

    private static void picture(String written, int line, List<RenderedBody.RemoteLoad> found) {
        // Markdown decodes character references in an address as HTML does.
        String url = WebAddress.remote(WebAddress.decode(written));
        if (url != null) {
            found.add(new RenderedBody.RemoteLoad(url, line, RenderedBody.RemoteLoad.Kind.PICTURE));
        }
    }

    /** A font or a picture by its file's extension (a {@code <link>} may name either), else {@code otherwise}. */
    static RenderedBody.RemoteLoad.Kind byExtension(String url, RenderedBody.RemoteLoad.Kind otherwise) {
        String path = url.toLowerCase(Locale.ROOT).replaceFirst("[?#].*", "");
        if (FONT_FILE.matcher(path).find()) {
            return RenderedBody.RemoteLoad.Kind.FONT;
        }
        if (path.endsWith(".css")) {
            return RenderedBody.RemoteLoad.Kind.STYLESHEET;
        }
        return PICTURE_FILE.matcher(path).find() ? RenderedBody.RemoteLoad.Kind.PICTURE : otherwise;
    }
}
