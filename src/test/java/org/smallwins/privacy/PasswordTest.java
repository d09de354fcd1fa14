package org.smallwins.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.model.Privacy;
import org.smallwins.problem.Problem;

/** What a build says of a password file it cannot take the password from. */
class PasswordTest {
    @TempDir
    Path journal;

    private final List<Problem> problems = new ArrayList<>();

    private char[] find(String passwordFile) {
        return Password.find(journal, new Privacy(true, passwordFile, 3, 4), name -> null, problems);
    }

    @Test
    void aPasswordFileThatIsAFolderIsSaidToBeOneWithWhatToDo() throws IOException {
        Files.createDirectories(journal.resolve("pwd"));

        assertThat(find("pwd")).isNull();
        assertThat(problems).singleElement().hasToString("journal.yml:4: privacy.passwordFile: the password file 'pwd'"
                + " is a folder. Point passwordFile at a file holding the password on one line, like .password,"
                + " or remove passwordFile and set SMALLWINS_PASSWORD instead.");
    }

    @Test
    void aPasswordFileThatIsNotThereIsSaidToBeMissing() {
        assertThat(find(".password")).isNull();
        assertThat(problems).singleElement().hasToString("journal.yml:4: privacy.passwordFile: the password file"
                + " '.password' does not exist. Create it with the password on one line, or remove passwordFile and"
                + " set SMALLWINS_PASSWORD instead.");
    }

    @Test
    void aPasswordFileThatIsNotUtf8IsNamedAtItsLineAsEveryOtherFileIs() throws IOException {
        Files.write(journal.resolve(".password"), "caf\u00e9 horse battery staple\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(find(".password")).isNull();
        assertThat(problems).singleElement().hasToString(".password:1: this file is not UTF-8 text. Open it in your"
                + " editor and save it with the UTF-8 encoding.");
    }

    @Test
    void aPasswordFileThatCannotBeReadSaysWhyAndKeepsItWhereItIs() throws IOException {
        // Root reads every file whatever its mode: only another account shows the real failure.
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")));
        Path file = Files.writeString(journal.resolve(".password"), "correct horse battery staple\n");
        Files.setPosixFilePermissions(file, Set.of());

        assertThat(find(".password")).isNull();
        assertThat(problems).singleElement().hasToString(".password: cannot be read: permission denied. Give yourself"
                + " permission to read it (chmod u+r on Linux and macOS), or remove passwordFile from journal.yml and"
                + " set SMALLWINS_PASSWORD instead.");
    }

    @Test
    void aReadablePasswordFileGivesItsFirstLine() throws IOException {
        Files.writeString(journal.resolve(".password"), "correct horse battery staple\n");

        assertThat(find(".password")).isEqualTo("correct horse battery staple".toCharArray());
        assertThat(problems).isEmpty();
    }
}
