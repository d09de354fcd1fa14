package org.smallwins.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file of the documentation as GitHub shows it, read just far enough to check its links:
 * its headings' anchors and the links it makes. Fenced code blocks and inline code are not prose, so
 * a heading or a link written inside them (a shell comment, an example of an entry) is not one.
 */
final class MarkdownDoc {
    /** A link as written, on its line (counted from 1): {@code path}, {@code path#anchor} or {@code #anchor}. */
    record Link(int line, String target) {
    }

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)(?<!`)\\1(?!`)");
    /** [text](target) and ![alt](target), with an optional title; the text may hold one level of brackets. */
    private static final Pattern INLINE_LINK = Pattern.compile(
            "!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*(<[^>]*>|[^)\\s]*)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");
    /** http:, https:, mailto: and other schemes, and //host: not files of the repository. */
    private static final Pattern ABSOLUTE = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");

    private final Set<String> anchors;
    private final List<Link> links;
    private final List<String> prose;

    private MarkdownDoc(Set<String> anchors, List<Link> links, List<String> prose) {
        this.anchors = anchors;
        this.links = links;
        this.prose = prose;
    }

    static MarkdownDoc read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static MarkdownDoc parse(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Link> links = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        String fence = null;
        String[] lines = markdown.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher opening = FENCE.matcher(line);
            if (fence == null && opening.find()) {
                fence = opening.group(1);
                prose.add("");
                continue;
            }
            if (fence != null) {
                // Closed by a run of the same character at least as long, and nothing after it.
                String trimmed = line.strip();
                char mark = fence.charAt(0);
                if (trimmed.length() >= fence.length() && trimmed.chars().allMatch(c -> c == mark)) {
                    fence = null;
                }
                prose.add("");
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = anchor(heading.group(2) == null ? "" : heading.group(2));
                // GitHub tells headings of the same words apart by a count: "goals", "goals-1", ...
                int count = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(count == 0 ? slug : slug + "-" + count);
            }
            String text = blankCodeSpans(line);
            prose.add(text);
            Matcher link = INLINE_LINK.matcher(text);
            while (link.find()) {
                addIfRelative(links, i + 1, link.group(1));
            }
            Matcher reference = REFERENCE.matcher(text);
            if (reference.find()) {
                addIfRelative(links, i + 1, reference.group(1));
            }
        }
        return new MarkdownDoc(anchors, links, prose);
    }

    private static void addIfRelative(List<Link> links, int line, String target) {
        String bare = target.startsWith("<") ? target.substring(1, target.length() - 1) : target;
        if (!bare.isEmpty() && !ABSOLUTE.matcher(bare).find()) {
            links.add(new Link(line, bare));
        }
    }

    /** The line with its inline code replaced by spaces, so columns stay where they were. */
    private static String blankCodeSpans(String line) {
        Matcher code = CODE_SPAN.matcher(line);
        StringBuilder out = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(out, " ".repeat(code.group().length()));
        }
        return code.appendTail(out).toString();
    }

    /**
     * The anchor GitHub gives a heading: its text as shown (links by their text, code without its
     * backticks), in lower case, without punctuation other than {@code -} and {@code _}, each space a
     * {@code -}. "Look how far you've come, in the terminal" is
     * {@code look-how-far-youve-come-in-the-terminal}.
     */
    static String anchor(String heading) {
        String text = heading
                .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("<[^>]+>", "")
                .strip();
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}_\\- ]", "")
                .replace(' ', '-');
    }

    /** Every heading's anchor, in the order of the file. */
    Set<String> anchors() {
        return anchors;
    }

    /** Each line as a reader sees it in prose: empty in code blocks, inline code as spaces. */
    List<String> prose() {
        return prose;
    }

    /** The links to files of the repository and to anchors, in the order of the file. */
    List<Link> links() {
        return links;
    }
}
