package org.smallwins.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links between pages follow them to their opaque names, whatever the link style. */
class RelinkTest {
    static final JournalKey KEY = JournalKey.derive("a long enough password".toCharArray(), new byte[16], 1000);
    final SealedSite site = new SealedSite(KEY, "Journal", "en", "/journal/");
    final Map<String, String> names = Map.of(
            "index.html", "index.html",
            "404.html", "404.html",
            "tags/walk/index.html", "aaaa.html",
            "2025/01/02/tea/index.html", "bbbb.html");

    @Test
    void relativeLinksOfEveryStyleLeadToTheNewNames() {
        String html = "<a href=\"../../../../tags/walk/index.html\">walk</a> <a href=\"../../../../tags/walk/#top\">pretty</a>"
                + " <a href=\"../../../../\">home</a> <a href=\"../../../../index.html?x=1\">home</a>"
                + " <link href=\"../../../../assets/style.css\"> <img src=\"../../../../images/a.svg\">"
                + " <a href=\"#notes\">here</a> <a href=\"https://example.org/\">out</a> <a href=\"tel:000\">call</a>";
        assertThat(site.relink(html, "2025/01/02/tea/index.html", names, false)).isEqualTo(
                "<a href=\"aaaa.html\">walk</a> <a href=\"aaaa.html#top\">pretty</a>"
                        + " <a href=\"index.html\">home</a> <a href=\"index.html?x=1\">home</a>"
                        + " <link href=\"assets/style.css\"> <img src=\"images/a.svg\">"
                        + " <a href=\"#notes\">here</a> <a href=\"https://example.org/\">out</a> <a href=\"tel:000\">call</a>");
    }

    @Test
    void theNotFoundPageKeepsLinksUnderTheBasePath() {
        String html = "<a href=\"/journal/tags/walk/index.html\">walk</a> <a href=\"/journal/index.html\">home</a>"
                + " <a href=\"/elsewhere/\">other site</a>";
        assertThat(site.relink(html, "404.html", names, true)).isEqualTo(
                "<a href=\"/journal/aaaa.html\">walk</a> <a href=\"/journal/index.html\">home</a>"
                        + " <a href=\"/elsewhere/\">other site</a>");
    }

    @Test
    void namesDependOnTheKeyAndSayNothingOfThePath() {
        JournalKey other = JournalKey.derive("another long password".toCharArray(), new byte[16], 1000);
        String name = KEY.fileName("2025/01/02/tea/index.html");
        assertThat(name).matches("[0-9a-f]{20}\\.html").isNotEqualTo(other.fileName("2025/01/02/tea/index.html"));
        assertThat(name).isEqualTo(KEY.fileName("2025/01/02/tea/index.html"));
    }
}
