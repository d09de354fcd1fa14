package org.smallwins.site;

import java.util.Collection;

/**
 * Where a build's pages go as they are rendered. A first build writes each page to disk straight
 * away rather than holding the whole site in memory until the end: at 10,000 entries, a hundred
 * megabytes the collector no longer carries, and writing done while other pages render.
 */
public interface FileSink {
    /**
     * Called once, before the first page, with the path of every file the render will make (the
     * sink may be told of other files by whoever made it). Returns false when the sink will not
     * take files after all (two of them share a path): {@link #take} then returns each file as given.
     */
    boolean expect(Collection<String> paths);

    /** Takes one file, from any thread; returns what the build keeps of it in memory. */
    SiteFile take(SiteFile file);
}
