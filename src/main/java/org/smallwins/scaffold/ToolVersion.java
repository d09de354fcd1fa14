package org.smallwins.scaffold;

/** The version of this tool, written into a new journal's pom.xml as the plugin version. */
public final class ToolVersion {
    /**
     * Used when the jar's manifest has no Implementation-Version (tests, IDE runs). Keep it equal to
     * {@code <version>} in pom.xml; ToolVersionTest fails when the two differ.
     */
    static final String FALLBACK = "0.1.0-SNAPSHOT";

    private ToolVersion() {
    }

    public static String current() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? FALLBACK : version;
    }
}
