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
    void rawHtmlLinksInEveryFormTheBrowserReadsLeadToTheNewNames() {
        String html = "<a href='../../../../tags/walk/'>single</a> <A HREF=\"../../../../tags/walk/\">capitals</A>"
                + " <a href=../../../../tags/walk/#top>bare</a> <a class=x\nhref=\"../../../../tags/walk/\">line</a>"
                + " <a href = \"&#46;&#46;/../../../tags/walk/\">reference</a>"
                + " <a href='/journal/tags/walk/?a=1&amp;b=&quot;2&quot;'>absolute</a>"
                + " <img src='../../../../images/a.svg'> <img SRCSET='../../../../images/a.svg 1x, ../../../../images/b.svg 2x'>"
                + " <video poster=../../../../images/p.jpg></video>";
        assertThat(site.relink(html, "2025/01/02/tea/index.html", names, false)).isEqualTo(
                "<a href=\"aaaa.html\">single</a> <A href=\"aaaa.html\">capitals</A>"
                        + " <a href=\"aaaa.html#top\">bare</a> <a class=x\nhref=\"aaaa.html\">line</a>"
                        + " <a href=\"aaaa.html\">reference</a>"
                        + " <a href=\"aaaa.html?a=1&amp;b=&quot;2&quot;\">absolute</a>"
                        + " <img src=\"images/a.svg\"> <img srcset=\"images/a.svg 1x, images/b.svg 2x\">"
                        + " <video poster=\"images/p.jpg\"></video>");
        assertThat(site.relink("<a href='tags/walk/'>walk</a>", "404.html", names, true))
                .isEqualTo("<a href=\"/journal/aaaa.html\">walk</a>");
    }

    @Test
    void whatIsNoAttributeOfATagIsLeftAsWritten() {
        String html = "<p title='a href=\"../../../../tags/walk/\" in words'>x</p>"
                + "<!-- <a href=\"../../../../tags/walk/\"> -->"
                + "<script>var link = ' src=\"../../../../tags/walk/\"';</script>"
                + "<textarea> href=\"../../../../tags/walk/\"</TEXTAREA>"
                + "<a href=\"../../../../tags/walk/\">after them</a>";
        assertThat(site.relink(html, "2025/01/02/tea/index.html", names, false)).isEqualTo(
                html.replace("<a href=\"../../../../tags/walk/\">after", "<a href=\"aaaa.html\">after"));
    }

    @Test
    void aPageWithNothingToRelinkIsKeptByteForByte() {
        String html = "<a HREF='#notes'>here</a> <a href=https://example.org/>out</a> <img src='  '>"
                + " <a href=\"mailto:robin@example.org?subject=a&amp;b\">mail</a>";
        assertThat(site.relink(html, "2025/01/02/tea/index.html", names, false)).isSameAs(html);
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
