package org.smallwins.markdown;

import java.util.List;

/**
 * An entry body after rendering.
 *
 * @param html           the HTML, trusted (the writer's own Markdown)
 * @param firstParagraph the first paragraph as plain text, for summaries ("" if none)
 * @param words          words in the body
 * @param links          every link and image target as written, for checks
 */
public record RenderedBody(String html, String firstParagraph, int words, List<String> links) {
}
