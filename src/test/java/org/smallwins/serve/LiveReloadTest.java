package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.EOFException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The reload events reach an open tab whole, whichever threads send them. */
class LiveReloadTest {
    @Test
    void eventsSentFromTheBuildAndTheKeepAliveAtOnceArriveWhole() throws Exception {
        LiveReload live = new LiveReload();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        CountDownLatch connected = new CountDownLatch(1);
        http.createContext(LiveReload.PATH, exchange -> {
            live.connect(exchange);
            connected.countDown();
        });
        http.setExecutor(Executors.newCachedThreadPool());
        http.start();
        int each = 3000;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), http.getAddress().getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + LiveReload.PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            connected.await();
            CountDownLatch start = new CountDownLatch(1);
            Thread builds = new Thread(() -> {
                await(start);
                for (int i = 0; i < each; i++) {
                    live.reload(i);
                }
            });
            Thread keepAlive = new Thread(() -> {
                await(start);
                for (int i = 0; i < each; i++) {
                    live.keepAlive();
                }
            });
            builds.start();
            keepAlive.start();
            start.countDown();
            builds.join();
            keepAlive.join();
            live.closeAll();

            String stream = unchunk(socket.getInputStream());
            assertThat(stream.split("event: reload\ndata: \\d+\n\n", -1)).hasSize(each + 1);
            assertThat(stream.split(": keep-alive\n\n", -1)).hasSize(each + 1);
        } finally {
            http.stop(0);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The body of a chunked answer, read until its last chunk: any broken framing fails here. */
    private static String unchunk(InputStream in) throws Exception {
        String line;
        while (!(line = readLine(in)).isEmpty()) {
            // headers
        }
        StringBuilder body = new StringBuilder();
        while (true) {
            int size = Integer.parseInt(readLine(in).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
            assertThat(readLine(in)).as("end of a chunk").isEmpty();
        }
    }

    private static String readLine(InputStream in) throws Exception {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new EOFException("the stream ended in the middle of a line: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
