package org.smallwins.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings that win over {@code journal.yml}'s for one build, such as the Maven plugin's
 * {@code <settings>} or {@code -Dsmallwins.basePath=/journal/}: a site deployed under another path, a
 * draft title. Only single-value settings can be overridden; they are checked exactly as in
 * {@code journal.yml}, and a problem names {@code source} instead of the file.
 *
 * @param source where the values came from, named in problems (for example "pom.xml")
 * @param values setting name to the value as text, in the order given
 */
public record SettingOverrides(String source, Map<String, String> values) {
    public static final SettingOverrides NONE = new SettingOverrides("", Map.of());

    public SettingOverrides {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
