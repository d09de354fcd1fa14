package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;

/** What {@code serve} says when it cannot start: a plain sentence and what to do, never a Java exception. */
class ServeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path journal() {
        return JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Serve\ntimezone: UTC\n",
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\ndate: 2025-03-14\n---\nOutside.\n");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertThat(run("serve", journal().toString(), "--port", "99999")).isEqualTo(2);

        assertThat(err.toString()).startsWith("--port 99999 is not a port: use a number from 1 to 65535 (below 1024 only where the"
                        + " system allows it), or 0 for a free one.")
                .doesNotContain("Exception");
    }

    @Test
    void aPortThatIsNoNumberSaysWhatToGive() {
        assertThat(run("serve", journal().toString(), "--port", "http")).isEqualTo(2);

        // In the words of a port out of range, above.
        assertThat(err.toString()).startsWith("--port http is not a whole number: use a number from 1 to 65535 (below 1024 only"
                + " where the system allows it), or 0 for a free one." + System.lineSeparator())
                .doesNotContain("not an int", "Invalid value", "Exception");
    }

    @Test
    void aPortBelow1024IsLeftToTheSystemToRefuse() {
        // 192.0.2.1 is kept for documentation and is on no computer: the listen fails whoever runs
        // the test, and failing there, not as a usage error, shows the port itself was taken.
        assertThat(run("serve", journal().toString(), "--port", "80", "--bind", "192.0.2.1")).isEqualTo(1);

        assertThat(err.toString()).contains("cannot listen on 192.0.2.1 port 80").doesNotContain("is not a port");
    }

    @Test
    void anAddressThatIsNoneIsAUsageError() {
        assertThat(run("serve", journal().toString(), "--bind", "999.1.1.1")).isEqualTo(2);

        assertThat(err.toString()).contains("--bind: '999.1.1.1' is not an address of this computer")
                .doesNotContain("Exception");
    }

    @Test
    void aPortInUseIsSaidBeforeAnyBuildWithWhatToDo() throws Exception {
        Path journal = journal();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThat(run("serve", journal.toString(), "--port", String.valueOf(port))).isEqualTo(1);

            assertThat(err.toString()).contains("cannot listen on 127.0.0.1 port " + port)
                    .contains("is using that port").contains("give the port another number (0 picks a free one)")
                    .doesNotContain("Exception:").doesNotContain("\tat ");
            assertThat(out.toString()).doesNotContain("Built").doesNotContain("Serving");
        }
    }
}
