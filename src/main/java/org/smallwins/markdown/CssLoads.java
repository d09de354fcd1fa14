package org.smallwins.markdown;

import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smallwins.markdown.RenderedBody.RemoteLoad.Kind;

/**
 * What CSS (a {@code <style>} block, a style attribute, an SVG {@code fill="url(...)"}) loads as the
 * page opens: every {@code url()}, an {@code @import} by a string, and the strings of an
 * {@code image-set()}, which are addresses too.
 */
final class CssLoads {
    // Groups: '@import ' before url() (1), url()'s address quoted or not (2, 3, 4), @import's string (5, 6).
    private static final Pattern ADDRESS = Pattern.compile(
            "(@import\\s+)?url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))"
                    + "|@import\\s+(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_SET = Pattern.compile("image-set\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

    private CssLoads() {
    }

    /** Gives {@code found} each address {@code css} loads from another host, with its offset in {@code css}. */
    static void of(String css, BiConsumer<Integer, RenderedBody.RemoteLoad> found) {
        Matcher address = ADDRESS.matcher(css);
        while (address.find()) {
            int group = firstMatched(address, 2, 6);
            String url = WebAddress.remote(address.group(group));
            if (url != null) {
                Kind kind = group >= 5 || address.group(1) != null ? Kind.STYLESHEET
                        : RemoteLoads.byExtension(url, Kind.PICTURE);
                found.accept(address.start(group), new RenderedBody.RemoteLoad(url, 0, kind));
            }
        }
        Matcher imageSet = IMAGE_SET.matcher(css);
        while (imageSet.find()) {
            Matcher string = STRING.matcher(css).region(imageSet.end(), closingParenthesis(css, imageSet.end()));
            while (string.find()) {
                int group = firstMatched(string, 1, 2);
                String url = WebAddress.remote(string.group(group));
                if (url != null) {
                    found.accept(string.start(group), new RenderedBody.RemoteLoad(url, 0, Kind.PICTURE));
                }
            }
        }
    }

    private static int firstMatched(Matcher matcher, int from, int to) {
        for (int group = from; group < to; group++) {
            if (matcher.group(group) != null) {
                return group;
            }
        }
        return to;
    }

    /** Where the parenthesis opened just before {@code from} closes (skipping nested ones), else the end. */
    private static int closingParenthesis(String css, int from) {
        int depth = 0;
        for (int i = from; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return css.length();
    }
}
