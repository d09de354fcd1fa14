package org.smallwins.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;

/**
 * Links the writer typed as raw HTML, in the forms a browser reads (either quote or none, a name in
 * capitals, a line break before it, character references), lead on the encrypted site where they
 * lead on the plain one: each is followed, as the browser follows it from the page opened from disk,
 * to the sealed file it names.
 */
class RawHtmlLinksSealedTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String PASSWORD = "a long enough password";
    static final String TEA = "2026/01/03/tea/index.html";
    static final String BODY = "<div class=\"raw\">\n"
            + "<a href='../../../../2026/01/02/walk/'>A walk</a>\n"
            + "<A HREF=\"../../../../tags/walk/\">Tag: walk</A>\n"
            + "<a href=../../../../tags/walk/>Tag: walk</a>\n"
            + "<a class=\"next\"\nhref=\"../../../../2026/01/02/walk/\">A walk</a>\n"
            + "<a href=\"&#46;&#46;/../../../tags/walk/\">Tag: walk</a>\n"
            + "<a href='../../../../tags/walk/?from=tea&amp;to=walk#top'>Tag: walk</a>\n"
            + "<img src='../../../../images/dot.svg' alt=\"static\">\n"
            + "<img src=photo.jpg alt=\"beside\">\n"
            + "<img src='../../../../files/wins/photo.jpg' alt=\"beside, from the top\">\n"
            + "</div>\n";

    @TempDir
    static Path tmp;
    static Path plain;
    static Path sealed;

    @BeforeAll
    static void build() {
        String[] files = {
            "content/wins/2026-01-02-walk.md", "---\ntitle: A walk\ntags: [walk]\n---\nI walked.\n",
            "content/wins/2026-01-03-tea.md", "---\ntitle: Tea\ntags: [walk]\n---\nLinks:\n\n" + BODY,
            "content/wins/photo.jpg", "photo bytes",
            "static/images/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        };
        plain = tmp.resolve("plain-site");
        new Smallwins().build(BuildRequest.of(JournalFiles.write(tmp.resolve("plain"), files), plain).withToday(TODAY));
        Path journal = JournalFiles.write(tmp.resolve("sealed"), files);
        JournalFiles.write(journal, "journal.yml", "privacy:\n  encrypt: true\n  passwordFile: .password\n",
                ".password", PASSWORD + "\n");
        sealed = tmp.resolve("sealed-site");
        new Smallwins().build(BuildRequest.of(journal, sealed).withToday(TODAY));
    }

    @Test
    void onThePlainSiteEachLinkLeadsToAFileThatIsThere() {
        Document page = Jsoup.parse(JournalFiles.text(plain.resolve(TEA)), plain.resolve(TEA).toUri().toString());
        List<Element> links = page.select("div.raw a, div.raw img");
        assertThat(links).hasSize(9);
        for (Element link : links) {
            Path target = target(link);
            assertThat(target.startsWith(plain)).as(link.outerHtml() + " leads to " + target).isTrue();
            assertThat(target).as(link.outerHtml()).isRegularFile();
        }
    }

    @Test
    void onTheSealedSiteEachLinkLeadsToTheSealedPageItNamesOrTheFileThePageCarries() throws Exception {
        JournalKey key = key();
        String name = EncryptedJournal.pageName(sealed, PASSWORD, TEA);
        String shell = JournalFiles.text(sealed.resolve(name));
        Document page = Jsoup.parse(SealedSiteTest.decrypt(key, shell), sealed.resolve(name).toUri().toString());
        List<Element> links = page.select("div.raw a");
        assertThat(links).hasSize(6);
        List<String> broken = new ArrayList<>();
        for (Element link : links) {
            Path target = target(link);
            if (!target.startsWith(sealed) || !Files.isRegularFile(target)) {
                broken.add(link.outerHtml() + " leads to " + target);
                continue;
            }
            // The text of each link is the title of the page it leads to.
            String opened = SealedSiteTest.decrypt(key, Files.readString(target, StandardCharsets.UTF_8));
            assertThat(Jsoup.parse(opened).title()).as(link.outerHtml()).startsWith(link.text() + " ·");
        }
        assertThat(broken).isEmpty();
        assertThat(links.get(5).attr("href")).endsWith(".html?from=tea&to=walk#top");

        Path picture = target(page.selectFirst("img[alt=static]"));
        assertThat(picture.startsWith(sealed)).as("the static picture, at " + picture).isTrue();
        assertThat(picture).isRegularFile();
        // The picture beside the entry, named from beside it or from the top of the site, is carried by the page.
        String carried = SealedFiles.LINK_PREFIX + key.fileId("files/wins/photo.jpg") + "/image/jpeg";
        assertThat(page.select("div.raw img[alt^=beside]")).extracting(img -> img.attr("src"))
                .containsExactly(carried, carried);
        assertThat(shell).contains("data-smallwins-file=\"" + key.fileId("files/wins/photo.jpg") + "\"");
    }

    /** The file the browser opens for the link's address, from its page opened from disk. */
    private static Path target(Element link) {
        String address = link.absUrl(link.hasAttr("href") ? "href" : "src");
        Path file = Path.of(URI.create(address.replaceFirst("[?#].*", "")));
        return Files.isDirectory(file) ? file.resolve("index.html") : file;
    }

    private static JournalKey key() {
        String[] state = JournalFiles.text(sealed.resolve(SealedSite.SALT_FILE)).trim().split(" ");
        return JournalKey.derive(PASSWORD.toCharArray(), HexFormat.of().parseHex(state[0]), Integer.parseInt(state[1]));
    }
}
