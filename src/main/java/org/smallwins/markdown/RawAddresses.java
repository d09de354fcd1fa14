package org.smallwins.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relative addresses of raw HTML that can name a file beside the entry: each {@code src},
 * {@code href} and {@code poster} value and each {@code srcset} candidate. Tags are read as the
 * browser reads them (any case, either quote or none, character references decoded), as
 * {@link HtmlLoads} reads them; an attribute the rewriter changes is written again, its name in lower
 * case and its value in double quotes.
 */
final class RawAddresses {
    private static final Pattern TAG = Pattern.compile("<!--|<([a-zA-Z][^\\s/>]*)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** What to put instead of a relative address, or null to leave it as written. */
    @FunctionalInterface
    interface Rewriter {
        /**
         * {@code address} is decoded as the browser reads it; {@code line} is 0-based in the body;
         * {@code picture} says the page shows it as a picture (see {@link #picture}).
         */
        String rewrite(String address, int line, boolean picture);
    }

    private final String html;
    private final int firstLine;
    private final Rewriter rewriter;
    private StringBuilder out;
    private int copied;
    // Lines are counted on from the last address, so a long block is read once.
    private int countedTo;
    private int linesBefore;

    private RawAddresses(String html, int firstLine, Rewriter rewriter) {
        this.html = html;
        this.firstLine = firstLine;
        this.rewriter = rewriter;
    }

    /**
     * {@code html}, written from body line {@code line} on, with each relative address the rewriter
     * changes changed; the same instance when none is.
     */
    static String rewrite(String html, int line, Rewriter rewriter) {
        RawAddresses raw = new RawAddresses(html, line, rewriter);
        raw.tags();
        if (raw.out == null) {
            return html;
        }
        return raw.out.append(html, raw.copied, html.length()).toString();
    }

    private void tags() {
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (at < html.length() && tag.find(at)) {
            if (tag.group(1) == null) { // a comment names nothing
                int end = html.indexOf("-->", tag.end());
                at = end < 0 ? html.length() : end + 3;
                continue;
            }
            at = attributes(tag.group(1), tag.end());
        }
    }

    /**
     * Reads the attributes of the tag {@code tag} from {@code at} to its '>', rewriting the ones that
     * name a file; returns its end.
     */
    private int attributes(String tag, int at) {
        int to = html.length();
        return HtmlAttributes.read(html, at, to, (name, nameStart, start, end) -> {
            if (start >= 0 && start < to) {
                int quoted = html.charAt(start) == '"' || html.charAt(start) == '\'' ? 1 : 0;
                value(tag, name, nameStart, start + quoted, HtmlAttributes.valueEnd(html, start, to), end);
            }
        });
    }

    /**
     * Whether the browser shows the attribute {@code name} (lower case) of the tag {@code tag} as a
     * picture: an {@code <img>}'s {@code src} and {@code srcset}, a {@code <source>}'s {@code srcset}
     * (in a {@code <picture>}) and a {@code <video>}'s {@code poster}. A {@code <source>}'s {@code src}
     * is a video's or a sound's.
     */
    static boolean picture(String tag, String name) {
        return switch (name) {
            case "src" -> tag.equalsIgnoreCase("img");
            case "srcset" -> tag.equalsIgnoreCase("img") || tag.equalsIgnoreCase("source");
            case "poster" -> tag.equalsIgnoreCase("video");
            default -> false;
        };
    }

    /**
     * The attribute {@code name} of the tag {@code tag}, whose value is {@code html[valueStart, valueEnd)},
     * written from its name on at {@code html[start, end)}.
     */
    private void value(String tag, String name, int start, int valueStart, int valueEnd, int end) {
        boolean list = name.equals("srcset");
        if (!list && !name.equals("src") && !name.equals("href") && !name.equals("poster")) {
            return;
        }
        String value = WebAddress.decode(html.substring(valueStart, valueEnd));
        int line = lineAt(valueStart);
        boolean picture = picture(tag, name);
        String rewritten = list ? candidates(value, line, picture) : address(value.strip(), line, picture);
        if (rewritten != null) {
            if (out == null) {
                out = new StringBuilder(html.length() + 64);
            }
            // Written as the rest of the page writes attributes.
            out.append(html, copied, start).append(name).append("=\"").append(escaped(rewritten)).append('"');
            copied = end;
        }
    }

    /** A srcset with each candidate's address rewritten, or null when none is. */
    private String candidates(String value, int line, boolean picture) {
        StringBuilder set = new StringBuilder(value.length() + 64);
        boolean changed = false;
        int at = 0;
        int length = value.length();
        while (at < length) {
            while (at < length && (Character.isWhitespace(value.charAt(at)) || value.charAt(at) == ',')) {
                at++;
            }
            if (at >= length) {
                break;
            }
            int urlStart = at;
            while (at < length && !Character.isWhitespace(value.charAt(at))) {
                at++;
            }
            int urlEnd = at;
            // As the browser reads a candidate: commas ending its address end it, descriptors and all.
            while (urlEnd > urlStart && value.charAt(urlEnd - 1) == ',') {
                urlEnd--;
            }
            String descriptors = "";
            if (urlEnd == at) {
                int comma = value.indexOf(',', at);
                int descriptorsEnd = comma < 0 ? length : comma;
                descriptors = value.substring(at, descriptorsEnd).strip();
                at = descriptorsEnd;
            }
            String url = value.substring(urlStart, urlEnd);
            // A long srcset is written over several lines: each candidate is named on its own.
            String rewritten = address(url, line + lineBreaks(value, urlStart), picture);
            changed |= rewritten != null;
            if (!set.isEmpty()) {
                set.append(", ");
            }
            set.append(rewritten != null ? rewritten : url);
            if (!descriptors.isEmpty()) {
                set.append(' ').append(descriptors);
            }
        }
        return changed ? set.toString() : null;
    }

    /** A relative address rewritten, or null when it is not relative or the rewriter leaves it. */
    private String address(String address, int line, boolean picture) {
        if (address.isEmpty() || address.startsWith("#") || address.startsWith("/") || address.startsWith("\\")
                || SCHEME.matcher(address).find() || WebAddress.remote(address) != null) {
            return null;
        }
        return rewriter.rewrite(address, line, picture);
    }

    /** The body line of {@code html}'s character at {@code at}, no earlier than the last one asked for. */
    private int lineAt(int at) {
        for (; countedTo < at; countedTo++) {
            if (html.charAt(countedTo) == '\n') {
                linesBefore++;
            }
        }
        return firstLine + linesBefore;
    }

    private static int lineBreaks(String text, int before) {
        int count = 0;
        for (int i = 0; i < before; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** A value as a double-quoted attribute holds it. */
    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
