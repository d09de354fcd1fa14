package org.smallwins.load;

import java.util.Map;

/**
 * A YAML mapping read into plain Java values (String, Long, BigDecimal, Boolean, List, Map, null),
 * with the file line each top-level key stands on, so messages can point at it.
 *
 * @param values the top-level keys and their values, in the order written
 * @param lines  the file line (1-based) of each top-level key
 * @param nested the line of every value below the top level, by path: "support.people[1].phone"
 */
public record YamlMap(Map<String, Object> values, Map<String, Integer> lines, Map<String, Integer> nested) {

    /** A mapping with no nested lines known: messages below the top level point at their top-level key. */
    public YamlMap(Map<String, Object> values, Map<String, Integer> lines) {
        this(values, lines, Map.of());
    }

    /** The line of top-level {@code key}; {@code fallback} when it is not written. */
    public int lineOf(String key, int fallback) {
        return lines.getOrDefault(key, fallback);
    }

    /** The line of a nested value like "support.people[1].phone", else of its closest parent. */
    public int lineOfPath(String path, int fallback) {
        String at = path;
        while (!at.isEmpty()) {
            Integer line = nested.get(at);
            if (line == null) {
                line = lines.get(at);
            }
            if (line != null) {
                return line;
            }
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
        }
        return fallback;
    }
}
