package org.smallwins.cli;

import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smallwins.BuildRequest;
import org.smallwins.serve.PreviewServer;
import org.smallwins.serve.StopOnExit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code smallwins serve}: a live preview while writing. */
final class ServeCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "serve",
            "Builds the site in memory and serves it on this computer only (127.0.0.1), rebuilding "
                    + "and reloading open pages whenever the journal changes. Nothing is written to disk.");
    private final PositionalParamSpec journalDir = CommandSpecs.folder(spec,
            "The journal folder. Default: the current folder.");
    private final OptionSpec port = CommandSpecs.add(spec, CommandSpecs.option(int.class, "PORT",
            "The port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.", "-p", "--port")
            .defaultValue("1313").converters(new CommandSpecs.WholeNumberConverter("--port", PreviewServer.PORTS)).build());
    private final OptionSpec bind = CommandSpecs.add(spec, CommandSpecs.option(String.class, "ADDRESS",
            "The address to listen on. Default: ${DEFAULT-VALUE}, so only this computer can see the "
                    + "journal. Give another address only on a network you trust.", "--bind")
            .defaultValue("127.0.0.1").build());
    private final Selection selection = new Selection(spec);

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Path dir = CommandSpecs.journalFolder(spec, journalDir);
        BuildRequest request = selection.request(dir, dir.resolve("public"));
        String address = bind.getValue();
        int portNumber = port.getValue();
        if (PreviewServer.notAPort(portNumber) != null) {
            throw new ParameterException(spec.commandLine(), "--port " + PreviewServer.notAPort(portNumber) + ".");
        }
        InetAddress listenOn;
        try {
            listenOn = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind: '" + address
                    + "' is not an address of this computer: leave it out to use 127.0.0.1.");
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(request, listenOn, portNumber, (level, line) -> {
                out.println(line);
                out.flush();
            });
        } catch (BindException e) {
            var err = spec.commandLine().getErr();
            err.println("smallwins: " + PreviewServer.cannotListen(address, portNumber, e));
            err.flush();
            return Failures.PROBLEMS;
        } catch (PreviewServer.CannotWatchException e) {
            var err = spec.commandLine().getErr();
            err.println("smallwins: " + e.getMessage());
            err.flush();
            return Failures.PROBLEMS;
        }
        out.printf("Serving %s at %s (Ctrl+C to stop)%n", dir.toAbsolutePath().normalize(), server.url());
        if (server.exposure() != null) {
            out.println(server.exposure());
        }
        out.flush();
        StopOnExit.register(server, (level, line) -> {
            out.println(line);
            out.flush();
        }).await();
        return 0;
    }
}
