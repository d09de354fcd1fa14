package org.smallwins.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The renderer skips the autolink pass for bodies that cannot hold a bare link; these bodies must
 * still come out exactly as with autolinks always on.
 */
class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
            "Went to https://example.org/walk today.",
            "See www.example.org for the map.",
            "Mail me at someone@example.org please.",
            "Escaped: http\\://example.org and ftp&#58;//example.org",
            "WWW.EXAMPLE.ORG in capitals.",
            "A [link](https://example.org) and no bare one.",
            "- item with https://example.org/x\n- plain item",
            "| a | b |\n|---|---|\n| www.example.org | x |",
            "Footnote[^1].\n\n[^1]: at https://example.org",
            "`https://example.org` in code only.",
            "Plain text, nothing to link: a & b.",
    })
    void rendersAsWithAutolinksAlwaysOn(String markdown) {
        RenderedBody body = renderer.render(markdown, (written, line) -> written);
        String expected = renderer.renderWithAutolinks(markdown);
        assertThat(body.html()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Went to https://example.org/walk today.", "Mail someone@example.org."})
    void bareLinksBecomeLinks(String markdown) {
        assertThat(renderer.render(markdown, (written, line) -> written).html()).contains("<a href=\"");
    }
}
