package org.smallwins.scaffold;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes values into front matter so that they read back exactly as given: plain when that is
 * unambiguous ({@code title: Drank a glass of water}), double-quoted with escapes otherwise
 * ({@code title: "Note: it's fine"}).
 */
public final class YamlText {
    /** Words some YAML readers take for booleans or null; quoted so a title "No" stays text everywhere. */
    private static final Set<String> SPECIAL = Set.of("true", "false", "yes", "no", "on", "off", "y", "n",
            "null", "~");

    private YamlText() {
    }

    /** A single value after {@code key: }, quoted only when needed. */
    public static String scalar(String text) {
        return isPlainSafe(text, false) ? text : quoted(text);
    }

    /** A list in flow style, {@code [walk, "tea, with Ana"]}; {@code []} when empty. */
    public static String flowList(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (String item : items) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(isPlainSafe(item, true) ? item : quoted(item));
        }
        return out.append(']').toString();
    }

    /** A double-quoted YAML string: backslashes, quotes and control characters escaped. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u0085' -> out.append("\\N");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\uFEFF') {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Plain when it starts with a letter or digit-free word and holds only letters, digits, spaces
     * and a few harmless marks: nothing YAML could read as a number, a boolean, a comment, a key or
     * (in a list, {@code inFlow}) a separator.
     */
    static boolean isPlainSafe(String text, boolean inFlow) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0)) || text.endsWith(" ")
                || SPECIAL.contains(text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_' || c == '.'
                    || c == '\'' || c == '!' || c == '?' || c == '(' || c == ')' || c == '&' || c == '/'
                    || (c == ',' && !inFlow);
            if (!ok || (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
