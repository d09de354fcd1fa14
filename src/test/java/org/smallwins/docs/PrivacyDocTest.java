package org.smallwins.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What docs/privacy.md and README promise about where the password comes from and what stays hidden. */
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

    /**
     * SealedSiteTest and SealedPicturesTest hold the build to this: pictures beside the entries are
     * published sealed in the pages that show them, which shows which pages do and roughly how large
     * the pictures are.
     */
    @Test
    void picturesBesideTheEntriesAreSaidToBeSealedAndWhatTheyStillShow() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        String privacy = privacyDoc();
        String notHidden = privacy.substring(privacy.indexOf("Not hidden:"), privacy.indexOf("**A weak password"));
        assertThat(notHidden).contains("which pages show files beside the entries, how many each shows and roughly"
                + " how large each file is");
        assertThat(privacy).contains("carried inside the pages that show it").doesNotContain("**left out** of an encrypted");
        assertThat(readme).contains("the pictures beside your entries, their names and their kinds")
                .contains("which pages show pictures beside the entries")
                .doesNotContain("are left out of an encrypted site");
    }
}
