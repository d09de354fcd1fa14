package org.smallwins.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, so it is written in one place (the pom). */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"smallwins " + (version == null ? "(development build)" : version)};
    }
}
