package org.smallwins.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smallwins.problem.Problem;

/**
 * Reads typed fields out of a front matter mapping, adding a problem (file, line, field, what to
 * write instead) for each value of the wrong shape and carrying on, so one run reports them all.
 */
final class FieldReader {
    private final YamlMap yaml;
    private final String source;
    private final List<Problem> problems;

    /** What each single-text field may look like, for the message when it is given as a list or group. */
    private static final Map<String, String> TEXT_EXAMPLES = Map.ofEntries(
            Map.entry("title", "A walk to the shop"), Map.entry("summary", "Made it outside before noon"),
            Map.entry("reward", "A cup of tea in the sun"), Map.entry("date", "2025-03-14"),
            Map.entry("started", "2025-03-14"), Map.entry("type", "win"), Map.entry("slug", "first-walk"),
            Map.entry("id", "daily-walk"), Map.entry("size", "small"), Map.entry("cadence", "weekly"),
            Map.entry("status", "active"));

    FieldReader(YamlMap yaml, String source, List<Problem> problems) {
        this.yaml = yaml;
        this.source = source;
        this.problems = problems;
    }

    boolean has(String key) {
        return yaml.values().get(key) != null;
    }

    int line(String key) {
        return yaml.lineOf(key, 1);
    }

    void error(String key, String message) {
        problems.add(Problem.error(source, line(key), key, message));
    }

    void warn(String key, String message) {
        problems.add(Problem.warning(source, line(key), key, message));
    }

    /** A text value; numbers and booleans are accepted as their text. Null when absent or wrong. */
    String text(String key) {
        Object value = yaml.values().get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof List || value instanceof Map) {
            String example = TEXT_EXAMPLES.get(key);
            error(key, "expected a single piece of text, not a list or a group of fields." + (example == null ? ""
                    : " Write it as plain text, like '" + key + ": " + example + "', in quotes if it starts with"
                    + " '[' or '{'."));
            return null;
        }
        String text = (value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value)).trim();
        return text.isEmpty() ? null : text;
    }

    boolean flag(String key) {
        Object value = yaml.values().get(key);
        if (value == null) {
            return false;
        }
        Boolean truth = truth(value);
        if (truth == null) {
            error(key, "expected true or false, found '" + value + "'.");
            return false;
        }
        return truth;
    }

    /** What a flag's value says, as {@link #flag} reads it: true, false, or null for anything else. */
    static Boolean truth(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == null || value instanceof List || value instanceof Map) {
            return null;
        }
        // YAML 1.1 words, as Jekyll's YAML reads them; kept as text elsewhere so a title "No" stays "No".
        return switch (String.valueOf(value).toLowerCase(Locale.ROOT)) {
            // "true" in quotes is a string to YAML, but no one means it as anything but true.
            case "yes", "on", "true" -> Boolean.TRUE;
            case "no", "off", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A whole number from min to max; {@code meaning} says what the ends mean, for the message. */
    Integer wholeNumber(String key, int min, int max, String meaning) {
        Object value = yaml.values().get(key);
        if (value == null) {
            return null;
        }
        Long whole = whole(value);
        if (whole != null && whole >= min && whole <= max) {
            return whole.intValue();
        }
        error(key, "'" + value + "' is not allowed: use a whole number from " + min + " to " + max
                + meaning + ".");
        return null;
    }

    /**
     * The whole number a value was meant as, else null. Written 3, "3" (in quotes, as flags are
     * taken in quotes too), 3.0 or 03, it is 3: refusing it as "not a whole number from 1 to 5"
     * would contradict what the writer sees.
     */
    private static Long whole(Object value) {
        if (value instanceof Long n) {
            return n;
        }
        if (value instanceof Integer n) {
            return n.longValue();
        }
        if (value instanceof BigDecimal d && d.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) < 0) {
            try {
                return d.longValueExact();  // 3.0 is 3; 3.5 is not a whole number
            } catch (ArithmeticException notWhole) {
                return null;
            }
        }
        if (value instanceof String text && text.trim().matches("[0-9]{1,9}(\\.0*)?")) {
            String digits = text.trim();
            int point = digits.indexOf('.');
            return Long.parseLong(point < 0 ? digits : digits.substring(0, point));
        }
        return null;
    }

    /** A list of words, written as a YAML list or as one comma-separated string. */
    List<String> words(String key) {
        Object value = yaml.values().get(key);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item == null) {
                    continue;
                }
                if (item instanceof List || item instanceof Map) {
                    error(key, "each item must be a single word or phrase, like [walk, outside].");
                    return new ArrayList<>();
                }
                addWord(out, String.valueOf(item));
            }
        } else if (value instanceof Map) {
            error(key, "expected a list like [walk, outside] or a text like \"walk, outside\".");
        } else {
            for (String part : String.valueOf(value).split(",")) {
                addWord(out, part);
            }
        }
        return out;
    }

    private static void addWord(List<String> out, String word) {
        String trimmed = word.trim();
        if (!trimmed.isEmpty() && !out.contains(trimmed)) {
            out.add(trimmed);
        }
    }
}
