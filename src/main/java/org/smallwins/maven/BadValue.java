package org.smallwins.maven;

import org.apache.maven.plugin.MojoFailureException;

/**
 * How a goal says a parameter's value cannot be used, in the shape the command line says it
 * ("--mood good is not a whole number: use ..."), with the property the value came from in place
 * of the option, and how to give one that would do.
 */
final class BadValue {
    private BadValue() {
    }

    /**
     * "smallwins.mood good is not a whole number: use ..., like -Dsmallwins.mood=3 or <mood>3</mood>
     * in the plugin's configuration." {@code why} follows the value ("is not a whole number: use ...").
     */
    static MojoFailureException of(String name, String value, String why, String example) {
        return new MojoFailureException(said(name, value, why, example) + ".");
    }

    /**
     * As {@link #of(String, String, String, String)}, with another choice after the example
     * ("..., or 0 for a free one."): before it, the example read as one of that choice.
     */
    static MojoFailureException of(String name, String value, String why, String example, String orElse) {
        return new MojoFailureException(said(name, value, why, example) + ", " + orElse + ".");
    }

    private static String said(String name, String value, String why, String example) {
        return "smallwins." + name + " " + value.strip() + " " + why + ", like -Dsmallwins." + name + "=" + example
                + " or <" + name + ">" + example + "</" + name + "> in the plugin's configuration";
    }
}
