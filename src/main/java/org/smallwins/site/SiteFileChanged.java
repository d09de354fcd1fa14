package org.smallwins.site;

import java.io.IOException;

/** A journal file the site copies changed or was removed between the build finding it and copying it. */
public final class SiteFileChanged extends IOException {
    private final String name;
    private final String reason;

    private SiteFileChanged(String name, String reason) {
        super(name + " " + reason);
        this.name = name;
        this.reason = reason;
    }

    static SiteFileChanged gone(String name) {
        return new SiteFileChanged(name, "was moved or deleted while the site was being built, so it could not be"
                + " copied. Build again once it is where it belongs.");
    }

    static SiteFileChanged changed(String name) {
        return new SiteFileChanged(name, "changed while the site was being built, so its copy could be half old and"
                + " half new. Build again once it is saved.");
    }

    /** The file, as the journal's problems name it ("static/photo.jpg"). */
    public String name() {
        return name;
    }

    /** What happened to it, to follow its name. */
    public String reason() {
        return reason;
    }
}
