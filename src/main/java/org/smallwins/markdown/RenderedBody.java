package org.smallwins.markdown;

import java.util.List;

/**
 * An entry body after rendering.
 *
 * @param html           the HTML, trusted (the writer's own Markdown)
 * @param firstParagraph the first paragraph as plain text, for summaries ("" if none)
 * @param words          words in the body
 * @param links          every link and image target as written, for checks
 * @param remoteLoads    what the page would load from another host as it opens (see {@link RemoteLoads})
 */
public record RenderedBody(String html, String firstParagraph, int words, List<String> links,
                           List<RemoteLoad> remoteLoads) {

    /** A web address the page would load, and the 0-based line of the body it is written on. */
    public record RemoteLoad(String url, int line) {
    }

    /** The body of an entry that could not be rendered. */
    public static final RenderedBody EMPTY = new RenderedBody("", "", 0, List.of(), List.of());
}
