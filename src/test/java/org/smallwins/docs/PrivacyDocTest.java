package org.smallwins.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What docs/privacy.md promises about where the password comes from. */
class PrivacyDocTest {
    private static String privacyDoc() throws IOException {
        return Files.readString(Path.of("docs/privacy.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    /** RequestPasswordTest holds Password and Smallwins to this. */
    @Test
    void aLibraryUserIsToldOfWithPasswordWhatWinsOverItAndThatItDoesNotTurnEncryptionOn() throws IOException {
        assertThat(privacyDoc())
                .contains("gives it with `BuildRequest.withPassword(chars)`")
                .contains("taken from the first of: the file `passwordFile:` names, the one the program gave,"
                        + " `SMALLWINS_PASSWORD`")
                .contains("Giving a password does not turn encryption on")
                .contains("the build stops with an error")
                .contains("`SMALLWINS_PASSWORD` alone never stops a build");
    }
}
