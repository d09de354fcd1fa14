package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;

/** How the preview answers requests as a browser, curl or anything else sends them. */
class PreviewRequestsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path tmp;

    private PreviewServer serve(String settings) throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", settings,
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\n---\nOutside.\n",
                "static/café.txt", "coffee\n");
        return PreviewServer.start(BuildRequest.of(journal, tmp.resolve("public")).withToday(TODAY),
                InetAddress.getLoopbackAddress(), 0, (level, line) -> { });
    }

    /** The whole answer to {@code requestLine} (bytes as given), the connection closed after it. */
    private static String raw(PreviewServer server, byte[] requestLine) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write(requestLine);
            request.write("\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(request.toByteArray());
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String raw(PreviewServer server, String requestLine) throws Exception {
        return raw(server, requestLine.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aHeadRequestForTheReloadEventsIsAnsweredWithoutAWarningInTheTerminal() throws Exception {
        // The JDK's server warns on the terminal, through java.util.logging, about a HEAD answered
        // as if it had a body: the writer would see a Java warning for a plain request.
        java.util.List<java.util.logging.LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger jdk = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jdk.addHandler(catcher);
        try (PreviewServer server = serve("title: Heads\n")) {
            String answer = raw(server, "HEAD /__smallwins/events HTTP/1.1");

            assertThat(answer).startsWith("HTTP/1.1 200").contains("text/event-stream").doesNotContain("connected");
            assertThat(warnings).extracting(java.util.logging.LogRecord::getMessage).isEmpty();
        } finally {
            jdk.removeHandler(catcher);
        }
    }

    @Test
    void aFolderAskedForWithoutItsSlashUnderTheBasePathIsSentToItsSlashThereWithItsQuery() throws Exception {
        try (PreviewServer server = serve("title: Based\nbasePath: /journal/\n")) {
            assertThat(raw(server, "GET /journal/2025/03/14/walk HTTP/1.1")).startsWith("HTTP/1.1 301")
                    .containsIgnoringCase("Location: /journal/2025/03/14/walk/\r\n");
            assertThat(raw(server, "GET /2025/03/14/walk?from=home HTTP/1.1")).startsWith("HTTP/1.1 301")
                    .containsIgnoringCase("Location: /2025/03/14/walk/?from=home\r\n");
        }
    }

    @Test
    void aMethodOtherThanGetOrHeadIsRefusedNamingTheOnesThatWork() throws Exception {
        try (PreviewServer server = serve("title: Methods\n")) {
            for (String method : new String[] {"POST", "OPTIONS", "PUT", "DELETE"}) {
                assertThat(raw(server, method + " / HTTP/1.1")).as(method).startsWith("HTTP/1.1 405")
                        .containsIgnoringCase("Allow: GET, HEAD\r\n").contains("Only GET and HEAD.");
            }
        }
    }
}
