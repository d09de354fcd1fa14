package org.smallwins.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the plain front matter nearly every entry has straight from its lines, without SnakeYAML:
 * {@code key: value} lines at the left margin whose values are single-line words, numbers, dates
 * (with a time or not), {@code true}/{@code false}, quoted text without escapes, a
 * {@code [flow, list]} of such words, or a list of {@code - item} lines. Composing a SnakeYAML
 * node tree for those few lines was a twentieth of a 10,000-entry build's CPU time, most of it in
 * setting up its scanner and parser.
 *
 * <p>Anything else (nested mappings, anchors, tags, escapes, multi-line values, a comment after a
 * value, a repeated key, a word YAML 1.1 reads as a boolean, any doubt at all) gives null, and
 * {@link YamlReader} reads the text with SnakeYAML as before. What this class returns is what
 * YamlReader returns for the same text through SnakeYAML; {@code PlainYamlTest} compares the two on
 * thousands of generated texts, tricky ones included.
 */
final class PlainYaml {
    /** SnakeYAML refuses an implicit key longer than 1024 characters; far below that, and longer keys go to it. */
    private static final int MAX_KEY = 200;

    private PlainYaml() {
    }

    /**
     * The values of {@code text} as YamlReader reads them, or null when the text is not plain enough
     * (or holds more than {@code maxValues} values, or {@code maxChars} characters: SnakeYAML then reports it).
     */
    static YamlMap read(String text, int firstLine, int maxValues, int maxChars) {
        int length = text.length();
        if (length > maxChars) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, Integer> nested = new LinkedHashMap<>();
        int count = 0;
        // A key written with nothing after it: its "- item" lines may follow (else its value is null).
        String listKey = null;
        List<Object> list = null;
        int listIndent = -1;
        int line = firstLine;
        for (int start = 0; start < length; line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            int first = start;
            while (first < end && text.charAt(first) == ' ') {
                first++;
            }
            if (first == end || text.charAt(first) == '#') {
                start = end + 1;  // a blank line or a comment line
                continue;
            }
            if (listKey != null) {
                int indent = first - start;
                if (text.charAt(first) == '-' && first + 1 < end && text.charAt(first + 1) == ' '
                        && (listIndent < 0 || indent == listIndent)) {
                    Object item = scalar(text, first + 2, end, false);
                    if (item == null) {
                        return null;
                    }
                    list.add(item);
                    nested.putIfAbsent(listKey + "[" + list.size() + "]", line);
                    listIndent = indent;
                    count++;
                    start = end + 1;
                    continue;
                }
                values.put(listKey, list.isEmpty() ? null : list);
                listKey = null;
            }
            if (first != start) {
                return null;  // indented, and not a list item: nesting or a value over several lines
            }
            int colon = keyEnd(text, start, end);
            if (colon < 0) {
                return null;
            }
            String key = text.substring(start, colon);
            if (values.containsKey(key)) {
                return null;  // SnakeYAML reports it, with both lines
            }
            int valueStart = colon + 1;
            while (valueStart < end && text.charAt(valueStart) == ' ') {
                valueStart++;
            }
            lines.put(key, line);
            count++;
            if (valueStart == end) {
                values.put(key, null);  // keeps the key's place; its list, if one follows, replaces null
                listKey = key;
                list = new ArrayList<>();
                listIndent = -1;
            } else if (text.charAt(valueStart) == '[') {
                List<Object> items = flowList(text, valueStart, end);
                if (items == null) {
                    return null;
                }
                for (int i = 1; i <= items.size(); i++) {
                    nested.putIfAbsent(key + "[" + i + "]", line);
                }
                count += items.size();
                values.put(key, items);
            } else {
                Object value = scalar(text, valueStart, end, false);
                if (value == null) {
                    return null;
                }
                values.put(key, value);
            }
            start = end + 1;
        }
        if (listKey != null) {
            values.put(listKey, list.isEmpty() ? null : list);
        }
        if (values.isEmpty() || count > maxValues) {
            return null;
        }
        return new YamlMap(values, lines, nested);
    }

    /** Where the ':' after a plain key at {@code start} is (a space or the line's end after it), or -1. */
    private static int keyEnd(String text, int start, int end) {
        int i = start;
        while (i < end && i - start <= MAX_KEY) {
            char c = text.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            boolean more = (c >= '0' && c <= '9') || c == '-';
            if (letter || (i > start && more)) {
                i++;
            } else {
                break;
            }
        }
        if (i == start || i >= end || text.charAt(i) != ':' || i - start > MAX_KEY) {
            return -1;
        }
        return i + 1 == end || text.charAt(i + 1) == ' ' ? i : -1;
    }

    /** A {@code [a, b, c]} list of plain words and numbers ending the line, or null. */
    private static List<Object> flowList(String text, int open, int end) {
        while (end > open && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (text.charAt(end - 1) != ']' || end - 1 == open) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        int close = end - 1;
        int from = open + 1;
        while (from < close && text.charAt(from) == ' ') {
            from++;
        }
        if (from == close) {
            return items;  // []
        }
        while (true) {
            int comma = text.indexOf(',', from);
            int itemEnd = comma < 0 || comma > close ? close : comma;
            int s = from;
            while (s < itemEnd && text.charAt(s) == ' ') {
                s++;
            }
            Object item = scalar(text, s, itemEnd, true);
            if (item == null) {
                return null;
            }
            items.add(item);
            if (itemEnd == close) {
                return items;
            }
            from = itemEnd + 1;
        }
    }

    /**
     * The value of the scalar in {@code [start, end)} (trailing spaces dropped) as YamlReader types
     * it, or null when it is empty or not plain enough. In a flow list
     * ({@code inFlow}) quotes and brackets are left to SnakeYAML.
     */
    private static Object scalar(String text, int start, int end, boolean inFlow) {
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (start == end) {
            return null;
        }
        char c = text.charAt(start);
        if (c == '"' || c == '\'') {
            // Quoted: always a string. Without escapes (or doubled quotes) it is the text between.
            if (inFlow || end - start < 2 || text.charAt(end - 1) != c) {
                return null;
            }
            for (int i = start + 1; i < end - 1; i++) {
                char q = text.charAt(i);
                if (q == c || q == '\\' || !printable(q)) {
                    return null;
                }
            }
            return text.substring(start + 1, end - 1);
        }
        boolean colon = false;
        for (int i = start; i < end; i++) {
            char p = text.charAt(i);
            if (p == ':' && !inFlow && i + 1 < end && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
                colon = true;  // as in a time of day: allowed in a date and time below
                continue;
            }
            // ':' and '#' can end a plain value or start a comment; in a flow list, so can these.
            if (p == ':' || p == '#' || !printable(p)
                    || (inFlow && (p == ',' || p == '[' || p == ']' || p == '{' || p == '}'))) {
                return null;
            }
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0) {
            return colon ? null : word(text.substring(start, end));
        }
        if ((c >= '0' && c <= '9') || c == '-') {
            String value = text.substring(start, end);
            return colon ? dateTime(value) : number(value);
        }
        return null;
    }

    /**
     * A date with a time of day ("2024-07-18T08:16:00", "2024-07-18 08:16", with a zone or not) is a
     * string, as YamlReader keeps every date and time (the loader parses them itself); YAML reads
     * nothing that starts with a date as a number. Other text with a ':' goes to SnakeYAML.
     */
    private static Object dateTime(String text) {
        if (text.length() < 16 || !isDate(text, 0) || (text.charAt(10) != 'T' && text.charAt(10) != ' ')) {
            return null;
        }
        for (int i = 11; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || c == ':' || c == '.' || c == '+' || c == '-' || c == 'Z' || c == ' ')) {
                return null;
            }
        }
        return text;
    }

    /** Whether yyyy-MM-dd (digits and dashes) stands at {@code from}. */
    private static boolean isDate(String text, int from) {
        return text.length() >= from + 10 && text.charAt(from + 4) == '-' && text.charAt(from + 7) == '-'
                && digits(text, from, from + 4) && digits(text, from + 5, from + 7)
                && digits(text, from + 8, from + 10);
    }

    /**
     * Words YAML 1.1 reads as booleans or null in some spelling are left to SnakeYAML and
     * YamlReader's rules, except plain {@code true} and {@code false}.
     */
    private static Object word(String word) {
        if (word.equals("true")) {
            return Boolean.TRUE;
        }
        if (word.equals("false")) {
            return Boolean.FALSE;
        }
        switch (word.length()) {
            case 1, 2, 3, 4, 5 -> {
                String lower = word.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false") || lower.equals("null") || lower.equals("yes")
                        || lower.equals("no") || lower.equals("on") || lower.equals("off") || lower.equals("y")
                        || lower.equals("n")) {
                    return null;
                }
            }
            default -> {
            }
        }
        return word;
    }

    /**
     * A whole number written plainly (no sign, no leading zero, at most 18 digits) is a Long, a
     * decimal like 1.5 a BigDecimal (its digits as written), a date yyyy-MM-dd a string (the loader parses dates itself).
     * Anything else that starts with a digit or '-' (octal, hex, 1_000, -0, times) goes to SnakeYAML.
     */
    private static Object number(String text) {
        int length = text.length();
        int digitsFrom = text.charAt(0) == '-' ? 1 : 0;
        if (length == 10 && isDate(text, 0)) {
            return text;
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            if (length - digitsFrom < 1 || length - digitsFrom > 18 || !digits(text, digitsFrom, length)) {
                return null;
            }
            if (text.charAt(digitsFrom) == '0' && (length - digitsFrom > 1 || digitsFrom == 1)) {
                return null;  // 007 stays a string and -0 is not 0: SnakeYAML's reading decides
            }
            return Long.parseLong(text);
        }
        if (dot > digitsFrom && dot < length - 1 && digits(text, digitsFrom, dot) && digits(text, dot + 1, length)) {
            // As written, "1.10" staying 1.10 (a Double would print 1.1): a title or a reward is text.
            return new BigDecimal(text);
        }
        return null;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return from < to;
    }

    /**
     * Characters SnakeYAML reads as printable and not as a line break: tabs, control characters,
     * line and paragraph separators, the byte order mark and lone halves of surrogate pairs go to it.
     */
    private static boolean printable(char c) {
        if (c >= 0x20 && c <= 0x7E) {
            return true;
        }
        return (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }
}
