package org.smallwins.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.smallwins.BuildRequest;
import org.smallwins.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code smallwins serve}: a live preview while writing. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site in memory and serves it on this computer only (127.0.0.1), rebuilding "
                + "and reloading open pages whenever the journal changes. Nothing is written to disk."})
final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The journal folder. Default: the current folder.")
    Path journalDir;

    @Option(names = {"-p", "--port"}, defaultValue = "1313",
            description = "The port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE}, so only this computer can see the "
                    + "journal. Give another address only on a network you trust.")
    String bind;

    @CommandLine.Mixin
    Selection selection;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        BuildRequest request = new BuildRequest(journalDir, journalDir.resolve("public"), selection.drafts, selection.privateEntries, selection.today);
        PreviewServer server = PreviewServer.start(request, InetAddress.getByName(bind), port, line -> {
            out.println(line);
            out.flush();
        });
        String host = server.address().getHostAddress();
        out.printf("Serving %s at http://%s:%d/ (Ctrl+C to stop)%n", journalDir.toAbsolutePath().normalize(),
                host.contains(":") ? "[" + host + "]" : host, server.port());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
