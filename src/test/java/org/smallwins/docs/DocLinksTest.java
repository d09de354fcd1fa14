package org.smallwins.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link of the documentation leads somewhere on GitHub: to a file of the repository,
 * and, after a {@code #}, to a heading of that file (or of the same one). A section renamed or a file
 * moved would otherwise leave a reader at the top of a page, or at GitHub's 404.
 */
class DocLinksTest {
    @TempDir
    Path tmp;

    /** README.md, docs/*.md and bench/README.md. */
    static List<Path> docs(Path root) throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(root.resolve("README.md"));
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        docs.add(root.resolve("bench/README.md"));
        return docs;
    }

    /** What is wrong with the links of {@code doc}, one "file:line: link: why" each; empty when all lead somewhere. */
    static List<String> brokenLinks(Path root, Path doc) throws IOException {
        List<String> broken = new ArrayList<>();
        for (MarkdownDoc.Link link : MarkdownDoc.read(doc).links()) {
            String where = root.relativize(doc) + ":" + link.line() + ": " + link.target() + ": ";
            int hash = link.target().indexOf('#');
            String path = URLDecoder.decode(hash < 0 ? link.target() : link.target().substring(0, hash),
                    StandardCharsets.UTF_8);
            String anchor = hash < 0 ? null : URLDecoder.decode(link.target().substring(hash + 1), StandardCharsets.UTF_8);
            // On GitHub a path starting with / starts at the repository's root.
            Path target = path.isEmpty() ? doc
                    : (path.startsWith("/") ? root.resolve(path.substring(1)) : doc.getParent().resolve(path)).normalize();
            if (!target.startsWith(root)) {
                broken.add(where + "leads out of the repository");
            } else if (!Files.exists(target)) {
                broken.add(where + "no such file, " + root.relativize(target));
            } else if (anchor != null && target.toString().endsWith(".md")) {
                if (!MarkdownDoc.read(target).anchors().contains(anchor)) {
                    broken.add(where + "no heading of " + root.relativize(target) + " has the anchor #" + anchor
                            + " (its anchors: " + MarkdownDoc.read(target).anchors() + ")");
                }
            } else if (anchor != null && !anchor.matches("L\\d+(-L\\d+)?")) {
                // Other files have no headings; GitHub gives their lines anchors (#L12, #L12-L20).
                broken.add(where + root.relativize(target) + " has no anchor #" + anchor);
            }
        }
        return broken;
    }

    @Test
    void everyRelativeLinkOfTheDocumentationLeadsToAFileAndAHeadingThatExist() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path doc : docs(root)) {
            links += MarkdownDoc.read(doc).links().size();
            broken.addAll(brokenLinks(root, doc));
        }
        assertThat(links).as("relative links found in the documentation").isGreaterThan(20);
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    /**
     * "(see below)" leaves the reader to search, and is wrong once the sections move: the README
     * points to its sections with links, which this test's first check keeps leading somewhere.
     */
    @Test
    void theReadmePointsToItsOwnSectionsByLinksNotByWhereTheyAre() throws IOException {
        MarkdownDoc readme = MarkdownDoc.read(Path.of("README.md"));
        List<String> headings = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                headings.add(line.substring(3).strip());
            }
        }
        List<String> pointers = new ArrayList<>();
        List<String> prose = readme.prose();
        for (int i = 0; i < prose.size(); i++) {
            // A sentence may run on to the next line.
            String text = prose.get(i) + " " + (i + 1 < prose.size() ? prose.get(i + 1) : "");
            text = text.replaceAll("\\s+", " ");
            if (prose.get(i).matches(".*\\((see )?below\\).*")) {
                pointers.add((i + 1) + ": " + prose.get(i).strip());
            }
            for (String heading : headings) {
                String quoted = "see \"" + heading + "\"";
                int at = text.indexOf(quoted);
                if (at >= 0 && at < prose.get(i).length()) {
                    pointers.add((i + 1) + ": " + quoted);
                }
            }
        }
        assertThat(pointers).as("README's pointers to its own sections that are not links").isEmpty();
    }

    @Test
    void aLinkToAMissingFileOrHeadingIsFound() throws IOException {
        Path root = tmp.toRealPath();
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/other.md"), "# Other\n\n## Look how far you've come, in the terminal\n",
                StandardCharsets.UTF_8);
        Path readme = root.resolve("README.md");
        Files.writeString(readme, String.join("\n",
                "# Title",
                "## `journal.yml`",
                "Fine: [here](#journalyml), [there](docs/other.md#look-how-far-youve-come-in-the-terminal),"
                        + " [it](docs/other.md), [web](https://example.org/x.md#nowhere).",
                "Broken: [gone](docs/gone.md) and [astray](docs/other.md#look-how-far-youve-come)",
                "and [up](#journal-yml) and [out](../elsewhere.md).",
                "Not links: `[code](docs/gone.md)`.",
                "```sh",
                "# not a heading, [not a link](nowhere.md)",
                "```",
                ""), StandardCharsets.UTF_8);

        assertThat(brokenLinks(root, readme)).containsExactly(
                "README.md:4: docs/gone.md: no such file, docs/gone.md",
                "README.md:4: docs/other.md#look-how-far-youve-come: no heading of docs/other.md has the anchor"
                        + " #look-how-far-youve-come (its anchors: [other, look-how-far-youve-come-in-the-terminal])",
                "README.md:5: #journal-yml: no heading of README.md has the anchor #journal-yml (its anchors:"
                        + " [title, journalyml])",
                "README.md:5: ../elsewhere.md: leads out of the repository");
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        assertThat(MarkdownDoc.anchor("Look how far you've come, in the terminal"))
                .isEqualTo("look-how-far-youve-come-in-the-terminal");
        assertThat(MarkdownDoc.anchor("Search and \"Get help now\"")).isEqualTo("search-and-get-help-now");
        assertThat(MarkdownDoc.anchor("A quicker `mvn site-gen`")).isEqualTo("a-quicker-mvn-site-gen");
        assertThat(MarkdownDoc.anchor("`smallwins stats --json`")).isEqualTo("smallwins-stats---json");
        assertThat(MarkdownDoc.anchor("1. A plain static host, with encryption"))
                .isEqualTo("1-a-plain-static-host-with-encryption");
        assertThat(MarkdownDoc.parse("# Goals\n## Goals\n### Goals\n").anchors())
                .containsExactly("goals", "goals-1", "goals-2");
    }
}
