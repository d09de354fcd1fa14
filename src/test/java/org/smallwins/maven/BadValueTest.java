package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value a goal cannot use is said in the command line's shape ("--mood good is not a whole
 * number: use ..."), naming the property it came from and the value as written.
 */
class BadValueTest {
    @TempDir
    Path tmp;

    private Path journal() throws Exception {
        Path journal = Files.createDirectories(tmp.resolve("journal").resolve("content").resolve("wins")).getParent().getParent();
        Files.writeString(journal.resolve("journal.yml"), "title: Mine\n");
        return journal;
    }

    private static String failure(AbstractJournalMojo mojo) {
        MojoFailureException e = catchThrowableOfType(mojo::execute, MojoFailureException.class);
        assertThat(e).isNotNull();
        return e.getMessage();
    }

    @Test
    void aMoodThatIsNoNumber() throws Exception {
        NewMojo mojo = MojoFields.set(new NewMojo(), "journalDirectory", journal().toFile());
        MojoFields.set(mojo, "type", "win");
        MojoFields.set(mojo, "title", "Walk");
        MojoFields.set(mojo, "mood", "good");

        assertThat(failure(mojo)).isEqualTo("smallwins.mood good is not a whole number: use a whole number from 1 to 5"
                + " (1 is very low, 5 is very good), like -Dsmallwins.mood=3 or <mood>3</mood> in the plugin's"
                + " configuration.");
        assertThat(tmp.resolve("journal/content/wins").toFile().list()).isEmpty();
    }

    @Test
    void aPortThatIsNoNumberAndOneThatIsNoPort() throws Exception {
        ServeMojo notANumber = MojoFields.set(new ServeMojo(), "journalDirectory", journal().toFile());
        MojoFields.set(notANumber, "bind", "127.0.0.1");
        MojoFields.set(notANumber, "port", "http");
        ServeMojo outOfRange = MojoFields.set(new ServeMojo(), "journalDirectory", journal().toFile());
        MojoFields.set(outOfRange, "bind", "127.0.0.1");
        MojoFields.set(outOfRange, "port", "99999");

        // The example follows the range it is one of; after "or 0 for a free one" it read as a free port.
        assertThat(failure(notANumber)).isEqualTo("smallwins.port http is not a whole number: use a number from 1 to"
                + " 65535 (below 1024 only where the system allows it), like -Dsmallwins.port=1313 or <port>1313</port> in the plugin's configuration, or 0"
                + " for a free one.");
        assertThat(failure(outOfRange)).isEqualTo("smallwins.port 99999 is not a port: use a number from 1 to"
                + " 65535 (below 1024 only where the system allows it), like -Dsmallwins.port=1313 or <port>1313</port> in the plugin's configuration, or 0 for a"
                + " free one.");
    }

    @Test
    void aBindThatIsNoAddressIsSaidOnceBeforeAnyBuild() throws Exception {
        ServeMojo mojo = MojoFields.set(new ServeMojo(), "journalDirectory", journal().toFile());
        MojoFields.set(mojo, "bind", "localhots.invalid");
        MojoFields.set(mojo, "port", "0");

        MojoFailureException e = catchThrowableOfType(mojo::execute, MojoFailureException.class);

        assertThat(e).hasMessage("smallwins.bind localhots.invalid is not an address of this computer: leave it"
                + " out to use 127.0.0.1, so only this computer sees the journal.");
        assertThat(e.getCause()).as("Maven prints a cause's message after the goal's: 'Unknown host ...' again").isNull();
    }

    @Test
    void aTodayThatIsNoDate() throws Exception {
        CheckMojo mojo = MojoFields.set(new CheckMojo(), "journalDirectory", journal().toFile());
        MojoFields.set(mojo, "today", "tomorrow");

        assertThat(failure(mojo)).isEqualTo("smallwins.today tomorrow is not a date: write it as YYYY-MM-DD, like"
                + " -Dsmallwins.today=2025-03-14 or <today>2025-03-14</today> in the plugin's configuration.");
    }
}
