package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.Problem;

/**
 * A page that shows a file beside its entry as a picture in a format most browsers do not show (an
 * iPhone's HEIC, TIFF, a camera's raw file, PSD) has an empty space there: the build warns, naming
 * the entry's line and what to save the picture as, and still builds the site. A link to such a
 * file (which the browser downloads) is fine.
 */
class UnshownPictureBuildTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String WALK = "content/wins/2026-11-21-walk.md";
    static final String HEIC_ADVICE = "'IMG_2041.heic' is HEIC, as an iPhone saves photos: HEIC pictures show only"
            + " in Safari; most browsers show nothing in its place. Save it as JPEG (on an iPhone: Settings > Camera"
            + " > Formats > Most Compatible; or export the photo as JPEG) and write 'IMG_2041.jpg' instead.";

    @TempDir
    Path tmp;

    private Path journal(String body, String... files) {
        Path journal = JournalFiles.write(tmp.resolve("journal"), WALK, "---\ntitle: Walk\n---\n" + body);
        for (String file : files) {
            JournalFiles.write(journal, "content/wins/" + file, "picture bytes");
        }
        return journal;
    }

    private BuildResult build(Path journal) {
        return build(new Smallwins(), journal);
    }

    private BuildResult build(Smallwins smallwins, Path journal) {
        return smallwins.build(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY));
    }

    private static List<String> said(BuildResult built) {
        return built.warnings().stream().map(Problem::toString).toList();
    }

    @Test
    void aMarkdownImageOfAHeicPhotoWarnsAtItsLineAndTheSiteIsBuilt() {
        BuildResult built = build(journal("A slow walk.\n\n![The river](IMG_2041.heic)\n", "IMG_2041.heic"));

        assertThat(said(built)).containsExactly(WALK + ":6: warning: the picture " + HEIC_ADVICE);
        // Published all the same: Safari shows it, and the writer may mean it for Safari alone.
        assertThat(tmp.resolve("site/files/wins/IMG_2041.heic")).exists();
        assertThat(tmp.resolve("site/2026/11/21/walk/index.html")).exists();
    }

    @Test
    void rawHtmlPicturesWarnInAnyCaseAndEachSrcsetCandidateOnItsOwn() {
        BuildResult built = build(journal("<img src=photo.HEIC width=300>\n\n"
                        + "<picture>\n<source srcset=\"big.jpg 2x, scan.tiff 1x\">\n<img src=small.jpg alt=\"\">\n"
                        + "</picture>\n\n"
                        + "<video src=walk.mp4 poster=\"DSC_0042.NEF\" controls></video>\n\n"
                        + "<img srcset=\"cover.psd\">\n",
                "photo.HEIC", "big.jpg", "scan.tiff", "small.jpg", "walk.mp4", "DSC_0042.NEF", "cover.psd"));

        assertThat(said(built)).containsExactly(
                WALK + ":4: warning: the picture 'photo.HEIC' is HEIC, as an iPhone saves photos: HEIC pictures show"
                        + " only in Safari; most browsers show nothing in its place. Save it as JPEG (on an iPhone:"
                        + " Settings > Camera > Formats > Most Compatible; or export the photo as JPEG) and write"
                        + " 'photo.jpg' instead.",
                WALK + ":7: warning: the picture 'scan.tiff' is TIFF, as scanners and some cameras save: TIFF"
                        + " pictures show only in Safari; most browsers show nothing in its place. Export it as JPEG"
                        + " (or PNG, for a scanned page or a drawing) and write 'scan.jpg' instead.",
                WALK + ":11: warning: the picture 'DSC_0042.NEF' is a camera's raw file: browsers show nothing in"
                        + " its place. Export it as JPEG or PNG from your photo app and write 'DSC_0042.jpg' instead.",
                WALK + ":13: warning: the picture 'cover.psd' is a Photoshop file: browsers show nothing in its"
                        + " place. Export it as PNG or JPEG (in Photoshop: File > Export > Export As) and write"
                        + " 'cover.png' instead.");
    }

    @Test
    void aLinkToSuchAFileAndAPictureBrowsersShowDoNotWarn() {
        BuildResult built = build(journal("[raw](scan.tiff), <a href=\"IMG_2041.heic\">the original</a>,"
                        + " <video src=clip.mov><source src=\"clip.heic\"></video>\n\n"
                        + "![The river](IMG_2040.jpg) <img src=\"IMG_2039.JPG\">\n",
                "scan.tiff", "IMG_2041.heic", "clip.mov", "clip.heic", "IMG_2040.jpg", "IMG_2039.JPG"));

        assertThat(built.warnings()).isEmpty();
        assertThat(tmp.resolve("site/files/wins/scan.tiff")).exists();
    }

    @Test
    void aHeicPictureThatIsNotBesideTheEntryIsTheMissingFilesWarningAlone() {
        BuildResult built = build(journal("![The river](IMG_2041.heic) ![Far](https://example.org/a.heic)\n"));

        assertThat(built.warnings()).extracting(Problem::message)
                .noneMatch(message -> message.contains("is HEIC"))
                .anyMatch(message -> message.contains("IMG_2041.heic") && message.contains("leads nowhere"));
    }

    @Test
    void anImageByReferenceWarnsAtTheImageWhereverTheReferenceIsDefined() {
        BuildResult built = build(journal("[river]: IMG_2041.heic\n\nThe walk.\n\n![The river][river]\n\n"
                        + "![The bridge][bridge]\n\n[bridge]: bridge.heif\n",
                "IMG_2041.heic", "bridge.heif"));

        assertThat(said(built)).containsExactly(WALK + ":8: warning: the picture " + HEIC_ADVICE,
                WALK + ":10: warning: the picture 'bridge.heif' is HEIC, as an iPhone saves photos: HEIC pictures"
                        + " show only in Safari; most browsers show nothing in its place. Save it as JPEG (on an"
                        + " iPhone: Settings > Camera > Formats > Most Compatible; or export the photo as JPEG) and"
                        + " write 'bridge.jpg' instead.");
    }

    @Test
    void aBuildThatReusesTheCachedViewStillWarns() {
        Path journal = journal("![The river](IMG_2041.heic)\n", "IMG_2041.heic");
        List<String> first = said(build(journal));
        assertThat(first).containsExactly(WALK + ":4: warning: the picture " + HEIC_ADVICE);

        // The next command-line build, from the cache on disk.
        Smallwins next = new Smallwins();
        assertThat(said(build(next, journal))).isEqualTo(first);
        assertThat(next.lastViewsMade()).isZero();
        // And the preview's next build, from the cache in memory.
        assertThat(said(build(next, journal))).isEqualTo(first);
        assertThat(next.lastViewsMade()).isZero();
    }

    @Test
    void theWarningComesAndGoesWithTheFileBesideTheEntry() throws Exception {
        Path journal = journal("![The river](IMG_2041.heic)\n");
        assertThat(said(build(journal))).noneMatch(line -> line.contains("is HEIC"));

        JournalFiles.write(journal, "content/wins/IMG_2041.heic", "picture bytes");
        assertThat(said(build(journal))).containsExactly(WALK + ":4: warning: the picture " + HEIC_ADVICE);

        Files.delete(journal.resolve("content/wins/IMG_2041.heic"));
        assertThat(said(build(journal))).noneMatch(line -> line.contains("is HEIC"));
    }
}
