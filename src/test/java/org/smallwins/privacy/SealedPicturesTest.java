package org.smallwins.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

/**
 * A picture beside an entry on a sealed site: carried, encrypted, inside each page that shows it, so
 * no file of the site shows its bytes or its name, and the key opens it to the very same bytes.
 */
class SealedPicturesTest {
    static final JournalKey KEY = JournalKey.derive("a long enough password".toCharArray(), new byte[16], 1000);
    static final Pattern CARRIED = Pattern.compile(
            "<script type=\"text/plain\" data-smallwins-file=\"([0-9a-f]+)\">([A-Za-z0-9+/=]*)</script>");
    static final Pattern SEALED = Pattern.compile("id=\"smallwins-sealed\"[^>]*>([A-Za-z0-9+/=]+)</script>");
    static final String ENTRY = "2026/11/21/three-herons/index.html";
    static final String PICTURE = "files/wins/my heron.jpg";
    static final byte[] BYTES = "\u00ff\u00d8 the heron standing still, in JPEG bytes".getBytes(StandardCharsets.ISO_8859_1);

    final SealedSite sealer = new SealedSite(KEY, "Journal", "en", "/");

    private static Site site() {
        return new Site(List.of(
                page(ENTRY, "<img src=\"../../../../files/wins/my%20heron.jpg\" alt=\"The heron\">"
                        + " <a href=\"../../../../files/wins/my%20heron.jpg#full\">full size</a>"
                        + " <a href=\"../../../../\">home</a>"),
                page("index.html", "<a href=\"2026/11/21/three-herons/\">Three herons</a>"),
                new SiteFile(PICTURE, BYTES)));
    }

    private static SiteFile page(String path, String body) {
        return new SiteFile(path, ("<!doctype html><html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, byte[]> sealed() {
        Map<String, byte[]> out = new TreeMap<>();
        for (SiteFile file : sealer.seal(site(), Set.of(), Set.of(PICTURE)).site().files()) {
            out.put(file.path(), file.content());
        }
        return out;
    }

    @Test
    void noFileOfTheSiteShowsThePicturesBytesOrName() {
        Map<String, byte[]> files = sealed();
        String plainBase64 = Base64.getEncoder().encodeToString(BYTES);
        List<String> found = new ArrayList<>();
        files.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (path.contains("heron") || path.startsWith("files/") || text.contains("heron")
                    || text.contains("the heron standing") || text.contains(plainBase64.substring(0, 24))) {
                found.add(path);
            }
        });
        assertThat(found).isEmpty();
        assertThat(files).containsKeys("index.html", KEY.fileName(ENTRY));
    }

    @Test
    void theEntrysPageCarriesThePictureOnceAndTheKeyOpensItToTheSameBytes() throws Exception {
        String shell = text(sealed().get(KEY.fileName(ENTRY)));
        String id = KEY.fileId(PICTURE);
        assertThat(id).matches("[0-9a-f]{20}");

        String html = new String(KEY.open(Base64.getDecoder().decode(group(SEALED, shell))), StandardCharsets.UTF_8);
        // Both links, the picture's and the full-size one, lead to the copy the page carries.
        String link = "#smallwins-file/" + id + "/image/jpeg";
        assertThat(html).contains("<img src=\"" + link + "\" alt=\"The heron\">")
                .contains("<a href=\"" + link + "\">full size</a>").contains("<a href=\"index.html\">home</a>")
                .doesNotContain("files/");

        Matcher carried = CARRIED.matcher(shell);
        assertThat(carried.find()).isTrue();
        assertThat(carried.group(1)).isEqualTo(id);
        assertThat(KEY.open(Base64.getDecoder().decode(carried.group(2)))).isEqualTo(BYTES);
        assertThat(carried.find()).as("carried once").isFalse();
    }

    @Test
    void aPosterAndEachSrcsetCandidateLeadToTheCopyThePageCarries() throws Exception {
        String small = "files/wins/small.jpg";
        Site site = new Site(List.of(
                page(ENTRY, "<video poster=\"../../../../files/wins/my%20heron.jpg\" controls></video>"
                        + " <img srcset=\"../../../../files/wins/small.jpg 1x, ../../../../files/wins/my%20heron.jpg 2x,"
                        + " ../../../../ 3x\" alt=\"Nest\">"),
                page("index.html", "Home"), new SiteFile(PICTURE, BYTES), new SiteFile(small, "small".getBytes(StandardCharsets.UTF_8))));

        Map<String, byte[]> files = new TreeMap<>();
        for (SiteFile file : sealer.seal(site, Set.of(), Set.of(PICTURE, small)).site().files()) {
            files.put(file.path(), file.content());
        }
        String shell = text(files.get(KEY.fileName(ENTRY)));
        String html = new String(KEY.open(Base64.getDecoder().decode(group(SEALED, shell))), StandardCharsets.UTF_8);

        String heron = "#smallwins-file/" + KEY.fileId(PICTURE) + "/image/jpeg";
        assertThat(html).contains("<video poster=\"" + heron + "\" controls>")
                .contains("srcset=\"#smallwins-file/" + KEY.fileId(small) + "/image/jpeg 1x, " + heron + " 2x, index.html 3x\"")
                .doesNotContain("files/");
        Matcher carried = CARRIED.matcher(shell);
        List<String> ids = new ArrayList<>();
        while (carried.find()) {
            ids.add(carried.group(1));
        }
        assertThat(ids).containsExactlyInAnyOrder(KEY.fileId(PICTURE), KEY.fileId(small));
        assertThat(files.keySet()).noneMatch(path -> path.startsWith("files/"));
    }

    @Test
    void aPageThatDoesNotShowThePictureCarriesNothing() {
        assertThat(CARRIED.matcher(text(sealed().get("index.html"))).find()).isFalse();
    }

    @Test
    void anotherPasswordGivesThePictureAnotherIdAndTheWrongKeyOpensNothing() {
        JournalKey other = JournalKey.derive("another long password".toCharArray(), new byte[16], 1000);
        assertThat(other.fileId(PICTURE)).isNotEqualTo(KEY.fileId(PICTURE));
        String shell = text(sealed().get(KEY.fileName(ENTRY)));
        byte[] ciphertext = Base64.getDecoder().decode(group(CARRIED, shell, 2));
        assertThatThrownBy(() -> other.open(ciphertext))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void sealingAgainGivesTheSameBytes() {
        Map<String, byte[]> first = sealed();
        Map<String, byte[]> second = sealed();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void mediaTypesLetTheBrowserShowWhatAnEntryShows() {
        assertThat(SealedFiles.type("files/wins/a.JPG")).isEqualTo("image/jpeg");
        assertThat(SealedFiles.type("files/wins/a.svg")).isEqualTo("image/svg+xml");
        assertThat(SealedFiles.type("files/wins/a.mp4")).isEqualTo("video/mp4");
        assertThat(SealedFiles.type("files/wins.d/notes")).isEqualTo("application/octet-stream");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String group(Pattern pattern, String text) {
        return group(pattern, text, 1);
    }

    private static String group(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(group);
    }
}
