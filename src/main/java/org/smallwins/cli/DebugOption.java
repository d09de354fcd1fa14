package org.smallwins.cli;

import picocli.CommandLine.Option;

/** {@code --debug}, read by {@link Failures} from the parse result; every command takes it. */
final class DebugOption {
    @Option(names = "--debug", description = "Show stack traces for unexpected errors.")
    boolean debug;
}
