package org.smallwins.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's word on editor support for the schema says no more than docs/editor-schema.md
 * establishes: the YAML extension does not validate the front matter of Markdown entries, and
 * IntelliJ's handling of it is unconfirmed.
 */
class EditorSupportClaimsTest {
    private static String read(String file) throws Exception {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    /** The README's paragraph about {@code --schema}, from its first mention in prose to the link to the docs. */
    private static String schemaPassage() throws Exception {
        String readme = read("README.md");
        int start = readme.indexOf("`--schema` writes");
        assertThat(start).as("the README still describes --schema").isNotNegative();
        int end = readme.indexOf("docs/editor-schema.md", start);
        return readme.substring(start, end);
    }

    @Test
    void theDocsStillSayWhatTheReadmeRestsOn() throws Exception {
        String docs = read("docs/editor-schema.md");
        assertThat(docs).contains("**it does not look inside Markdown files.**")
                .contains("we have not confirmed that it does");
    }

    @Test
    void theReadmePromisesNoCompletionInEntries() throws Exception {
        String passage = schemaPassage();
        assertThat(passage).doesNotContain("as you type").doesNotContain("autocomplete");
        assertThat(passage).contains("does not look inside `.md` entries").contains("unconfirmed");
    }
}
