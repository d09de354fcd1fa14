package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;

/** The address the preview says to open, as a browser's address bar takes it. */
class PreviewAddressTest {

    @TempDir
    Path tmp;

    private PreviewServer serve(InetAddress bind) throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Where\n",
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\n---\nOutside.\n");
        return PreviewServer.start(BuildRequest.of(journal, tmp.resolve("public")).withToday(LocalDate.of(2026, 11, 24)),
                bind, 0, (level, line) -> { });
    }

    @Test
    void onIpv6LoopbackTheAddressIsTheShortOne() throws Exception {
        InetAddress loopback = InetAddress.getByName("::1");
        try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
            probe.getLocalPort();
        } catch (IOException e) {
            Assumptions.abort("this computer has no IPv6 loopback: " + e.getMessage());
        }
        try (PreviewServer server = serve(loopback)) {
            assertThat(server.url()).isEqualTo("http://[::1]:" + server.port() + "/");
        }
    }

    @Test
    void onIpv4TheAddressIsAsWritten() throws Exception {
        try (PreviewServer server = serve(InetAddress.getByName("127.0.0.1"))) {
            assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        }
    }

    @Test
    void onEveryAddressTheUrlIsOneThisComputerOpensAndTheJournalIsSaidToBeOpenToTheNetwork() throws Exception {
        try (PreviewServer server = serve(InetAddress.getByName("0.0.0.0"))) {
            assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
            assertThat(server.exposure()).isEqualTo("Every address of this computer listens, so anyone"
                    + " on its networks can read the journal at this computer's address, port " + server.port()
                    + ". Stop with Ctrl+C if that is not what you meant.");
        }
    }

    @Test
    void onLoopbackNothingIsSaidOfTheNetwork() throws Exception {
        try (PreviewServer server = serve(InetAddress.getByName("127.0.0.1"))) {
            assertThat(server.exposure()).isNull();
        }
    }

    @Test
    void onOneAddressOfANetworkItIsNamed() throws Exception {
        assertThat(PreviewServer.exposure(InetAddress.getByName("192.168.1.20"), 1313)).isEqualTo("Anyone who"
                + " can reach http://192.168.1.20:1313/ can read the journal. Stop with Ctrl+C if that is not what"
                + " you meant.");
        assertThat(PreviewServer.exposure(InetAddress.getByName("::"), 1313)).startsWith(
                "Every address of this computer listens, so anyone");
        assertThat(PreviewServer.localUrl(InetAddress.getByName("::"), 1313)).isEqualTo("http://127.0.0.1:1313/");
    }

    @ParameterizedTest
    @CsvSource({
            "::1, [::1]",
            "::, [::]",
            "0:0:0:0:0:0:0:1, [::1]",
            "fe80:0:0:0:0:0:0:1, [fe80::1]",
            "2001:db8:0:0:1:0:0:1, [2001:db8::1:0:0:1]",
            "2001:db8:0:1:1:1:1:1, [2001:db8:0:1:1:1:1:1]",
            "2001:0DB8:0:0:0:0:0:0, [2001:db8::]",
            "1:0:0:2:0:0:0:3, [1:0:0:2::3]",
            "1:2:3:4:5:6:7:8, [1:2:3:4:5:6:7:8]",
            "::ffff:127.0.0.1, 127.0.0.1",
            "192.168.1.20, 192.168.1.20"})
    void addressesAreWrittenInTheirShortForm(String given, String written) throws Exception {
        assertThat(PreviewServer.urlHost(InetAddress.getByName(given))).isEqualTo(written);
    }

    @Test
    void aZoneIsKeptEscapedAsUrlsWriteIt() throws Exception {
        InetAddress scoped = Inet6Address.getByAddress(null, InetAddress.getByName("fe80::1").getAddress(), 3);

        assertThat(PreviewServer.urlHost(scoped)).isEqualTo("[fe80::1%253]");
    }
}
