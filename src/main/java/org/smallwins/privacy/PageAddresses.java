package org.smallwins.privacy;

import org.smallwins.markdown.HtmlAttributes;
import org.smallwins.markdown.WebAddress;

/**
 * The addresses of a page, found as the browser finds them: each {@code href}, {@code src},
 * {@code poster} and {@code srcset} of a start tag, in any case, in either quote or none, character
 * references decoded, so raw HTML an entry's writer typed is read like the theme's markup. Comments
 * and the text of script, style, textarea and title elements hold no tags. An attribute whose address
 * changes is written again, its name in lower case and its value in double quotes; the rest of the
 * page is kept byte for byte.
 */
final class PageAddresses {
    // The browser reads no tags in these elements' text.
    private static final String[] TEXT_ONLY = {"script", "style", "textarea", "title"};

    /** What to put instead of an address. */
    @FunctionalInterface
    interface Rewriter {
        /**
         * @param name  "href", "src", "poster" or "srcset"
         * @param value as the browser reads it: decoded, and but for a srcset without spaces at either end
         * @return the new value, or {@code value} itself to leave the attribute as written
         */
        String rewrite(String name, String value);
    }

    private final String html;
    private final Rewriter rewriter;
    private StringBuilder out;
    private int copied;

    private PageAddresses(String html, Rewriter rewriter) {
        this.html = html;
        this.rewriter = rewriter;
    }

    /** {@code html} with each address {@code rewriter} changes changed; the same instance when none is. */
    static String rewrite(String html, Rewriter rewriter) {
        PageAddresses page = new PageAddresses(html, rewriter);
        page.tags();
        if (page.out == null) {
            return html;
        }
        return page.out.append(html, page.copied, html.length()).toString();
    }

    private void tags() {
        int length = html.length();
        int at = html.indexOf('<');
        while (at >= 0 && at + 1 < length) {
            char next = html.charAt(at + 1);
            if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
                int nameEnd = at + 2;
                while (nameEnd < length && !Character.isWhitespace(html.charAt(nameEnd))
                        && html.charAt(nameEnd) != '/' && html.charAt(nameEnd) != '>') {
                    nameEnd++;
                }
                int end = HtmlAttributes.read(html, nameEnd, length, this::attribute);
                at = textEnd(at + 1, nameEnd, end);
            } else if (html.startsWith("!--", at + 1)) {
                int close = html.indexOf("-->", at + 4);
                at = close < 0 ? length : close + 3;
            } else {
                at++;
            }
            at = html.indexOf('<', at);
        }
    }

    /** Where the text of the element named {@code html[nameStart, nameEnd)} ends, when the browser reads no tags in it. */
    private int textEnd(int nameStart, int nameEnd, int tagEnd) {
        for (String name : TEXT_ONLY) {
            if (name.length() == nameEnd - nameStart && html.regionMatches(true, nameStart, name, 0, name.length())) {
                for (int close = html.indexOf("</", tagEnd); close >= 0; close = html.indexOf("</", close + 2)) {
                    int after = close + 2 + name.length();
                    if (html.regionMatches(true, close + 2, name, 0, name.length())
                            && (after == html.length() || Character.isWhitespace(html.charAt(after))
                                    || html.charAt(after) == '/' || html.charAt(after) == '>')) {
                        return close;
                    }
                }
                return html.length();
            }
        }
        return tagEnd;
    }

    private void attribute(String name, int nameStart, int start, int end) {
        boolean list = name.equals("srcset");
        if (start < 0 || start >= html.length()
                || (!list && !name.equals("href") && !name.equals("src") && !name.equals("poster"))) {
            return;
        }
        int quoted = html.charAt(start) == '"' || html.charAt(start) == '\'' ? 1 : 0;
        String value = WebAddress.decode(html.substring(start + quoted, HtmlAttributes.valueEnd(html, start, html.length())));
        if (!list) {
            value = value.strip();
        }
        String rewritten = rewriter.rewrite(name, value);
        if (rewritten.equals(value)) {
            return;
        }
        if (out == null) {
            out = new StringBuilder(html.length() + 256);
        }
        out.append(html, copied, nameStart).append(name).append("=\"").append(escaped(rewritten)).append('"');
        copied = end;
    }

    /** A value as a double-quoted attribute holds it. */
    private static String escaped(String value) {
        if (value.indexOf('&') < 0 && value.indexOf('"') < 0 && value.indexOf('<') < 0 && value.indexOf('>') < 0) {
            return value;
        }
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
