package org.smallwins.load;

import java.util.regex.Pattern;

/**
 * A file split into its YAML front matter and Markdown body.
 *
 * @param yaml      the text between the {@code ---} lines ("" when there is none)
 * @param yamlLine  the file line the YAML starts on
 * @param body      the Markdown after the closing line
 * @param bodyLine  the file line the body starts on
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    /** Thrown when a front matter block is opened but never closed. */
    static final class Unclosed extends Exception {
        Unclosed() {
            super("unclosed front matter");
        }
    }

    /**
     * Thrown for front matter between {@code +++} lines (TOML, as Hugo writes it): read as body
     * text, its fields would be published as words and its {@code draft} and {@code private}
     * ignored.
     */
    static final class Toml extends Exception {
        Toml() {
            super("TOML front matter");
        }
    }

    /**
     * Thrown for what looks like front matter but is not where or what front matter must be (after
     * blank lines, indented, or between lines of four dashes): read as body text, its fields would be
     * published as words, and a {@code private: true} among them ignored.
     */
    static final class Misplaced extends Exception {
        private final int line;
        private final String opener;

        Misplaced(int line, String opener) {
            super("misplaced front matter");
            this.line = line;
            this.opener = opener;
        }

        /** The file line of the would-be opening line. */
        int line() {
            return line;
        }

        /** That line as written. */
        String opener() {
            return opener;
        }
    }

    private static final Pattern DASHES = Pattern.compile("\\s*-{3,}\\s*");
    private static final Pattern FIELD = Pattern.compile("\\s*[A-Za-z_][\\w-]*\\s*:.*");

    /**
     * Splits a file. Front matter is only recognised at the very start, as Jekyll and Hugo do; a file
     * without it is all body.
     */
    static FrontMatter split(String text) throws Unclosed, Toml, Misplaced {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.indexOf('\n') < 0 && normalized.indexOf('\r') >= 0) {
            // Lines ended by CR alone (classic Mac OS, some old editors): else one long line, and
            // the front matter silently taken for body text.
            normalized = normalized.replace('\r', '\n');
        }
        int firstEnd = normalized.indexOf('\n');
        String firstLine = firstEnd < 0 ? normalized : normalized.substring(0, firstEnd);
        if (firstLine.stripTrailing().equals("+++")) {
            throw new Toml();
        }
        if (!firstLine.stripTrailing().equals("---")) {
            refuseMisplaced(normalized);
            return new FrontMatter("", 1, normalized, 1);
        }
        int firstBreak = normalized.indexOf('\n');
        int pos = firstBreak + 1;
        int line = 2;
        while (pos <= normalized.length() && firstBreak >= 0) {
            int end = normalized.indexOf('\n', pos);
            String current = end < 0 ? normalized.substring(pos) : normalized.substring(pos, end);
            String trimmed = current.stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                String yaml = normalized.substring(firstBreak + 1, pos);
                String body = end < 0 ? "" : normalized.substring(end + 1);
                return new FrontMatter(yaml, 2, body, line + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        throw new Unclosed();
    }

    /**
     * Throws {@link Misplaced} when the first line that is not blank is a line of dashes followed by
     * a {@code field:} line and, further on, another line of dashes: front matter in all but place.
     * A body that merely starts with a rule ({@code ---} then text) is left as it is.
     */
    private static void refuseMisplaced(String text) throws Misplaced {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first + 2 >= lines.length || !DASHES.matcher(lines[first]).matches()
                || !FIELD.matcher(lines[first + 1]).matches()) {
            return;
        }
        for (int i = first + 2; i < lines.length; i++) {
            if (DASHES.matcher(lines[i]).matches()) {
                throw new Misplaced(first + 1, lines[first]);
            }
        }
    }
}
