package org.smallwins.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to open browser tabs: "reload" after every build that changed what they show.
 * The script that listens is injected into pages by the server only; built sites never carry it.
 */
final class LiveReload {
    static final String PATH = "/__smallwins/events";
    static final String SCRIPT = "<script>(function(){var s=new EventSource(\"" + PATH + "\");"
            + "s.addEventListener(\"reload\",function(){location.reload();});})();</script>";

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

    /** Keeps the exchange open as an event stream; the server's thread returns at once. */
    void connect(HttpExchange exchange) throws IOException {
        streamHeaders(exchange);
        // Length 0: the JDK's server sends the stream chunked on HTTP/1.1, until the connection closes on 1.0.
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
    }

    /**
     * Answers a HEAD with the headers a GET of the stream has, and no body: a stream kept open for
     * nobody would be a client that never reads.
     */
    static void head(HttpExchange exchange) throws IOException {
        streamHeaders(exchange);
        if (!exchange.getProtocol().equalsIgnoreCase("HTTP/1.0")) {
            // Set by hand: the JDK's server adds it only where it sends a body (RFC 9110 asks a
            // HEAD for a GET's headers). No length either: the stream has none.
            exchange.getResponseHeaders().set("Transfer-Encoding", "chunked");
        }
        exchange.sendResponseHeaders(200, -1);
    }

    private static void streamHeaders(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
    }

    void reload(long version) {
        send("event: reload\ndata: " + version + "\n\n");
    }

    /** A comment line now and then keeps proxies and browsers from closing a quiet stream. */
    void keepAlive() {
        send(": keep-alive\n\n");
    }

    int clients() {
        return clients.size();
    }

    /** One message at a time: the build and the keep-alive both send, and a stream's chunks must not mix. */
    private synchronized void send(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (OutputStream client : clients) {
            try {
                client.write(bytes);
                client.flush();
            } catch (IOException gone) {
                clients.remove(client);
                try {
                    client.close();
                } catch (IOException ignored) {
                    // already closed by the browser
                }
            }
        }
    }

    synchronized void closeAll() {
        for (OutputStream client : clients) {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        clients.clear();
    }
}
