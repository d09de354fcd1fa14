package org.smallwins.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Whether the stats goal may replace a file that is already there: only when it is stats Smallwins
 * wrote before, the summary or the JSON. Anything else may be the writer's, which a mistyped
 * {@code statsFile} wrote over without a word.
 */
final class EarlierStats {
    /** The summary's first line (InsightsSummary); any line end, in case the file went through Windows. */
    private static final Pattern SUMMARY = Pattern.compile("Look how far you've come\r?\n");

    /** The JSON's first lines, fixed by docs/stats-json.md: the version, then today, two-space indents. */
    private static final Pattern JSON = Pattern.compile(
            "\\{\r?\n  \"version\": [0-9]+,\r?\n  \"today\": \"[0-9]{4}-[0-9]{2}-[0-9]{2}\",\r?\n");

    /** Enough for the longest of the two beginnings; a big file is not read whole. */
    private static final int LOOKED_AT = 128;

    private EarlierStats() {
    }

    /** Whether the file begins as the summary or the JSON does. */
    static boolean recognised(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(LOOKED_AT);
        }
        String head = new String(start, StandardCharsets.UTF_8);
        return SUMMARY.matcher(head).lookingAt() || JSON.matcher(head).lookingAt();
    }

    /**
     * Why {@code file} may not be replaced, or null when it may: it is not there yet, or it holds earlier
     * stats. Only regular files are looked into: a device such as /dev/stdout is written to, not replaced.
     * {@code shown} is the file as the message names it.
     */
    static String refusal(Path file, String shown) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String instead = " Name a new file, like target/stats.json (-Dsmallwins.statsFile=target/stats.json, or"
                + " <statsFile>target/stats.json</statsFile> in the plugin's configuration), or move that one away"
                + " if you no longer need it; nothing was written.";
        try {
            if (recognised(file)) {
                return null;
            }
        } catch (IOException e) {
            return "statsFile: " + shown + " is already there and cannot be read (" + e.getMessage() + "), so"
                    + " Smallwins cannot tell whether it holds stats it wrote before, and leaves it as it was." + instead;
        }
        return "statsFile: " + shown + " is already there and holds something other than stats Smallwins wrote"
                + " (those begin with \"Look how far you've come\", or with a \"version\" and a \"today\" line),"
                + " so it is left as it was." + instead;
    }
}
