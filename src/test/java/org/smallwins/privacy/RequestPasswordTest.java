package org.smallwins.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.model.Entry;
import org.smallwins.model.Privacy;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

/** A program that has the password in hand gives it with the request instead of the environment. */
class RequestPasswordTest {
    static final String GIVEN = "kettle orbit velvet lantern";
    static final String IN_FILE = "correct horse battery staple";
    static final String IN_VARIABLE = "otter quill meadow compass";

    @TempDir
    Path tmp;

    private BuildRequest request() {
        return BuildRequest.of(tmp.resolve("journal"), tmp.resolve("site"));
    }

    @Test
    void theRequestKeepsItsOwnCopySoTheCallerMayWipeTheirs() {
        char[] mine = GIVEN.toCharArray();
        BuildRequest request = request().withPassword(mine);
        Arrays.fill(mine, '\0');

        assertThat(request.password()).containsExactly(GIVEN.toCharArray());
        // What it hands out is a copy too: the build wipes the one it is given.
        Arrays.fill(request.password(), '\0');
        assertThat(request.password()).containsExactly(GIVEN.toCharArray());
        assertThat(request.withToday(LocalDate.of(2025, 1, 1)).withPrivate(true).withDrafts(true).password())
                .containsExactly(GIVEN.toCharArray());
        assertThat(request.withPassword(null).password()).isNull();
        assertThat(request).isEqualTo(request().withPassword(GIVEN.toCharArray()))
                .hasSameHashCodeAs(request().withPassword(GIVEN.toCharArray()))
                .isNotEqualTo(request().withPassword("another one entirely".toCharArray()))
                .isNotEqualTo(request());
    }

    @Test
    void toStringSaysWhetherAPasswordWasGivenNeverWhatItIs() {
        assertThat(request().withPassword(GIVEN.toCharArray()).toString())
                .contains("password=given").doesNotContain(GIVEN).doesNotContain("kettle");
        assertThat(request().toString()).contains("password=none").contains("journalDir=" + tmp.resolve("journal"));
    }

    @Test
    void aPasswordFileStillWinsThenTheGivenOneThenTheVariable() throws Exception {
        Path journal = Files.createDirectories(tmp.resolve("journal"));
        Files.writeString(journal.resolve(".password"), IN_FILE + "\n", StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        Privacy withFile = new Privacy(true, ".password", 3, 4);
        Privacy withoutFile = new Privacy(true, null, 3, 0);

        assertThat(Password.find(journal, withFile, GIVEN.toCharArray(), name -> IN_VARIABLE, problems))
                .containsExactly(IN_FILE.toCharArray());
        assertThat(Password.find(journal, withoutFile, GIVEN.toCharArray(), name -> IN_VARIABLE, problems))
                .containsExactly(GIVEN.toCharArray());
        assertThat(Password.find(journal, withoutFile, null, name -> IN_VARIABLE, problems))
                .containsExactly(IN_VARIABLE.toCharArray());
        assertThat(problems).isEmpty();
    }

    @Test
    void whatIsWrongWithAGivenPasswordNamesWhereItCameFrom() {
        List<Problem> problems = new ArrayList<>();
        Privacy privacy = new Privacy(true, null, 3, 0);

        assertThat(Password.find(tmp, privacy, "short".toCharArray(), name -> IN_VARIABLE, problems))
                .containsExactly("short".toCharArray());
        assertThat(Password.find(tmp, privacy, new char[0], name -> IN_VARIABLE, problems)).isNull();
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "BuildRequest.withPassword: warning: the password is shorter than 12 characters. Anyone with a copy"
                        + " of the site can try passwords offline, as fast as their computer allows; a longer one"
                        + " (a few unrelated words) keeps the journal safe.",
                "BuildRequest.withPassword: the password is empty. Choose one of at least 12 characters; a few"
                        + " unrelated words work well.");
    }

    @Test
    void aJournalWithPrivateEntriesBuildsEncryptedWithTheGivenPassword() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "journal.yml", "title: Small wins\nprivacy:\n  encrypt: true\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Morning walk\n---\nA walk.\n",
                "content/wins/2025-01-02-call.md", "---\ntitle: Called my sister\nprivate: true\n---\nWe talked.\n");
        char[] mine = GIVEN.toCharArray();
        BuildRequest request = BuildRequest.of(journal, tmp.resolve("site")).withToday(LocalDate.of(2025, 6, 1))
                .withPrivate(true).withPassword(mine);
        Arrays.fill(mine, '\0');

        Smallwins smallwins = new Smallwins();
        BuildResult built = smallwins.build(request);

        assertThat(built.journal().entries()).anyMatch(Entry::privateEntry);
        String home = JournalFiles.text(tmp.resolve("site/index.html"));
        assertThat(home).doesNotContain("Called my sister");
        assertThat(SealedSiteTest.decrypt(keyFor(tmp.resolve("site"), GIVEN), home)).contains("Called my sister");
        // The build wiped its own copy only: the same request builds again.
        assertThat(request.password()).containsExactly(GIVEN.toCharArray());
        assertThat(smallwins.build(request).warnings()).isEmpty();
    }

    static final String NOT_ENCRYPTED = "privacy.encrypt: encryption is off, but a password was given with"
            + " BuildRequest.withPassword, so the site would be published unencrypted, readable by anyone who finds it."
            + " To encrypt it, write 'encrypt: true' under 'privacy:' in journal.yml; to publish it unencrypted, build"
            + " without withPassword.";

    @Test
    void aGivenPasswordForAJournalThatDoesNotEncryptStopsTheBuildBeforeAnythingIsWritten() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "journal.yml", "title: Small wins\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Morning walk\n---\nA walk.\n");
        BuildRequest request = BuildRequest.of(journal, tmp.resolve("site")).withToday(LocalDate.of(2025, 6, 1))
                .withPassword(GIVEN.toCharArray());
        Smallwins smallwins = new Smallwins();

        assertThatThrownBy(() -> smallwins.build(request)).isInstanceOf(JournalException.class)
                .extracting(e -> ((JournalException) e).problems().stream().map(Problem::toString).toList())
                .isEqualTo(List.of("journal.yml: " + NOT_ENCRYPTED));
        assertThat(tmp.resolve("site")).doesNotExist();
        // The preview renders and check finds the same, as they promise.
        assertThatThrownBy(() -> smallwins.render(request)).isInstanceOf(JournalException.class);
        assertThat(smallwins.problems(request)).extracting(Problem::toString).containsExactly("journal.yml: " + NOT_ENCRYPTED);
        // The request's own copy is untouched: turned on, the same request builds encrypted.
        JournalFiles.write(journal, "journal.yml", "title: Small wins\nprivacy:\n  encrypt: true\n");
        assertThat(smallwins.build(request).warnings()).isEmpty();
        assertThat(JournalFiles.text(tmp.resolve("site/index.html"))).contains("smallwins-sealed").doesNotContain("Morning walk");
        // Without the password, a journal that does not encrypt builds as ever.
        JournalFiles.write(journal, "journal.yml", "title: Small wins\n");
        assertThat(smallwins.build(request.withPassword(null)).warnings()).isEmpty();
    }

    @Test
    void theErrorPointsAtEncryptWhereJournalYmlTurnsItOff() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "journal.yml", "title: Small wins\nprivacy:\n  encrypt: false\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Morning walk\n---\nA walk.\n");

        assertThat(new Smallwins().problems(BuildRequest.of(journal, tmp.resolve("site"))
                .withToday(LocalDate.of(2025, 6, 1)).withPassword(GIVEN.toCharArray())))
                .extracting(Problem::toString).containsExactly("journal.yml:3: " + NOT_ENCRYPTED);
    }

    static final String TURN_ON = "privacy: private entries are published only on an encrypted site. Turn"
            + " encryption on in journal.yml (under 'privacy:' write 'encrypt: true')";

    @Test
    void privateEntriesWithAGivenPasswordAskOnlyForEncryptionNotForAPassword() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "journal.yml", "title: Small wins\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Morning walk\nprivate: true\n---\nA walk.\n");
        BuildRequest request = BuildRequest.of(journal, tmp.resolve("site")).withToday(LocalDate.of(2025, 6, 1))
                .withPrivate(true).withPassword(GIVEN.toCharArray());
        Smallwins smallwins = new Smallwins();

        assertThat(smallwins.problems(request)).extracting(Problem::toString).containsExactlyInAnyOrder(
                "journal.yml: " + NOT_ENCRYPTED,
                "journal.yml: " + TURN_ON + "; the password given with BuildRequest.withPassword then seals them."
                        + " Or build without withPrivate.");
        // What it says is all that is missing: with encryption on, the same request builds.
        JournalFiles.write(journal, "journal.yml", "title: Small wins\nprivacy:\n  encrypt: true\n");
        assertThat(smallwins.build(request).warnings()).isEmpty();
        assertThat(JournalFiles.text(tmp.resolve("site/index.html"))).contains("smallwins-sealed");
    }

    @Test
    void privateEntriesWithoutAnyPasswordAskForEncryptionAndAPasswordAsTheCommandLineDoes() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "journal.yml", "title: Small wins\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Morning walk\n---\nA walk.\n");

        assertThat(new Smallwins().problems(request().withToday(LocalDate.of(2025, 6, 1)).withPrivate(true)))
                .extracting(Problem::toString).containsExactly("journal.yml: " + TURN_ON
                        + " and set a password in SMALLWINS_PASSWORD, or build without --private.");
    }

    @Test
    void privateEntriesOnAJournalNamingAPasswordFileAskOnlyForEncryption() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "journal.yml", "title: Small wins\nprivacy:\n  encrypt: false\n  passwordFile: .password\n",
                ".password", IN_FILE + "\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Morning walk\n---\nA walk.\n");

        assertThat(new Smallwins().problems(BuildRequest.of(journal, tmp.resolve("site"))
                .withToday(LocalDate.of(2025, 6, 1)).withPrivate(true)))
                .extracting(Problem::toString).containsExactly("journal.yml:3: " + TURN_ON
                        + "; the password file '.password' then seals them. Or build without --private.");
    }

    private static JournalKey keyFor(Path site, String password) {
        String[] state = JournalFiles.text(site.resolve(SealedSite.SALT_FILE)).trim().split(" ");
        return JournalKey.derive(password.toCharArray(), HexFormat.of().parseHex(state[0]), Integer.parseInt(state[1]));
    }
}
