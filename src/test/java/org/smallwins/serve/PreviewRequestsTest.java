package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
                "static/café.txt", "coffee\n", "static/voice.mp3", "0123456789");
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
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Logger jdk = Logger.getLogger("com.sun.net.httpserver");
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
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
            assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
        } finally {
            jdk.removeHandler(catcher);
        }
    }

    /** What follows the headers of {@code answer}. */
    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    /** The headers of the answer to {@code requestLine}, read up to the blank line after them: a stream never ends. */
    private static String headersOnly(PreviewServer server, String requestLine) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            while (!read.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                read.write(b);
            }
            return read.toString(StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aHeadRequestForTheReloadEventsHasTheHeadersOfItsGetAndNoBody() throws Exception {
        try (PreviewServer server = serve("title: Heads\n")) {
            for (String protocol : new String[] {"HTTP/1.1", "HTTP/1.0"}) {
                String get = headersOnly(server, "GET /__smallwins/events " + protocol);
                String head = headersOnly(server, "HEAD /__smallwins/events " + protocol);

                assertThat(headers(head)).as(protocol).isEqualTo(headers(get));
                assertThat(body(raw(server, "HEAD /__smallwins/events " + protocol))).as(protocol).isEmpty();
            }
            assertThat(headers(raw(server, "HEAD /__smallwins/events HTTP/1.1")))
                    .as("sent in chunks on HTTP/1.1, with no length").contains("Transfer-encoding: chunked")
                    .noneMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length"));
        }
    }

    @Test
    void aRangeOfAFileIsSentAloneWithWhereItIsInTheFile() throws Exception {
        try (PreviewServer server = serve("title: Ranges\n")) {
            String answer = raw(server, "GET /voice.mp3 HTTP/1.1\r\nRange: bytes=2-5");

            assertThat(answer).startsWith("HTTP/1.1 206").containsIgnoringCase("Content-Range: bytes 2-5/10\r\n")
                    .containsIgnoringCase("Content-Length: 4\r\n").containsIgnoringCase("Accept-Ranges: bytes\r\n")
                    .containsIgnoringCase("Content-Type: audio/mpeg\r\n");
            assertThat(body(answer)).isEqualTo("2345");
            assertThat(body(raw(server, "GET /voice.mp3 HTTP/1.1\r\nRange: bytes=-3"))).isEqualTo("789");
            String clipped = raw(server, "GET /voice.mp3 HTTP/1.1\r\nRange: bytes=5-99");
            assertThat(clipped).startsWith("HTTP/1.1 206").containsIgnoringCase("Content-Range: bytes 5-9/10\r\n");
            assertThat(body(clipped)).isEqualTo("56789");
        }
    }

    @Test
    void aHeadRequestForARangeHasTheHeadersOfItsGetAndNoBody() throws Exception {
        try (PreviewServer server = serve("title: Ranges\n")) {
            String answer = raw(server, "HEAD /voice.mp3 HTTP/1.1\r\nRange: bytes=6-");

            assertThat(answer).startsWith("HTTP/1.1 206").containsIgnoringCase("Content-Range: bytes 6-9/10\r\n")
                    .containsIgnoringCase("Content-Length: 4\r\n");
            assertThat(body(answer)).isEmpty();
        }
    }

    /** The header lines of {@code answer} but its date, sorted: what a HEAD and a GET must share. */
    private static List<String> headers(String answer) {
        return answer.substring(0, answer.indexOf("\r\n\r\n")).lines()
                .filter(line -> !line.regionMatches(true, 0, "Date:", 0, 5)).sorted().toList();
    }

    @Test
    void aHeadRequestHasTheHeadersOfItsGetAndNoBodyForPagesFilesAndTheRest() throws Exception {
        // RFC 9110: a HEAD is answered as a GET but for the body, Content-Length too (link checkers read it).
        try (PreviewServer server = serve("title: Heads\n")) {
            String page = raw(server, "GET / HTTP/1.1");
            String style = page.replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\".*", "$1");
            String asset = "/" + style.replaceFirst("^/", "");
            assertThat(raw(server, "GET " + asset + " HTTP/1.1")).as("the theme's stylesheet, an asset")
                    .startsWith("HTTP/1.1 200");
            for (String path : new String[] {"/", "/2025/03/14/walk/", "/caf%C3%A9.txt", "/voice.mp3", asset,
                    "/nothing/", "/2025/03/14/walk"}) {
                String get = raw(server, "GET " + path + " HTTP/1.1");
                String head = raw(server, "HEAD " + path + " HTTP/1.1");

                assertThat(headers(head)).as(path).isEqualTo(headers(get)).anyMatch(
                        line -> line.toLowerCase(Locale.ROOT).startsWith("content-length: "));
                assertThat(body(head)).as(path).isEmpty();
            }
        }
    }

    @Test
    void aFileSentWholeSaysRangesOfItCanBeAskedFor() throws Exception {
        try (PreviewServer server = serve("title: Ranges\n")) {
            String answer = raw(server, "GET /voice.mp3 HTTP/1.1");

            assertThat(answer).startsWith("HTTP/1.1 200").containsIgnoringCase("Accept-Ranges: bytes\r\n")
                    .doesNotContainIgnoringCase("Content-Range");
            assertThat(body(answer)).isEqualTo("0123456789");
        }
    }

    @Test
    void aRangeNotInTheFileIsRefusedSayingHowLongTheFileIs() throws Exception {
        try (PreviewServer server = serve("title: Ranges\n")) {
            for (String range : new String[] {"bytes=10-", "bytes=-0"}) {
                String answer = raw(server, "GET /voice.mp3 HTTP/1.1\r\nRange: " + range);

                assertThat(answer).as(range).startsWith("HTTP/1.1 416")
                        .containsIgnoringCase("Content-Range: bytes */10\r\n");
                assertThat(body(answer)).as(range).isEmpty();
            }
        }
    }

    @Test
    void severalRangesOrAnotherUnitAreIgnoredAndTheWholeFileSent() throws Exception {
        try (PreviewServer server = serve("title: Ranges\n")) {
            for (String range : new String[] {"bytes=0-1,5-6", "items=0-1", "bytes=5-1"}) {
                String answer = raw(server, "GET /voice.mp3 HTTP/1.1\r\nRange: " + range);

                assertThat(answer).as(range).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Content-Range");
                assertThat(body(answer)).as(range).isEqualTo("0123456789");
            }
        }
    }

    @Test
    void pagesAndTheNotFoundPageAreSentWholeWhateverRangeIsAsked() throws Exception {
        // A page is sent with the reload script added: ranges of it would be of something else.
        try (PreviewServer server = serve("title: Ranges\n")) {
            String page = raw(server, "GET / HTTP/1.1\r\nRange: bytes=0-3");
            assertThat(page).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Content-Range")
                    .doesNotContainIgnoringCase("Accept-Ranges");
            assertThat(body(page)).contains("</html>").contains(LiveReload.PATH);

            String missing = raw(server, "GET /nothing.mp3 HTTP/1.1\r\nRange: bytes=0-3");
            assertThat(missing).startsWith("HTTP/1.1 404").doesNotContainIgnoringCase("Content-Range");
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

    /** The value of header {@code name} in {@code answer}, or null. */
    private static String header(String answer, String name) {
        return headers(answer).stream().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse(null);
    }

    @Test
    void pagesAndFilesCarryAStrongTagOfTheBytesSentAndAreRevalidatedNotStored() throws Exception {
        try (PreviewServer server = serve("title: Tags\n")) {
            for (String path : new String[] {"/", "/2025/03/14/walk/", "/voice.mp3", "/caf%C3%A9.txt"}) {
                String answer = raw(server, "GET " + path + " HTTP/1.1");

                assertThat(answer).as(path).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Last-Modified");
                // A page's tag is of the page as sent, its reload script in it.
                assertThat(header(answer, "ETag")).as(path)
                        .isEqualTo(EntityTags.tag(body(answer).getBytes(StandardCharsets.UTF_8)));
                assertThat(header(answer, "Cache-Control")).as(path).isEqualTo("no-cache");
            }
            assertThat(raw(server, "GET / HTTP/1.1")).contains(LiveReload.PATH);
            String missing = raw(server, "GET /nothing/ HTTP/1.1");
            assertThat(missing).startsWith("HTTP/1.1 404").doesNotContainIgnoringCase("ETag");
            assertThat(header(missing, "Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void aTagTheBrowserHoldsIsAnsweredWith304AndNoBody() throws Exception {
        try (PreviewServer server = serve("title: Tags\n")) {
            for (String path : new String[] {"/", "/voice.mp3"}) {
                String tag = header(raw(server, "GET " + path + " HTTP/1.1"), "ETag");
                for (String asked : new String[] {tag, "\"other\", W/" + tag, "*"}) {
                    for (String method : new String[] {"GET", "HEAD"}) {
                        String answer = raw(server, method + " " + path + " HTTP/1.1\r\nIf-None-Match: " + asked);

                        assertThat(answer).as(method + " " + path + " " + asked).startsWith("HTTP/1.1 304")
                                .doesNotContainIgnoringCase("Content-Length");
                        assertThat(header(answer, "ETag")).isEqualTo(tag);
                        assertThat(header(answer, "Cache-Control")).isEqualTo("no-cache");
                        assertThat(body(answer)).isEmpty();
                    }
                }
                String other = raw(server, "GET " + path + " HTTP/1.1\r\nIf-None-Match: \"other\"");
                assertThat(other).as(path).startsWith("HTTP/1.1 200");
                assertThat(body(other)).isNotEmpty();
            }
        }
    }

    @Test
    void aRangeIsSentOnlyIfItsIfRangeNamesTheFilesStrongTag() throws Exception {
        try (PreviewServer server = serve("title: Tags\n")) {
            String tag = header(raw(server, "GET /voice.mp3 HTTP/1.1"), "ETag");

            String same = raw(server, "GET /voice.mp3 HTTP/1.1\r\nRange: bytes=2-5\r\nIf-Range: " + tag);
            assertThat(same).startsWith("HTTP/1.1 206").containsIgnoringCase("Content-Range: bytes 2-5/10\r\n");
            assertThat(body(same)).isEqualTo("2345");
            for (String ifRange : new String[] {"W/" + tag, "\"other\"", "Thu, 03 Dec 2026 07:16:06 GMT"}) {
                String answer = raw(server, "GET /voice.mp3 HTTP/1.1\r\nRange: bytes=2-5\r\nIf-Range: " + ifRange);

                assertThat(answer).as(ifRange).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Content-Range");
                assertThat(body(answer)).as(ifRange).isEqualTo("0123456789");
            }
        }
    }

    @Test
    void aRebuildThatChangesAPageGivesItANewTagAndTheOldOneGetsThePage() throws Exception {
        try (PreviewServer server = serve("title: Tags\n")) {
            String before = header(raw(server, "GET /2025/03/14/walk/ HTTP/1.1"), "ETag");
            Files.writeString(tmp.resolve("journal/content/wins/2025-03-14-walk.md"),
                    "---\ntitle: A walk\n---\nOutside, in the rain.\n");
            long until = System.nanoTime() + 15_000_000_000L;
            String answer = raw(server, "GET /2025/03/14/walk/ HTTP/1.1\r\nIf-None-Match: " + before);
            while (!answer.contains("in the rain") && System.nanoTime() < until) {
                Thread.sleep(50);
                answer = raw(server, "GET /2025/03/14/walk/ HTTP/1.1\r\nIf-None-Match: " + before);
            }

            assertThat(answer).startsWith("HTTP/1.1 200").contains("in the rain");
            assertThat(header(answer, "ETag")).isNotEqualTo(before)
                    .isEqualTo(EntityTags.tag(body(answer).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aPageIsDecoratedOncePerBuildHoweverOftenItIsAskedForAndAgainAfterARebuild() throws Exception {
        try (PreviewServer server = serve("title: Tags\n")) {
            String first = raw(server, "GET /2025/03/14/walk/ HTTP/1.1");
            String tag = header(first, "ETag");
            assertThat(server.answersMade()).isEqualTo(1);
            for (int i = 0; i < 3; i++) {
                String again = raw(server, "GET /2025/03/14/walk/ HTTP/1.1");
                assertThat(header(again, "ETag")).isEqualTo(tag);
                assertThat(body(again)).isEqualTo(body(first));
                assertThat(raw(server, "GET /2025/03/14/walk/ HTTP/1.1\r\nIf-None-Match: " + tag)).startsWith("HTTP/1.1 304");
                assertThat(raw(server, "HEAD /2025/03/14/walk/ HTTP/1.1")).startsWith("HTTP/1.1 200");
            }
            assertThat(server.answersMade()).as("the same build's page, not decorated again").isEqualTo(1);

            Files.writeString(tmp.resolve("journal/content/wins/2025-03-14-walk.md"),
                    "---\ntitle: A walk\n---\nOutside, in the rain.\n");
            long until = System.nanoTime() + 15_000_000_000L;
            String answer = raw(server, "GET /2025/03/14/walk/ HTTP/1.1");
            while (!answer.contains("in the rain") && System.nanoTime() < until) {
                Thread.sleep(50);
                answer = raw(server, "GET /2025/03/14/walk/ HTTP/1.1");
            }

            assertThat(answer).contains("in the rain").contains(LiveReload.PATH);
            assertThat(header(answer, "ETag")).isNotEqualTo(tag);
            assertThat(server.answersMade()).as("made again for the newer build").isGreaterThan(1);
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
