package org.smallwins.markdown;

import com.vladsch.flexmark.util.sequence.Html5Entities;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address as the browser reads it, to tell whether it leads to another host. The browser forgives
 * a lot: it decodes character references ({@code &#104;ttps:}, {@code &colon;}), drops spaces at
 * either end and tabs and line breaks anywhere, reads '\' as '/' and the scheme in any case, and
 * takes {@code //host} with the page's own scheme. Each of these still reaches the other host.
 */
public final class WebAddress {
    private static final Pattern NUMERIC = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?");
    private static final Pattern NAMED = Pattern.compile("&([a-zA-Z][a-zA-Z0-9]{1,31});");
    // Flexmark's table lacks these two, which hide a scheme as well as '&#9;' does.
    private static final Map<String, String> NOT_IN_TABLE = Map.of("Tab", "\t", "NewLine", "\n");
    private static final Pattern DROPPED = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern SCHEME = Pattern.compile("(?i)(https?:)?[/\\\\]*");

    private WebAddress() {
    }

    /**
     * The address in plain form ({@code https://host/path}) when it leads to another host, else null.
     * {@code written} is as the browser has it, its character references already decoded.
     */
    public static String remote(String written) {
        String url = DROPPED.matcher(trimSpaceAndControls(written)).replaceAll("");
        Matcher scheme = SCHEME.matcher(url);
        scheme.lookingAt();
        String slashes = url.substring(scheme.start(0) + (scheme.group(1) == null ? 0 : scheme.group(1).length()),
                scheme.end());
        String rest = url.substring(scheme.end());
        if (rest.isEmpty() || (scheme.group(1) == null && slashes.length() < 2)) {
            return null; // 'a.png', '/images/a.png': the site's own
        }
        String prefix = scheme.group(1) == null ? "" : scheme.group(1).toLowerCase(Locale.ROOT);
        return prefix + "//" + rest.replace('\\', '/');
    }

    /** {@code html} with its character references decoded, as the browser reads an attribute's value. */
    public static String decode(String html) {
        if (html.indexOf('&') < 0) {
            return html;
        }
        Matcher numeric = NUMERIC.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (numeric.find()) {
            int code = numeric.group(1) != null ? Integer.parseInt(numeric.group(1), 16)
                    : Integer.parseInt(numeric.group(2));
            String character = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : numeric.group();
            numeric.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        Matcher named = NAMED.matcher(numeric.appendTail(out).toString());
        StringBuilder plain = new StringBuilder(out.length());
        while (named.find()) {
            String character = NOT_IN_TABLE.get(named.group(1));
            if (character == null) {
                character = Html5Entities.entityToString(named.group());
            }
            named.appendReplacement(plain, Matcher.quoteReplacement(character));
        }
        return named.appendTail(plain).toString();
    }

    private static String trimSpaceAndControls(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        return s.substring(start, end);
    }
}
