package org.smallwins.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** Goals that look at the entries a build publishes: drafts and private entries only when asked. */
abstract class AbstractSelectionMojo extends AbstractJournalMojo {

    /** Include entries marked {@code draft: true}. */
    @Parameter(property = "smallwins.drafts", defaultValue = "false")
    private boolean drafts;

    /**
     * Include entries marked {@code private: true}. In the pom: {@code <private>true</private>}. Only on an
     * encrypted journal ({@code privacy: encrypt: true} in journal.yml); otherwise the build stops and says so.
     */
    @Parameter(name = "private", property = "smallwins.private", defaultValue = "false")
    private boolean privateEntries;

    /** Sets {@code private}, a word Java keeps for itself. */
    public void setPrivate(boolean include) {
        this.privateEntries = include;
    }

    boolean drafts() {
        return drafts;
    }

    boolean privateEntries() {
        return privateEntries;
    }
}
