package org.smallwins.load;

import java.util.Map;

/**
 * A YAML mapping read into plain Java values (String, Long, Double, Boolean, List, Map, null),
 * with the file line each top-level key stands on, so messages can point at it.
 */
public record YamlMap(Map<String, Object> values, Map<String, Integer> lines) {

    public int lineOf(String key, int fallback) {
        return lines.getOrDefault(key, fallback);
    }
}
