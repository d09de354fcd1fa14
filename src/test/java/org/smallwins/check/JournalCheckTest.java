package org.smallwins.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

class JournalCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final JournalCheck.Options PUBLISHED = new JournalCheck.Options(false, false, TODAY);

    @TempDir
    Path tmp;

    private JournalCheck.Report check(Path dir, JournalCheck.Options options) {
        return new JournalCheck().check(dir, options);
    }

    private static List<String> lines(JournalCheck.Report report) {
        return report.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theSampleJournalIsClean() {
        JournalCheck.Report report = check(JournalFiles.sampleJournal(), PUBLISHED);
        assertThat(report.errors()).as(String.join("\n", lines(report))).isZero();
        assertThat(report.entries()).isGreaterThan(10);
    }

    @Test
    void aBrokenLinkAndAMissingImageAreErrorsAtTheirLines() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "static/images/sun.svg", "<svg/>",
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nFirst line.\n\n"
                        + "See [b](2025-01-02-b.md) and [gone](../reflections/2025-01-09-gone.md).\n\n"
                        + "![Sun](/images/sun.svg) ![Moon](/images/moon.png)\n",
                "content/wins/2025-01-02-b.md", "---\ntitle: B\n---\nBack to [a](./2025-01-01-a.md#top).\n");

        JournalCheck.Report report = check(dir, PUBLISHED);

        assertThat(lines(report)).containsExactly(
                "content/wins/2025-01-01-a.md:6: the link to '../reflections/2025-01-09-gone.md' leads nowhere: there is no "
                        + "content/reflections/2025-01-09-gone.md. Check the file name (it starts with the date), and that "
                        + "'../' climbs to the right folder.",
                "content/wins/2025-01-01-a.md:8: '/images/moon.png' is not in static/: there is no static/images/moon.png. "
                        + "Put the file there, or correct the path.");
        assertThat(report.errors()).isEqualTo(2);
    }

    @Test
    void anAddressWrittenWithBackslashEscapesIsCheckedAsThePageHasIt() {
        // Some editors escape every underscore: the page links to my_walk.md all the same.
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nSee [the walk](2025-01-02-my\\_walk.md)"
                        + " and ![the view](my\\_view.png).\n",
                "content/wins/2025-01-02-my_walk.md", "---\ntitle: B\n---\n",
                "content/wins/my_view.png", "png");

        assertThat(check(dir, PUBLISHED).problems()).isEmpty();
    }

    @Test
    void anEntrysFileNamedInRawHtmlIsCheckedAsAMarkdownLinkIs() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n<p>See <a href='2025-01-02-b.md'>b</a>\nand"
                        + " <a href=\"2025-01-09-gone.md\">gone</a>.</p>\n",
                "content/wins/2025-01-02-b.md", "---\ntitle: B\n---\n");

        assertThat(lines(check(dir, PUBLISHED))).containsExactly(
                "content/wins/2025-01-01-a.md:5: the link to '2025-01-09-gone.md' leads nowhere: there is no"
                        + " content/wins/2025-01-09-gone.md. Check the file name (it starts with the date), and that"
                        + " '../' climbs to the right folder.");
    }

    @Test
    void linksToDraftsArePublishedOnlyWithDrafts() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n[d](2025-01-02-d.md) [p](2025-01-03-p.md)\n",
                "content/wins/2025-01-02-d.md", "---\ndraft: true\n---\n",
                "content/wins/2025-01-03-p.md", "---\nprivate: true\n---\n");

        assertThat(lines(check(dir, PUBLISHED))).satisfiesExactly(
                l -> assertThat(l).startsWith("content/wins/2025-01-01-a.md:4: ").contains("a draft"),
                l -> assertThat(l).startsWith("content/wins/2025-01-01-a.md:4: ").contains("a private entry"));
        // As build --private: private entries only on an encrypted site.
        assertThat(lines(check(dir, new JournalCheck.Options(true, true, TODAY)))).singleElement()
                .asString().startsWith("journal.yml: privacy: private entries are published only on an encrypted site.");
        JournalFiles.write(dir, "journal.yml", "privacy:\n  encrypt: true\n  passwordFile: .password\n",
                ".password", "a long enough password\n");
        assertThat(check(dir, new JournalCheck.Options(true, true, TODAY)).problems()).isEmpty();
    }

    @Test
    void whatOnlyABuildFindsIsFoundToo() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA walk.\n",
                "themes/default/templates/tags.ftlh", "<p>${noSuchThing}</p>\n",
                "static/robots.txt", "User-agent: *\n");

        List<String> found = lines(check(dir, PUBLISHED));

        assertThat(found).anySatisfy(l -> assertThat(l).startsWith("static/robots.txt: has the same path as a page"));
        assertThat(found).anySatisfy(l -> assertThat(l).startsWith("themes/default/templates/tags.ftlh:1:")
                .contains("noSuchThing"));
        assertThat(check(dir, PUBLISHED).errors()).isEqualTo(found.size());
    }

    @Test
    void linesMeantToHideAnEntryThatWouldNotAreErrorsAsInABuild() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\ndrfat: true\n---\nA walk.\n",
                "content/wins/2025-01-02-b.md", "---\ntitle: B\npublishDate: 2026-11-25\n---\nTea.\n",
                "content/wins/2025-01-03-c.md", "---\ntitle: C\npublished: false\n---\nNot yet.\n");

        JournalCheck.Report report = check(dir, PUBLISHED);

        assertThat(lines(report)).extracting(l -> l.substring(0, l.indexOf(": '"))).containsExactly(
                "content/wins/2025-01-01-a.md:3: drfat", "content/wins/2025-01-02-b.md:3: publishDate");
        assertThat(report.errors()).isEqualTo(2);
    }

    @Test
    void anEncryptedJournalWithoutItsPasswordIsAProblem() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "journal.yml", "privacy:\n  encrypt: true\n  passwordFile: .nope\n",
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA walk.\n");

        assertThat(lines(check(dir, PUBLISHED))).singleElement().asString()
                .startsWith("journal.yml:").contains("privacy.passwordFile").contains(".nope");
    }

    @Test
    void aDayNoJournalHasIsTheOneProblem() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA walk.\n");

        assertThat(lines(check(dir, new JournalCheck.Options(false, false, LocalDate.of(1800, 1, 1)))))
                .containsExactly("today: '1800-01-01' is not a day a journal can have: use one from 1900 to 2999,"
                        + " like 2025-03-14.");
    }

    @Test
    void aLinkToAnEntryWithItsOwnProblemSaysSo() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n[b](2025-01-02-b.md)\n",
                "content/wins/2025-01-02-b.md", "---\nmood: 9\n---\n");

        assertThat(lines(check(dir, PUBLISHED))).satisfiesExactly(
                l -> assertThat(l).startsWith("content/wins/2025-01-01-a.md:4: ").contains("a problem of its own"),
                l -> assertThat(l).startsWith("content/wins/2025-01-02-b.md:2: mood: '9' is not allowed"));
    }

    @Test
    void relativeImagesBesideTheEntryArePublishedWithItAndMustExist() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/walk/index.md", "---\ntitle: Walk\ndate: 2025-01-01\n---\n![here](photo.jpg)\n![gone](missing.jpg)\n",
                "content/wins/walk/photo.jpg", "jpeg");

        JournalCheck.Report report = check(dir, PUBLISHED);

        // The photo beside the entry (a page bundle, as Hugo has them) is published with it: nothing to say.
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("there is no content/wins/walk/missing.jpg")
                    .contains("beside the entry, or in static/");
        });
    }

    @Test
    void rawHtmlPicturesBesideTheEntryAreCheckedAsMarkdownOnesAre() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/walk/index.md", "---\ntitle: Walk\ndate: 2025-01-01\n---\n"
                        + "<img src=\"photo.jpg\" width=\"300\">\n\n"
                        + "<img srcset=\"photo.jpg 1x,\n photo@2x.jpg 2x\">\n\n"
                        + "<video poster='.hidden.jpg' src=\"walk.mp4\"></video>\n\n"
                        + "<a href=\"../2025-01-02-b.md\">b</a> <img src=\"/nowhere.png\"> <img data=\"gone.jpg\">\n",
                "content/wins/walk/photo.jpg", "jpeg", "content/wins/walk/walk.mp4", "mp4",
                "content/wins/walk/.hidden.jpg", "hidden", "content/wins/2025-01-02-b.md", "---\ntitle: B\n---\n");

        JournalCheck.Report report = check(dir, PUBLISHED);

        // The files beside the entry are published with it, the entry linked is on the site; what raw
        // HTML leaves as written is not judged.
        assertThat(report.problems()).satisfiesExactly(
                p -> {
                    assertThat(p.isError()).isTrue();
                    assertThat(p.line()).isEqualTo(8);
                    assertThat(p.message()).startsWith("'photo@2x.jpg' leads nowhere")
                            .contains("there is no content/wins/walk/photo@2x.jpg");
                },
                p -> {
                    assertThat(p.isError()).isFalse();
                    assertThat(p.line()).isEqualTo(10);
                    assertThat(p.message()).startsWith("'.hidden.jpg' is there").contains("hidden");
                });
    }

    @Test
    void aPictureMostBrowsersDoNotShowIsTheBuildsWarningAndNoError() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\nThe river.\n\n![The river](IMG_2041.heic)\n\n"
                        + "<img src=\"scan.TIF\"> and [the scan](scan.TIF)\n",
                "content/wins/IMG_2041.heic", "heic", "content/wins/scan.TIF", "tiff");

        JournalCheck.Report report = check(dir, PUBLISHED);

        assertThat(lines(report)).satisfiesExactly(
                line -> assertThat(line).startsWith("content/wins/2025-01-01-walk.md:6: warning: the picture"
                        + " 'IMG_2041.heic' is HEIC").contains("Settings > Camera > Formats > Most Compatible"),
                line -> assertThat(line).startsWith("content/wins/2025-01-01-walk.md:8: warning: the picture"
                        + " 'scan.TIF' is TIFF").endsWith("and write 'scan.jpg' instead."));
        assertThat(report.errors()).isZero();
    }

    @Test
    void aPictureMostBrowsersDoNotShowIsSaidBesideAMissingOneOnItsLine() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\n![a](IMG_2041.heic) ![b](missing.jpg)\n",
                "content/wins/IMG_2041.heic", "heic");

        assertThat(lines(check(dir, PUBLISHED))).satisfiesExactlyInAnyOrder(
                line -> assertThat(line).startsWith("content/wins/2025-01-01-walk.md:4: 'missing.jpg' leads nowhere"),
                line -> assertThat(line).startsWith("content/wins/2025-01-01-walk.md:4: warning: the picture"
                        + " 'IMG_2041.heic' is HEIC"));
    }

    @Test
    void anUnknownGoalIsAnErrorInCheck() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/goals/2025-01-01-walk.md", "---\nid: walk-outside\n---\n",
                "content/wins/2025-01-02-a.md", "---\ntitle: A\ngoal: [walk-outside, swim]\n---\n");

        assertThat(check(dir, PUBLISHED).problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.toString()).startsWith("content/wins/2025-01-02-a.md:3: goal: no goal has the id 'swim'")
                    .endsWith("Fix the id, or add the goal with: smallwins new goal \"...\"");
        });
    }

    @Test
    void aWinNamingADraftGoalIsAWarningInCheckThatSaysHowToIncludeIt() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/goals/2025-01-01-dg.md", "---\nid: dg\ndraft: true\n---\n",
                "content/wins/2025-01-02-a.md", "---\ntitle: A\ngoal: dg\n---\n");

        assertThat(check(dir, PUBLISHED).problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.toString()).startsWith("content/wins/2025-01-02-a.md:3: warning: goal: the goal 'dg' is a draft"
                    + " (content/goals/2025-01-01-dg.md), left out of this build").contains("--drafts")
                    .doesNotContain("smallwins new goal");
        });
        assertThat(check(dir, new JournalCheck.Options(true, false, TODAY)).problems()).isEmpty();
    }

    @Test
    void webLinksAnchorsAndSitePagesAreFine() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\ntags: [walk]\n---\n[w](https://example.org) [m](mailto:a@b.c) [h](#notes) "
                        + "[t](/tags/walk/) [tl](/timeline/2025/index.html) [home](/) [e](/2025/01/01/a/) [css](/assets/style.css)\n"
                        + "[ref]: /wins/index.html\n");

        assertThat(check(dir, PUBLISHED).problems()).isEmpty();
    }

    @Test
    void anAddressToAnotherHostWrittenWithCharacterReferencesIsNoBrokenLinkAndItsPrivacyWarningIsSaid() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "static/images/sun.svg", "<svg/>",
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n![a](&#104;ttps://example.org/a.png)\n\n"
                        + "![b](ht&Tab;tps://example.org/b.png)\n\n![Sun](/images/sun&#46;svg)\n");

        JournalCheck.Report report = check(dir, PUBLISHED);

        assertThat(report.errors()).as(String.join("\n", lines(report))).isZero();
        assertThat(lines(report))
                .anySatisfy(line -> assertThat(line).startsWith("content/wins/2025-01-01-a.md:4: warning:"
                        + " 'https://example.org/a.png' is loaded from example.org"))
                .anySatisfy(line -> assertThat(line).startsWith("content/wins/2025-01-01-a.md:6: warning:"
                        + " 'https://example.org/b.png' is loaded from example.org"));
    }

    @Test
    void frontMatterAndSettingsProblemsComeSortedByFileAndLine() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "journal.yml", "timezon: Europe/London\n",
                "content/wins/2025-01-02-b.md", "---\ntitle: B\ndate: someday\n---\n",
                "content/wins/2025-01-01-a.md", "---\ntitle: A\nmood: 9\nsize: huge\n---\n[x](nowhere.md)\n");

        List<String> lines = lines(check(dir, PUBLISHED));

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("content/wins/2025-01-01-a.md:3: mood:");
        assertThat(lines.get(1)).startsWith("content/wins/2025-01-01-a.md:4: size:");
        assertThat(lines.get(2)).startsWith("content/wins/2025-01-01-a.md:6: the link to 'nowhere.md'");
        assertThat(lines.get(3)).startsWith("content/wins/2025-01-02-b.md:3: date:");
        assertThat(lines.get(4)).startsWith("journal.yml:1: timezon: is not a setting");
    }

    @Test
    void percentEncodedAndRootRelativeEntryLinksResolve() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "static/my images/a b.png", "png",
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n[b](/reflections/2025-01-02-b.md) ![x](/my%20images/a%20b.png)\n",
                "content/reflections/2025-01-02-b.md", "---\ntitle: B\n---\n[out](../../outside.md) [c](2025-01-03-café.md)\n",
                // The accent a mark of its own (NFD), as macOS may keep a name; the link has 'é' (NFC).
                "content/reflections/2025-01-03-" + Normalizer.normalize("café", Normalizer.Form.NFD)
                        + ".md", "---\ntitle: C\n---\n");

        assertThat(lines(check(dir, PUBLISHED))).singleElement().asString()
                .startsWith("content/reflections/2025-01-02-b.md:4: the link to '../../outside.md' climbs out of the content folder");
    }

    @Test
    void decodeKeepsMalformedEscapes() {
        assertThat(LinkCheck.decode("a%20b")).isEqualTo("a b");
        assertThat(LinkCheck.decode("caf%C3%A9")).isEqualTo("café");
        assertThat(LinkCheck.decode("100%")).isEqualTo("100%");
        assertThat(LinkCheck.decode("%zz🌱")).isEqualTo("%zz🌱");
    }

    @Test
    void aMissingFolderIsAProblemNotAnEmptyJournal() {
        Assertions.assertThatThrownBy(() -> check(tmp.resolve("nope"), PUBLISHED))
                .isInstanceOf(JournalException.class).hasMessageContaining("is not a folder");
    }

    @Test
    void linksInAnEntryWithAFrontMatterErrorAreCheckedToo() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\nmood: 9\n---\n\n![x](/images/x.png)\n");

        assertThat(lines(check(dir, PUBLISHED))).satisfiesExactly(
                l -> assertThat(l).startsWith("content/wins/2025-01-01-a.md:3: mood:"),
                l -> assertThat(l).startsWith("content/wins/2025-01-01-a.md:6: '/images/x.png' is not in static/"));
    }

    @Test
    void bodyTextFindsTheBodyLikeTheLoader() {
        assertThat(BodyText.split("---\na: 1\n---\nbody\n")).contains(new BodyText("body\n", 4));
        assertThat(BodyText.split("no front matter")).contains(new BodyText("no front matter", 1));
        assertThat(BodyText.split("---\na: 1\n")).isEmpty();
    }

    @Test
    void linksToTheSitesOwnPagesAreCheckedAgainstThePagesABuildMakes() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "journal.yml", "title: T\ntimezone: UTC\n",
                "content/wins/2025-03-01-walk.md", "---\ntags: [walk]\n---\nWalked.\n",
                "content/goals/2025-03-02-move.md", "---\nid: move\n---\nMove.\n",
                "content/wins/2025-03-07-l.md", "---\ntitle: L\n---\n"
                        + "[s](/support/) [p](/progress/) [g](/goals/) [q](/search/?q=walk) [m](/milestones/#top)\n\n"
                        + "[w](/tags/walk/) [e](/2025/03/01/walk/) [tl](/timeline/2025/) [r](/progress/2025/) [gm](/goals/move/)\n\n"
                        + "[t](/tags/nosuchtag/) [y](/2025/13/99/nothing/) [x](/goals/nosuch/) [old](/progress/2019/)\n\n"
                        + "[rel](../support/) [ok](../../../../tags/walk/)\n");

        JournalCheck.Report report = check(dir, new JournalCheck.Options(false, false, LocalDate.of(2025, 4, 1)));

        assertThat(lines(report)).containsExactly(
                "content/wins/2025-03-07-l.md:8: '/2025/13/99/nothing/' leads to a page the site does not have: no entry on "
                        + "the site has that page. An entry's page is '/YYYY/MM/DD/name/', from its date and the file name "
                        + "after the date; link to its file instead ('../wins/2025-06-27-first-walk.md'), which always leads "
                        + "to the right page.",
                "content/wins/2025-03-07-l.md:8: '/goals/nosuch/' leads to a page the site does not have: no goal on the "
                        + "site has an id that makes 'nosuch'. Check it against the goals page, '/goals/'.",
                "content/wins/2025-03-07-l.md:8: '/progress/2019/' leads to a page the site does not have: there is a review "
                        + "for each year from the first entry's to this year's, at '/progress/YYYY/'.",
                "content/wins/2025-03-07-l.md:8: '/tags/nosuchtag/' leads to a page the site does not have: no entry on the "
                        + "site has the tag 'nosuchtag'. Check the spelling against the tags page, '/tags/'.",
                "content/wins/2025-03-07-l.md:10: '../support/' leads nowhere on the site: a relative link starts from this "
                        + "entry's page (/2025/03/07/l/), so it leads to /2025/03/07/support/. To link to /support/, write "
                        + "'/support/'.");
    }

    @Test
    void pagesJournalYmlDisablesAreNotThere() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "journal.yml", "title: T\ntimezone: UTC\ndisable: [search, progress]\n",
                "content/wins/2025-03-07-l.md", "---\ntitle: L\n---\n[s](/support/) [g](/goals/) [q](/search/) [p](/progress/)\n");

        JournalCheck.Report report = check(dir, new JournalCheck.Options(false, false, LocalDate.of(2025, 4, 1)));

        assertThat(lines(report)).containsExactly(
                "content/wins/2025-03-07-l.md:4: '/progress/' leads to a page the site does not have: the progress pages "
                        + "(progress, year reviews, milestones, a page per goal) are left out, as journal.yml says "
                        + "('disable: [progress]').",
                "content/wins/2025-03-07-l.md:4: '/search/' leads to a page the site does not have: the search page is "
                        + "left out, as journal.yml says ('disable: [search]').");
    }

    @Test
    void anImageWhosePathHasASpaceInAngleBracketsIsChecked() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "static/images/my photo.jpg", "jpeg",
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n![p](</images/my photo.jpg>)\n\n"
                        + "![q](</images/no photo.jpg>)\n");

        assertThat(lines(check(dir, PUBLISHED))).singleElement().asString()
                .startsWith("content/wins/2025-01-01-a.md:6: '/images/no photo.jpg' is not in static/");
    }
}
