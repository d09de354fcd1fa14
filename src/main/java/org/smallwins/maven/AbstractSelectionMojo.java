package org.smallwins.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that look at the entries a build publishes: drafts and private entries only when asked. */
abstract class AbstractSelectionMojo extends AbstractJournalMojo {

    /** Include entries marked {@code draft: true}. */
    @Parameter(property = "smallwins.drafts", defaultValue = "false")
    private String drafts;

    /**
     * Include entries marked {@code private: true}. In the pom: {@code <private>true</private>}. Only on an
     * encrypted journal ({@code privacy: encrypt: true} in journal.yml); otherwise the build stops and says so.
     */
    @Parameter(name = "private", property = "smallwins.private", defaultValue = "false")
    private String privateEntries;

    /** Sets {@code private}, a word Java keeps for itself. */
    public void setPrivate(String include) {
        this.privateEntries = include;
    }

    boolean drafts() throws MojoFailureException {
        return trueOrFalse("drafts", drafts);
    }

    boolean privateEntries() throws MojoFailureException {
        return trueOrFalse("private", privateEntries);
    }
}
