package org.smallwins.cli;

import org.smallwins.scaffold.ToolVersion;
import picocli.CommandLine;

/** The version from the jar's manifest, so it is written in one place (the pom). */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"smallwins " + ToolVersion.current()};
    }
}
