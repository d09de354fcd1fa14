package org.smallwins.markdown;

import java.util.Locale;

/**
 * A tag's attributes read as a browser reads them, for the readers of an entry's raw HTML (what it
 * loads from other hosts, {@link HtmlLoads}; which files beside the entry it names, {@link RawAddresses})
 * and for the privacy step, which relinks every page's addresses, raw HTML's among them.
 */
public final class HtmlAttributes {
    /** One attribute, as {@link #read} finds it. */
    public interface Visitor {
        /**
         * @param name      the name, in lower case
         * @param nameStart where the name starts
         * @param start     where the value starts, at its opening quote if it has one; -1 for no value
         * @param end       where the attribute ends: after the value's closing quote, or where it stops
         */
        void attribute(String name, int nameStart, int start, int end);
    }

    private HtmlAttributes() {
    }

    /**
     * Reads the attributes of the tag in {@code html} from {@code at} (after its name) to its '>',
     * at most to {@code to}, telling {@code visitor} of each. Returns where the tag ends.
     */
    public static int read(String html, int at, int to, Visitor visitor) {
        while (at < to) {
            char c = html.charAt(at);
            if (c == '>') {
                return at + 1;
            }
            if (Character.isWhitespace(c) || c == '/') {
                at++;
                continue;
            }
            int nameStart = at;
            do {
                at++;
            } while (at < to && !Character.isWhitespace(html.charAt(at)) && "/>=".indexOf(html.charAt(at)) < 0);
            String name = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
            int afterName = skipSpace(html, at, to);
            if (afterName < to && html.charAt(afterName) == '=') {
                int start = skipSpace(html, afterName + 1, to);
                at = valueEnd(html, start, to);
                if (at < to && (html.charAt(at) == '"' || html.charAt(at) == '\'')) {
                    at++;
                }
                visitor.attribute(name, nameStart, start, at);
            } else {
                visitor.attribute(name, nameStart, -1, afterName);
                at = afterName;
            }
        }
        return to;
    }

    /** Where a value starting at {@code start} ends: its closing quote, or the space or '>' after it. */
    public static int valueEnd(String html, int start, int to) {
        if (start < to && (html.charAt(start) == '"' || html.charAt(start) == '\'')) {
            int close = html.indexOf(html.charAt(start), start + 1);
            return close < 0 || close > to ? to : close;
        }
        int end = start;
        while (end < to && !Character.isWhitespace(html.charAt(end)) && html.charAt(end) != '>') {
            end++;
        }
        return end;
    }

    private static int skipSpace(String html, int at, int to) {
        while (at < to && Character.isWhitespace(html.charAt(at))) {
            at++;
        }
        return at;
    }
}
