package org.smallwins.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.smallwins.BuildRequest;
import org.smallwins.Smallwins;
import org.smallwins.problem.Problem;
import org.smallwins.site.MediaTypes;
import org.smallwins.site.SiteFile;

/**
 * Serves the journal's site from memory while its writer works on it: rebuilds on every change,
 * reloads open tabs, and shows problems in the page instead of stopping. Listens on 127.0.0.1
 * unless told otherwise; serves only files the build made, so no request can reach the disk.
 */
public final class PreviewServer implements AutoCloseable {
    private final HttpServer http;
    private final boolean loopbackOnly;
    private final Rebuilder rebuilder;
    private final LiveReload live = new LiveReload();
    private final SentFiles sentFiles = new SentFiles();
    /** What a 404 says when the site has no 404 page. */
    private static final byte[] NOT_FOUND = "Not found.".getBytes(StandardCharsets.UTF_8);
    private final Closeable watcher;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "smallwins-http");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "smallwins-keepalive");
        thread.setDaemon(true);
        return thread;
    });

    private PreviewServer(BuildRequest request, InetAddress bind, int port, ServeLog log, Watching watching)
            throws IOException {
        this.rebuilder = new Rebuilder(request, log, snapshot -> live.reload(snapshot.version()));
        this.loopbackOnly = bind.isLoopbackAddress();
        HttpServer server = null;
        Closeable watched = null;
        boolean started = false;
        try {
            // The port is taken before the first build, so a port in use is said at once, not after it.
            server = HttpServer.create(new InetSocketAddress(bind, port), 64);
            // Watching starts before the first build, so a file saved while it runs is built after it.
            try {
                watched = watching.watch(request.journalDir(), rebuilder::changed);
            } catch (IOException e) {
                throw new CannotWatchException(e);
            } catch (UncheckedIOException e) {
                throw new CannotWatchException(e.getCause());
            }
            rebuilder.buildNow();
            server.createContext("/", this::handle);
            server.setExecutor(threads);
            server.start();
            started = true;
        } catch (IOException | RuntimeException | Error e) {
            if (watched != null) {
                try {
                    watched.close();
                } catch (IOException also) {
                    e.addSuppressed(also);
                }
            }
            if (server != null) {
                if (!started) {
                    // Stopped before it started, the JDK's server would keep its selector open (and
                    // its file descriptors): started with nothing to answer, it closes it on stopping.
                    server.start();
                }
                server.stop(0);
            }
            rebuilder.close();
            threads.shutdownNow();
            keepAlive.shutdownNow();
            throw e;
        }
        this.http = server;
        this.watcher = watched;
        keepAlive.scheduleAtFixedRate(live::keepAlive, 15, 15, TimeUnit.SECONDS);
    }

    /** How the journal's folders are watched: a {@link JournalWatcher}, but for tests of a watcher that cannot start. */
    @FunctionalInterface
    interface Watching {
        Closeable watch(Path journalDir, Consumer<Path> onChange) throws IOException;
    }

    /** Builds the journal, then serves it; {@code port} 0 picks a free port. */
    public static PreviewServer start(BuildRequest request, InetAddress bind, int port, ServeLog log)
            throws IOException {
        return start(request, bind, port, log, JournalWatcher::new);
    }

    static PreviewServer start(BuildRequest request, InetAddress bind, int port, ServeLog log, Watching watching)
            throws IOException {
        // Later problems are shown in the served page; a folder that is not there never becomes one.
        Smallwins.requireJournalFolder(request.journalDir());
        return new PreviewServer(request, bind, port, log, watching);
    }

    /**
     * The journal's folders cannot be watched for changes, so the preview does not start; the
     * message says why in plain words and what to do, for the command line and the Maven goal alike.
     */
    public static final class CannotWatchException extends IOException {
        private static final long serialVersionUID = 1L;

        CannotWatchException(IOException cause) {
            super(cannotWatch(cause), cause);
        }
    }

    /** What to tell the writer when the journal's folders cannot be watched: why, and what to do. */
    static String cannotWatch(IOException e) {
        String reason = Problem.printable(String.valueOf(e.getMessage()));
        String lower = reason.toLowerCase(Locale.ROOT);
        String what;
        if (lower.contains("inotify watches") || lower.contains("no space left")) {
            what = "this computer lets programs watch only so many folders, and that many are watched already."
                    + " On Linux, raise the limit with 'sudo sysctl fs.inotify.max_user_watches=524288' and start"
                    + " the preview again";
        } else if (lower.contains("inotify instances") || lower.contains("too many open files")) {
            what = "too many files are open, or too many programs are watching folders. Close what you do not"
                    + " need (another preview, an editor), or on Linux raise the limits with 'sudo sysctl"
                    + " fs.inotify.max_user_instances=1024' or 'ulimit -n 4096', and start the preview again";
        } else {
            what = "start the preview again";
        }
        return "the preview cannot watch the journal's folders for changes (" + reason + "): " + what
                + "; or run 'smallwins build' after each change and reload the built pages by hand.";
    }

    /**
     * The ports to give, as messages say it; apart, so a message can put an example between them.
     * Below 1024 is tried too, as Hugo does: root, a container or a granted capability may open one,
     * and where the system refuses, {@link #cannotListen} says what to use.
     */
    public static final String PORT_RANGE = "use a number from 1 to 65535 (below 1024 only where the system allows it)";
    public static final String FREE_PORT = "or 0 for a free one";
    public static final String PORTS = PORT_RANGE + ", " + FREE_PORT;

    /** What a number that is no port is, after the number as given. */
    public static final String NOT_A_PORT = "is not a port";

    /** Why {@code port} cannot be listened on, or null when it is a port (0 picks a free one). */
    public static String notAPort(int port) {
        return port >= 0 && port <= 65535 ? null : port + " " + NOT_A_PORT + ": " + PORTS;
    }

    /**
     * What to tell the writer when the server cannot listen at {@code address} and {@code port}:
     * the reason in plain words and what to do, for the command line and the Maven goal alike.
     */
    public static String cannotListen(String address, int port, IOException e) {
        String reason = String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        String what = e instanceof UnknownHostException
                ? "that is not an address of this computer: leave the address out to use 127.0.0.1."
                : lower.contains("in use")
                ? "another program (another preview?) is using that port: stop it, or give the port another"
                        + " number (0 picks a free one)."
                : lower.contains("permission")
                ? "ports below 1024 are for the system: use 1313, or any number from 1024 to 65535."
                : "give an address of this computer, or leave it out to use 127.0.0.1.";
        return "cannot listen on " + address + " port " + port + " (" + reason + "); " + what;
    }

    /** How many files' answers this server made: once per file per build, for tests to count. */
    long answersMade() {
        return sentFiles.made();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public InetAddress address() {
        return http.getAddress().getAddress();
    }

    /**
     * Where to open the preview on this computer, as browsers take it: http://127.0.0.1:1313/, or
     * http://[::1]:1313/. Listening on every address (0.0.0.0, ::), 127.0.0.1: a browser given
     * http://0.0.0.0:1313/ may refuse it.
     */
    public String url() {
        return localUrl(address(), port());
    }

    static String localUrl(InetAddress address, int port) {
        // Java listens on "::" for 0.0.0.0 too, which takes IPv4 as well: 127.0.0.1 opens either.
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : urlHost(address);
        return "http://" + host + ":" + port + "/";
    }

    /**
     * What to tell whoever started the server when others can reach it (--bind to an address other
     * than a loopback one), or null: only this computer. A journal is private, so the one who opened
     * it to the network hears so in as many words.
     */
    public String exposure() {
        return exposure(address(), port());
    }

    static String exposure(InetAddress address, int port) {
        if (address.isLoopbackAddress()) {
            return null;
        }
        String stop = " Stop with Ctrl+C if that is not what you meant.";
        if (address.isAnyLocalAddress()) {
            return "Every address of this computer listens, so anyone on its networks can read the journal at"
                    + " this computer's address, port " + port + "." + stop;
        }
        return "Anyone who can reach http://" + urlHost(address) + ":" + port + "/ can read the journal." + stop;
    }

    /**
     * {@code address} as a URL names it: an IPv6 address in brackets and in its short form (RFC 5952),
     * {@code [::1]} rather than the JDK's {@code 0:0:0:0:0:0:0:1}, its zone (if any) after "%25".
     */
    static String urlHost(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | (bytes[2 * i + 1] & 0xff);
        }
        // The longest run of two or more zero groups, the first of equally long ones, is written "::".
        int runStart = -1;
        int runLength = 1;
        for (int i = 0; i < 8; i++) {
            int end = i;
            while (end < 8 && groups[end] == 0) {
                end++;
            }
            if (end - i > runLength) {
                runStart = i;
                runLength = end - i;
            }
            i = Math.max(i, end);
        }
        StringBuilder host = new StringBuilder("[");
        for (int i = 0; i < 8; i++) {
            if (i == runStart) {
                host.append("::");
                i += runLength - 1;
                continue;
            }
            if (host.length() > 1 && host.charAt(host.length() - 1) != ':') {
                host.append(':');
            }
            host.append(Integer.toHexString(groups[i]));
        }
        String written = address.getHostAddress();
        int zone = written.indexOf('%');
        if (zone >= 0) {
            host.append("%25").append(written.substring(zone + 1));
        }
        return host.append(']').toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean streaming = false;
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (loopbackOnly && !RequestPaths.isLocalHost(exchange.getRequestHeaders().getFirst("Host"))) {
                // A web page elsewhere can point its own name at 127.0.0.1 ("DNS rebinding") and read
                // what a browser fetches from it; such requests name that page's host, not this one.
                send(exchange, 403, "text/plain; charset=utf-8",
                        "This preview answers only to localhost and 127.0.0.1.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (LiveReload.PATH.equals(rawPath)) {
                if (method.equals("HEAD")) {
                    LiveReload.head(exchange);
                    return;
                }
                live.connect(exchange);
                streaming = true;
                return;
            }
            // A folder asked for without its slash is sent to it as asked: under the base path, with the query.
            String asked = rawPath;
            String query = exchange.getRequestURI().getRawQuery();
            Snapshot snapshot = rebuilder.snapshot();
            String base = snapshot.basePath();
            if (base.length() > 1 && (rawPath + "/").startsWith(base) && !holds(snapshot, rawPath)) {
                // A site made for /journal/ links there from its 404 page: the preview answers there
                // too, where the site itself has no such path.
                rawPath = rawPath.length() < base.length() ? "/" : rawPath.substring(base.length() - 1);
            }
            if (snapshot.files().isEmpty() && snapshot.failing()) {
                send(exchange, 500, "text/html; charset=utf-8", PreviewPages.problemPage(snapshot.problems()));
                return;
            }
            String path = RequestPaths.toSitePath(rawPath);
            SiteFile file = path == null ? null : snapshot.files().get(path);
            if (file == null && path != null && !path.endsWith("index.html")
                    && snapshot.files().containsKey(path + "/index.html")) {
                exchange.getResponseHeaders().set("Location", asked + "/" + (query == null ? "" : "?" + query));
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            int status = 200;
            SentFiles.Sent sent = file == null ? null : sentOrGone(snapshot, path, file);
            if (sent == null) {
                status = 404;
                path = "404.html";
                SiteFile notFound = snapshot.files().get(path);
                sent = notFound == null ? null : sentOrGone(snapshot, path, notFound);
                if (sent == null) {
                    sent = sentFiles.of(snapshot, path, NOT_FOUND);
                }
            }
            String type = MediaTypes.of(path);
            boolean page = type.startsWith("text/html");
            if (status != 200) {
                send(exchange, status, type, sent.bytes());
                return;
            }
            // Tagged as sent: a page's tag changes with its reload script and problem banner too.
            // No Last-Modified: file times say seconds, so a rebuild in the same second would look unchanged.
            String tag = sent.tag();
            exchange.getResponseHeaders().set("ETag", tag);
            if (EntityTags.noneMatchNames(exchange.getRequestHeaders().get("If-None-Match"), tag)) {
                notModified(exchange);
            } else if (page) {
                // A page is sent with the reload script added, so byte ranges of the built file
                // would not be ranges of what is sent: a Range header is ignored, the page sent whole.
                send(exchange, status, type, sent.bytes());
            } else {
                sendFile(exchange, type, sent.bytes(), tag);
            }
        } finally {
            if (!streaming) {
                exchange.close();
            }
        }
    }

    /**
     * What is sent of {@code file}, or null when it is a copy of a journal file removed since the
     * build: not found, until the rebuild its removal brings.
     */
    private SentFiles.Sent sentOrGone(Snapshot snapshot, String path, SiteFile file) {
        try {
            return sentFiles.of(snapshot, path, file);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** Whether the site has a file or a folder's page at {@code rawPath}. */
    private static boolean holds(Snapshot snapshot, String rawPath) {
        String path = RequestPaths.toSitePath(rawPath);
        return path != null && (snapshot.files().containsKey(path) || snapshot.files().containsKey(path + "/index.html"));
    }

    /**
     * A file as the build made it: whole (200), or the one range of its bytes that the request's
     * Range header asks for (206), or no bytes when that range is not in the file (416), as static
     * servers do; audio and video players need ranges to seek, and Safari to play at all.
     */
    private static void sendFile(HttpExchange exchange, String type, byte[] body, String tag) throws IOException {
        var asked = exchange.getRequestHeaders();
        List<String> ranges = asked.get("Range");
        // A range is sent only of the bytes an If-Range names, else the whole file, as RFC 9110 asks;
        // two Range headers are several ranges, which are ignored too.
        String header = ranges == null || ranges.size() != 1 || !EntityTags.rangeMaySend(asked.get("If-Range"), tag)
                ? null : ranges.get(0);
        ByteRange range = ByteRange.parse(header, body.length);
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        if (range.contentRange() != null) {
            exchange.getResponseHeaders().set("Content-Range", range.contentRange());
        }
        send(exchange, range.status(), type, body, range.first(), range.length());
    }

    /** 304: what the browser holds is what would be sent; only its tag, and how to cache it, are said again. */
    private static void notModified(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(304, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        send(exchange, status, type, body, 0, body.length);
    }

    /** Sends {@code length} bytes of {@code body} from {@code offset}, or only the headers to a HEAD. */
    private static void send(HttpExchange exchange, int status, String type, byte[] body, int offset, int length)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // What has a tag may be kept, but is asked for again each time (a 304 when unchanged);
        // anything else (a 404, a problem page, a redirect) is not kept at all.
        exchange.getResponseHeaders().set("Cache-Control",
                exchange.getResponseHeaders().containsKey("ETag") ? "no-cache" : "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            // The JDK's server leaves a HEAD answer's length to be set by hand: the one a GET would
            // have, for pages and every other answer alike (RFC 9110 asks a HEAD for a GET's headers).
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(length));
        }
        exchange.sendResponseHeaders(status, head || length == 0 ? -1 : length);
        if (!head && length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body, offset, length);
            }
        }
    }

    @Override
    public void close() throws IOException {
        keepAlive.shutdownNow();
        watcher.close();
        live.closeAll();
        http.stop(0);
        rebuilder.close();
        threads.shutdownNow();
    }
}
