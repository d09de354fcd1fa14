package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.site.SiteFile;

/**
 * A file beside an entry (a photo in its folder) that a published entry shows is published with
 * the site at files/ and its path in content/, and the link leads there; nothing else of content/ is.
 */
class EntryFilesBuildTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String HERONS = "content/wins/2026-11-21-three-herons.md";

    @TempDir
    Path tmp;

    private Path journal() {
        return JournalFiles.write(tmp.resolve("journal"),
                HERONS, "---\ntitle: Three herons\n---\n![The heron](heron.jpg)\n",
                "content/wins/heron.jpg", "heron bytes");
    }

    private BuildResult build(Path journal) {
        return new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY));
    }

    private Document page(String folder) {
        return SiteLinks.parse(tmp.resolve("site").resolve(folder).resolve("index.html"));
    }

    private static String text(Path file) {
        return JournalFiles.text(file);
    }

    @Test
    void aPictureBesideAPublishedEntryIsPublishedAndTheImageLeadsToIt() {
        BuildResult built = build(journal());

        assertThat(text(tmp.resolve("site/files/wins/heron.jpg"))).isEqualTo("heron bytes");
        assertThat(page("2026/11/21/three-herons").select("main img").attr("src"))
                .isEqualTo("../../../../files/wins/heron.jpg");
        assertThat(built.warnings()).isEmpty();
        assertThat(SiteLinks.broken(tmp.resolve("site"))).isEmpty();
    }

    @Test
    void onlyFilesAPublishedEntryShowsArePublished() {
        Path journal = JournalFiles.write(journal(),
                "content/wins/2026-11-22-draft.md", "---\ntitle: Draft\ndraft: true\n---\n![x](draft-only.jpg)\n",
                "content/wins/2026-11-23-private.md", "---\ntitle: Private\nprivate: true\n---\n![x](private-only.jpg)\n",
                "content/wins/draft-only.jpg", "draft", "content/wins/private-only.jpg", "private",
                "content/wins/scan-of-notes.pdf", "unlinked");

        BuildResult built = build(journal);

        assertThat(built.site().files()).extracting(SiteFile::path).filteredOn(p -> p.startsWith("files/"))
                .containsExactly("files/wins/heron.jpg");
        assertThat(built.warnings()).isEmpty();
        // With --drafts the draft is published, and so is what it shows.
        BuildResult withDrafts = new Smallwins().render(BuildRequest.of(journal, tmp.resolve("other"))
                .withToday(TODAY).withDrafts(true));
        assertThat(withDrafts.site().files()).extracting(SiteFile::path).contains("files/wins/draft-only.jpg")
                .doesNotContain("files/wins/private-only.jpg");
    }

    @Test
    void twoEntriesShowingOneFileGetOneCopyAndEncodedNestedAndClimbingLinksLeadToIt() {
        Path journal = JournalFiles.write(journal(),
                "content/wins/2026-11-22-again.md", "---\ntitle: Again\n---\n![a](heron.jpg)"
                        + " ![b](photos/my%20walk.jpg) [c](../reflections/notes/scan%231.pdf)\n",
                "content/reflections/2026-11-23-look.md", "---\ntitle: Look\n---\n![d](../wins/heron.jpg#top)"
                        + " ![e](./notes/scan%231.pdf)\n",
                "content/wins/photos/my walk.jpg", "walk", "content/reflections/notes/scan#1.pdf", "scan");

        BuildResult built = build(journal);

        assertThat(built.site().files()).extracting(SiteFile::path).filteredOn(p -> p.startsWith("files/"))
                .containsExactly("files/reflections/notes/scan#1.pdf", "files/wins/heron.jpg",
                        "files/wins/photos/my walk.jpg");
        Document again = page("2026/11/22/again");
        assertThat(again.select("main img").eachAttr("src")).containsExactly("../../../../files/wins/heron.jpg",
                "../../../../files/wins/photos/my%20walk.jpg");
        assertThat(again.select("main p a").attr("href")).isEqualTo("../../../../files/reflections/notes/scan%231.pdf");
        assertThat(page("2026/11/23/look").select("main img").eachAttr("src")).containsExactly(
                "../../../../files/wins/heron.jpg#top", "../../../../files/reflections/notes/scan%231.pdf");
        assertThat(built.warnings()).isEmpty();
        assertThat(SiteLinks.broken(tmp.resolve("site"))).isEmpty();
    }

    @Test
    void hiddenLinkedAndOutsideFilesAreNotPublished() throws IOException {
        Path journal = JournalFiles.write(journal(),
                "content/wins/2026-11-22-others.md", "---\ntitle: Others\n---\n![a](.hidden.jpg) ![b](backup.jpg~)"
                        + " ![c](linked.jpg) ![d](../../secret.jpg) ![e](.private/x.jpg)\n",
                "content/wins/.hidden.jpg", "hidden", "content/wins/backup.jpg~", "backup",
                "content/wins/.private/x.jpg", "x", "secret.jpg", "outside", "elsewhere.jpg", "elsewhere");
        Files.createSymbolicLink(journal.resolve("content/wins/linked.jpg"), journal.resolve("elsewhere.jpg"));

        BuildResult built = build(journal);

        assertThat(built.site().files()).extracting(SiteFile::path).filteredOn(p -> p.startsWith("files/"))
                .containsExactly("files/wins/heron.jpg");
        assertThat(JournalFiles.read(tmp.resolve("site")).values())
                .noneMatch(bytes -> List.of("hidden", "backup", "outside", "elsewhere", "x")
                        .contains(new String(bytes, StandardCharsets.UTF_8)));
        // Each still leads nowhere on the site, and the build says so.
        assertThat(built.warnings()).filteredOn(p -> p.message().contains("leads nowhere")).hasSize(5);
    }

    @Test
    void rawHtmlSizingAPictureBesideTheEntryLeadsToItAndPublishesIt() {
        Path journal = JournalFiles.write(journal(),
                "content/wins/2026-11-22-sized.md", "---\ntitle: Sized\n---\n"
                        + "<img src=\"heron.jpg\" width=\"300\" alt=\"The heron\">\n\n"
                        + "A <a href='scan.pdf#page=2'>scan</a> and <img SRC=photos/my%20walk.jpg width=100>.\n\n"
                        + "<img srcset=\"small.jpg 1x, big.jpg 2x\" src=\"small.jpg\" alt=\"Nest\">\n\n"
                        + "<video src=\"walk.mp4\" poster=\"walk.jpg\" controls>\n"
                        + "<source src=\"walk.webm\" type=\"video/webm\">\n</video>\n",
                "content/wins/scan.pdf", "scan", "content/wins/photos/my walk.jpg", "walk photo",
                "content/wins/small.jpg", "small", "content/wins/big.jpg", "big",
                "content/wins/walk.mp4", "mp4", "content/wins/walk.jpg", "poster", "content/wins/walk.webm", "webm");

        BuildResult built = build(journal);

        assertThat(built.site().files()).extracting(SiteFile::path).filteredOn(p -> p.startsWith("files/"))
                .containsExactly("files/wins/big.jpg", "files/wins/heron.jpg", "files/wins/photos/my walk.jpg",
                        "files/wins/scan.pdf", "files/wins/small.jpg", "files/wins/walk.jpg", "files/wins/walk.mp4",
                        "files/wins/walk.webm");
        assertThat(text(tmp.resolve("site/files/wins/big.jpg"))).isEqualTo("big");
        Document page = page("2026/11/22/sized");
        String up = "../../../../files/wins/";
        assertThat(page.select("main img").eachAttr("src")).containsExactly(up + "heron.jpg", up + "photos/my%20walk.jpg",
                up + "small.jpg");
        assertThat(page.select("main img").first().attr("width")).isEqualTo("300");
        assertThat(page.select("main img[srcset]").attr("srcset")).isEqualTo(up + "small.jpg 1x, " + up + "big.jpg 2x");
        assertThat(page.select("main a").attr("href")).isEqualTo(up + "scan.pdf#page=2");
        assertThat(page.select("main video").attr("src")).isEqualTo(up + "walk.mp4");
        assertThat(page.select("main video").attr("poster")).isEqualTo(up + "walk.jpg");
        assertThat(page.select("main source").attr("src")).isEqualTo(up + "walk.webm");
        assertThat(built.warnings()).isEmpty();
        assertThat(SiteLinks.broken(tmp.resolve("site"))).isEmpty();
    }

    @Test
    void rawHtmlAddressesNotBesideTheEntryStayAsWritten() {
        String body = "<img src=\"missing.jpg\" width=\"10\"> <img src=\"/images/a.png\">"
                + " <img src=\"../../outside.jpg\">"
                + " <img src=\"https://example.org/a.png\"> <a href=\"#top\">top</a>"
                + " <img data=\"heron.jpg\"> <!-- <img src=\"heron.jpg\"> -->\n";
        Path journal = JournalFiles.write(journal(), "content/wins/2026-11-22-others.md",
                "---\ntitle: Others\n---\n" + body, "outside.jpg", "outside");

        BuildResult built = build(journal);

        assertThat(built.site().files()).extracting(SiteFile::path).filteredOn(p -> p.startsWith("files/"))
                .containsExactly("files/wins/heron.jpg");
        String html = JournalFiles.text(tmp.resolve("site/2026/11/22/others/index.html"));
        assertThat(html).contains(body.strip());
        // Said as of a Markdown link that leads nowhere (and the picture from another host, as always).
        assertThat(built.warnings()).extracting(Problem::toString).filteredOn(w -> !w.contains("example.org"))
                .satisfiesExactlyInAnyOrder(
                w -> assertThat(w).startsWith("content/wins/2026-11-22-others.md:4: warning: the link to 'missing.jpg'"
                        + " leads nowhere on the site"),
                w -> assertThat(w).startsWith("content/wins/2026-11-22-others.md:4: warning: the link to"
                        + " '../../outside.jpg' leads nowhere on the site"));
    }

    @Test
    void aStaticFileAtTheSamePathIsTheCollisionError() {
        Path journal = JournalFiles.write(journal(), "static/files/wins/heron.jpg", "another heron");

        assertThatThrownBy(() -> build(journal)).isInstanceOf(JournalException.class)
                .satisfies(e -> assertThat(((JournalException) e).problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("static/files/wins/heron.jpg",
                                "has the same path on the site as content/wins/heron.jpg, a file beside the entries"
                                        + " that an entry shows. Rename or move one of them.")));
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void anUnreadableFileIsAnErrorNamingIt() throws IOException {
        Path journal = journal();
        Path heron = journal.resolve("content/wins/heron.jpg");
        heron.toFile().setReadable(false);
        Assumptions.assumeFalse(Files.isReadable(heron), "root reads every file");

        assertThatThrownBy(() -> build(journal)).isInstanceOf(JournalException.class)
                .satisfies(e -> assertThat(((JournalException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("content/wins/heron.jpg");
                            assertThat(p.message()).startsWith("cannot be read").contains("chmod u+r");
                        }));
    }

    @Test
    void anEncryptedSiteSealsThemIntoItsPagesAndPublishesNeitherTheirBytesNorTheirNames() {
        Path journal = JournalFiles.write(journal(),
                "journal.yml", "privacy:\n  encrypt: true\n  passwordFile: .password\n",
                ".password", "a long enough password\n",
                "content/wins/2026-11-22-again.md", "---\ntitle: Again\n---\nText.\n\n![a](heron.jpg) ![b](nest.png)\n",
                "content/wins/nest.png", "nest bytes");
        Smallwins smallwins = new Smallwins();

        BuildResult sealed = smallwins.render(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY));

        assertThat(sealed.site().files()).extracting(SiteFile::path)
                .noneMatch(p -> p.startsWith("files/") || p.contains("heron") || p.contains("nest"));
        assertThat(sealed.site().files()).noneMatch(f -> {
            String text = new String(f.content(), StandardCharsets.ISO_8859_1);
            return text.contains("heron bytes") || text.contains("nest bytes") || text.contains("heron.jpg")
                    || text.contains("nest.png");
        });
        // Both pictures are carried, encrypted, by the pages that show them.
        assertThat(sealed.site().files()).filteredOn(f -> new String(f.content(), StandardCharsets.UTF_8)
                .contains("data-smallwins-file=")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sealed.warnings()).noneMatch(p -> p.message().contains("beside the entries")
                || p.message().contains("leads nowhere") || p.message().contains("left out"));
        assertThat(smallwins.problems(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY)))
                .noneMatch(p -> p.message().contains("beside the entries"));
    }

    @Test
    void anEncryptedSiteSealsWhatRawHtmlShowsBesideTheEntry() {
        Path journal = JournalFiles.write(journal(),
                "journal.yml", "privacy:\n  encrypt: true\n  passwordFile: .password\n",
                ".password", "a long enough password\n",
                "content/wins/2026-11-22-sized.md", "---\ntitle: Sized\n---\nText.\n\n"
                        + "<img SRC='nest.png' width=\"300\" srcset=\"nest.png 1x, nest@2x.png 2x\">\n\n"
                        + "<video src=\"walk.mp4\" poster=\"walk.jpg\" controls></video>\n",
                "content/wins/nest.png", "nest bytes", "content/wins/nest@2x.png", "big nest bytes",
                "content/wins/walk.mp4", "walk bytes", "content/wins/walk.jpg", "poster bytes");

        BuildResult sealed = new Smallwins().render(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY));

        assertThat(sealed.site().files()).extracting(SiteFile::path)
                .noneMatch(p -> p.startsWith("files/") || p.contains("nest") || p.contains("walk"));
        assertThat(sealed.site().files()).noneMatch(f -> {
            String text = new String(f.content(), StandardCharsets.ISO_8859_1);
            return List.of("nest bytes", "poster bytes", "walk bytes", "nest.png", "nest@2x.png", "walk.mp4", "walk.jpg")
                    .stream().anyMatch(text::contains);
        });
        // The page that shows them carries all four, encrypted.
        assertThat(sealed.site().files()).extracting(f -> new String(f.content(), StandardCharsets.UTF_8))
                .anySatisfy(text -> assertThat(text.split("data-smallwins-file=", -1)).hasSize(5));
        assertThat(sealed.warnings()).isEmpty();
    }

    /** A build as the command line makes it: a new process each time, with the cache beside the output. */
    private BuildResult buildAnew(Path journal) {
        return build(journal);
    }

    @Test
    void eachBuildFromTheCommandLineFollowsThePicture() throws IOException {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                HERONS, "---\ntitle: Three herons\n---\n![The heron](heron.jpg)\n");
        Path page = tmp.resolve("site/2026/11/21/three-herons/index.html");
        Path copy = tmp.resolve("site/files/wins/heron.jpg");

        // Missing at first: the link stays as written, and the build says it leads nowhere.
        assertThat(buildAnew(journal).warnings()).extracting(Problem::message).anyMatch(m -> m.contains("leads nowhere"));
        assertThat(SiteLinks.parse(page).select("main img").attr("src")).isEqualTo("heron.jpg");

        // Added: the page, unchanged in itself, now leads to the copy.
        JournalFiles.write(journal, "content/wins/heron.jpg", "first heron");
        assertThat(buildAnew(journal).warnings()).isEmpty();
        assertThat(SiteLinks.parse(page).select("main img").attr("src")).isEqualTo("../../../../files/wins/heron.jpg");
        assertThat(text(copy)).isEqualTo("first heron");

        // Changed, at the same size: the new bytes reach the output.
        JournalFiles.write(journal, "content/wins/heron.jpg", "later heron");
        BuildResult changed = buildAnew(journal);
        assertThat(text(copy)).isEqualTo("later heron");
        assertThat(changed.written()).isEqualTo(1);

        // No entry shows it any more: the copy goes, the file in content/ stays.
        JournalFiles.write(journal, HERONS, "---\ntitle: Three herons\n---\nNo picture today.\n");
        buildAnew(journal);
        assertThat(copy).doesNotExist();
        assertThat(tmp.resolve("site/files")).doesNotExist();
        assertThat(journal.resolve("content/wins/heron.jpg")).exists();
    }

    @Test
    void rawHtmlFollowsThePictureOnceItIsPutBesideTheEntry() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                HERONS, "---\ntitle: Three herons\n---\n<img src=\"heron.jpg\" width=\"300\">\n");
        Path page = tmp.resolve("site/2026/11/21/three-herons/index.html");
        buildAnew(journal);
        assertThat(SiteLinks.parse(page).select("main img").attr("src")).isEqualTo("heron.jpg");

        // The entry is as it was; the file beside it makes its view anew.
        JournalFiles.write(journal, "content/wins/heron.jpg", "first heron");
        assertThat(buildAnew(journal).warnings()).isEmpty();
        assertThat(SiteLinks.parse(page).select("main img").attr("src")).isEqualTo("../../../../files/wins/heron.jpg");
        assertThat(text(tmp.resolve("site/files/wins/heron.jpg"))).isEqualTo("first heron");
    }

    @Test
    void thePreviewFollowsThePictureFromTheWatchersEvents() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                HERONS, "---\ntitle: Three herons\n---\n![The heron](heron.jpg)\n");
        Smallwins preview = new Smallwins();
        BuildRequest request = BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY);
        preview.render(request);
        Path heron = journal.resolve("content/wins/heron.jpg").toAbsolutePath();

        JournalFiles.write(journal, "content/wins/heron.jpg", "first heron");
        BuildResult added = preview.render(request, Set.of(heron));
        assertThat(fileOf(added, "2026/11/21/three-herons/index.html")).contains("src=\"../../../../files/wins/heron.jpg\"");
        assertThat(fileOf(added, "files/wins/heron.jpg")).isEqualTo("first heron");

        JournalFiles.write(journal, "content/wins/heron.jpg", "later heron");
        assertThat(fileOf(preview.render(request, Set.of(heron)), "files/wins/heron.jpg")).isEqualTo("later heron");

        heron.toFile().delete();
        BuildResult removed = preview.render(request, Set.of(heron));
        assertThat(fileOf(removed, "files/wins/heron.jpg")).isNull();
        assertThat(fileOf(removed, "2026/11/21/three-herons/index.html")).contains("src=\"heron.jpg\"");
    }

    private static String fileOf(BuildResult result, String path) {
        return result.site().files().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).orElse(null);
    }
}
