package org.smallwins.markdown;

import java.util.List;

/**
 * An entry body after rendering.
 *
 * @param html           the HTML, trusted (the writer's own Markdown)
 * @param firstParagraph the first paragraph as plain text, for summaries ("" if none)
 * @param words          words in the body
 * @param links          every link and image target as written, for checks
 * @param remoteLoads    what the page would load from, or tell, another host without the reader going
 *                       there (see {@link RemoteLoads})
 */
public record RenderedBody(String html, String firstParagraph, int words, List<String> links,
                           List<RemoteLoad> remoteLoads) {

    /** A web address the page would load, the 0-based line of the body it is written on, and what it is. */
    public record RemoteLoad(String url, int line, Kind kind) {
        /** What is loaded, which decides what the writer can do about it. */
        public enum Kind {
            /** A picture, a video, a sound: a file that can be saved in static/. */
            PICTURE,
            /** An iframe or frame: another site's page inside this one. */
            FRAME,
            SCRIPT,
            STYLESHEET,
            FONT,
            /** An object or embed. */
            OBJECT,
            /** A meta refresh, which sends the reader to the other site. */
            REFRESH,
            /** A base, under which every relative address of the page goes to the other site. */
            BASE,
            /** A form's action (or a button's formaction), to which what is typed in it is sent. */
            FORM,
            /** A link's ping, which the browser tells whenever the link is followed. */
            PING
        }
    }

    /** The body of an entry that could not be rendered. */
    public static final RenderedBody EMPTY = new RenderedBody("", "", 0, List.of(), List.of());
}
