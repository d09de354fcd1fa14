package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.privacy.EncryptedJournal;
import org.smallwins.problem.JournalException;

/** The preview server honours private entries as the build does (only on an encrypted site), and answers only to this computer. */
class PrivatePreviewTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void privateEntriesWithoutEncryptionShowWhatToDoInsteadOfTheSite(@TempDir Path tmp) throws Exception {
        BuildRequest request = BuildRequest.of(JournalFiles.sampleJournal(), tmp.resolve("public"))
                .withPrivate(true).withToday(TODAY);
        try (PreviewServer server = PreviewServer.start(request, InetAddress.getLoopbackAddress(), 0, (level, line) -> { })) {
            HttpResponse<String> home = get(server, "/");
            assertThat(home.statusCode()).isEqualTo(500);
            assertThat(home.body()).contains("only on an encrypted site").doesNotContain("Coffee with Sam");
        }
    }

    @Test
    void aJournalFolderThatIsNotThereIsRefusedBeforeServing(@TempDir Path tmp) {
        BuildRequest request = BuildRequest.of(tmp.resolve("typo"), tmp.resolve("typo/public"));
        assertThatThrownBy(() -> PreviewServer.start(request, InetAddress.getLoopbackAddress(), 0, (level, line) -> { }))
                .isInstanceOf(JournalException.class).hasMessageContaining("is not a folder");
        assertThat(tmp.resolve("typo")).doesNotExist();
    }

    @Test
    void aFolderInsideAJournalIsRefusedBeforeServing(@TempDir Path tmp) {
        Path wins = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "timezone: UTC\n",
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\n---\nOutside.\n").resolve("content/wins");
        BuildRequest request = BuildRequest.of(wins, wins.resolve("public"));
        assertThatThrownBy(() -> PreviewServer.start(request, InetAddress.getLoopbackAddress(), 0, (level, line) -> { }))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("is inside the journal in " + tmp.resolve("journal").toAbsolutePath().normalize());
    }

    @Test
    void anEncryptedJournalIsPreviewedEncrypted(@TempDir Path tmp) throws Exception {
        Path journal = EncryptedJournal.copy(tmp.resolve("journal"), EncryptedJournal.PASSWORD);
        BuildRequest request = BuildRequest.of(journal, journal.resolve("public")).withPrivate(true).withToday(TODAY);
        try (PreviewServer server = PreviewServer.start(request, InetAddress.getLoopbackAddress(), 0, (level, line) -> { })) {
            HttpResponse<String> home = get(server, "/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("smallwins-sealed").doesNotContain("Coffee with Sam");
            assertThat(get(server, "/assets/smallwins-unlock.js").statusCode()).isEqualTo(200);
            assertThat(get(server, "/2025/09/26/coffee-with-sam/index.html").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedSoAPageElsewhereCannotReadTheJournal(@TempDir Path tmp) throws Exception {
        BuildRequest request = BuildRequest.of(JournalFiles.sampleJournal(), tmp.resolve("public")).withToday(TODAY);
        try (PreviewServer server = PreviewServer.start(request, InetAddress.getLoopbackAddress(), 0, (level, line) -> { })) {
            String rebound = rawGet(server, "journal.evil.example:" + server.port());
            String local = rawGet(server, "localhost:" + server.port());

            assertThat(rebound).startsWith("HTTP/1.1 403").contains("answers only to localhost")
                    .doesNotContain("<html");
            assertThat(local).startsWith("HTTP/1.1 200").contains("<html");
        }
    }

    /** A GET with the Host header given: HttpClient will not send one of its own choosing. */
    private static String rawGet(PreviewServer server, String host) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
