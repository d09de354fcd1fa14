package org.smallwins.maven;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.smallwins.BuildRequest;
import org.smallwins.problem.JournalException;
import org.smallwins.serve.PreviewServer;
import org.smallwins.serve.StopOnExit;

/**
 * Serves a live preview while writing, as {@code smallwins serve} does: builds the site in memory and
 * serves it on this computer only (127.0.0.1), rebuilding and reloading open pages whenever the journal
 * changes. Nothing is written to disk. Runs until stopped with Ctrl+C.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

    /** The port to listen on; 0 picks a free one. */
    @Parameter(property = "smallwins.port", defaultValue = "1313")
    private String port;

    private static final int DEFAULT_PORT = 1313;

    /**
     * The address to listen on. The default, 127.0.0.1, lets only this computer see the journal; give
     * another address only on a network you trust.
     */
    @Parameter(property = "smallwins.bind", defaultValue = "127.0.0.1")
    private String bind;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        BuildRequest request = new BuildRequest(journal(), journal().resolve("public"), drafts(), privateEntries(),
                today(), settings());
        int port = port();
        InetAddress address = address(bind);
        PreviewServer server;
        try {
            server = PreviewServer.start(request, address, port, (level, line) -> {
                String said = MavenWords.of(line);
                switch (level) {
                    case ERROR -> getLog().error(said);
                    case WARNING -> getLog().warn(said);
                    default -> getLog().info(said);
                }
            });
        } catch (JournalException e) {
            throw JournalProblems.failure(getLog(), e.problems(), "nothing is served", e);
        } catch (PreviewServer.CannotWatchException e) {
            // The system's limits, not a fault of the plugin: the message says what to raise.
            throw JournalProblems.saidOnce(new MojoFailureException(MavenWords.of(e.getMessage())), e);
        } catch (IOException e) {
            // A port in use is the writer's to fix, not a fault of the plugin; the reason is in the message already.
            throw JournalProblems.saidOnce(new MojoFailureException(PreviewServer.cannotListen(bind, port, e)), e);
        }
        getLog().info(String.format("Serving %s at %s (Ctrl+C to stop)", journal(), server.url()));
        if (server.exposure() != null) {
            getLog().warn(server.exposure());
        }
        StopOnExit stop = StopOnExit.register(server, (level, line) -> getLog().info(line));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.stop();
        }
    }

    /**
     * The address to listen on, named before any build: as the cause of the failure, the JDK's
     * "Unknown host" came after the goal's own words, saying the same thing a second time.
     */
    static InetAddress address(String bind) throws MojoFailureException {
        try {
            return InetAddress.getByName(bind == null ? null : bind.strip());
        } catch (UnknownHostException e) {
            throw new MojoFailureException("smallwins.bind " + bind.strip() + " is not an address of this computer:"
                    + " leave it out to use 127.0.0.1, so only this computer sees the journal.");
        }
    }

    /**
     * The {@code port} parameter, in the preview's own words for a port, with the example where it
     * belongs: "use a number from 1 to 65535 (below 1024 only where the system allows it), like ...=1313,
     * or 0 for a free one".
     */
    private int port() throws MojoFailureException {
        if (port == null || port.isBlank()) {
            return DEFAULT_PORT;
        }
        String why;
        try {
            int number = Integer.parseInt(port.strip());
            if (PreviewServer.notAPort(number) == null) {
                return number;
            }
            why = PreviewServer.NOT_A_PORT;
        } catch (NumberFormatException e) {
            why = "is not a whole number";
        }
        throw BadValue.of("port", port, why + ": " + PreviewServer.PORT_RANGE, String.valueOf(DEFAULT_PORT),
                PreviewServer.FREE_PORT);
    }
}
