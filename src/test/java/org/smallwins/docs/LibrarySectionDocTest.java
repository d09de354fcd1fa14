package org.smallwins.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What README's "Using it as a library" promises a program about how to call the core. */
class LibrarySectionDocTest {
    static String librarySection() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Using it as a library");
        assertThat(start).as("README's library section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end).replaceAll("\\s+", " ");
    }

    /** ConcurrentBuildsTest holds the core to this. */
    @Test
    void threadsAreToldThatOneInstanceRunsOneCallAtATime() throws IOException {
        assertThat(librarySection())
                .contains("Threads: one `Smallwins` instance runs one call at a time")
                .contains("calls queue")
                .contains("give each thread its own instance");
    }

    /** RequestPasswordTest holds BuildRequest to this. */
    @Test
    void aProgramIsToldHowToGiveThePasswordAndWhatWinsOverIt() throws IOException {
        assertThat(librarySection())
                .contains("`withPassword(chars)` gives the password of an encrypted journal")
                .contains("The request keeps its own copy, so wipe yours")
                .contains("`password=given` or `password=none`")
                .contains("A `passwordFile:` in journal.yml still wins over it, and `SMALLWINS_PASSWORD` is read only"
                        + " when neither is there")
                .contains("a password given for a journal whose journal.yml lacks `encrypt: true` under `privacy:`"
                        + " stops the build with an error, rather than publish the site unencrypted");
    }
}
