package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.smallwins.JournalFiles.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

/** The whole pipeline on small journals: what a writer sees when building, and when something is wrong. */
class SmallwinsBuildTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path tmp;

    private BuildResult build(Path journal) {
        return new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY));
    }

    private static List<Problem> problemsOf(Runnable build) {
        try {
            build.run();
        } catch (JournalException e) {
            return e.problems();
        }
        throw new AssertionError("the build should have failed");
    }

    @Test
    void sampleJournalBuildsWithWorkingLinksAndNoOutsideRequests() {
        BuildResult result = new Smallwins().build(
                BuildRequest.of(JournalFiles.sampleJournal(), tmp.resolve("site")).withToday(TODAY));
        Path site = tmp.resolve("site");

        assertThat(result.journal().entries()).hasSizeGreaterThan(50);
        assertThat(result.warnings()).isEmpty();
        assertThat(site.resolve("index.html")).exists();
        assertThat(site.resolve("robots.txt")).hasContent("User-agent: *\nDisallow: /");
        assertThat(site.resolve("404.html")).exists();
        assertThat(SiteLinks.broken(site)).isEmpty();
        assertThat(SiteLinks.externalRequests(site)).isEmpty();
        for (Path page : SiteLinks.pages(site)) {
            Document doc = SiteLinks.parse(page);
            assertThat(doc.select("meta[name=robots]").attr("content")).as(page.toString()).contains("noindex");
            // A link followed out of a private journal must not tell the other site the page's address.
            assertThat(doc.select("meta[name=referrer]").attr("content")).as(page.toString()).isEqualTo("no-referrer");
        }
    }

    @Test
    void anEntryTaggedTwiceInTwoCasesIsOnItsTagPageOnce() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-03-02-tea-outside.md", "---\ntitle: Tea outside\ntags: [Walk, walk]\n---\nTea.\n");

        build(journal);

        Document tagPage = SiteLinks.parse(tmp.resolve("site/tags/walk/index.html"));
        assertThat(tagPage.select("main a[href*=tea-outside]")).hasSize(1);
        assertThat(tagPage.select(".page-header__meta").text()).contains("1 entry");
        Document entryPage = SiteLinks.parse(tmp.resolve("site/2025/03/02/tea-outside/index.html"));
        assertThat(entryPage.select("main a[href*=tags/walk]")).hasSize(1);
    }

    /** A journal of {@code walks} wins on 10 to 19 March 2025 (up to 10), whose entry pages use {@code template}. */
    private Path walksWithEntryTemplate(int walks, String template) {
        String[] files = new String[2 * walks + 2];
        for (int i = 0; i < walks; i++) {
            files[2 * i] = "content/wins/2025-03-1" + i + "-walk.md";
            files[2 * i + 1] = "---\ntitle: Walk " + i + "\n---\nA walk.\n";
        }
        files[2 * walks] = "themes/default/templates/entry.ftlh";
        files[2 * walks + 1] = template;
        return JournalFiles.write(tmp.resolve("journal"), files);
    }

    @Test
    void aTemplateThatCannotBeParsedIsOneProblemWithItsLineHoweverManyPagesUseIt() {
        Path journal = walksWithEntryTemplate(10, "<p>fine</p>\n<#if>broken\n");

        List<Problem> problems = problemsOf(() -> build(journal));

        // Pages after the first got FreeMarker's "error ... on an earlier attempt; see cause exception".
        assertThat(problems).extracting(Problem::toString).containsExactly("themes/default/templates/entry.ftlh:2:2:"
                + " the template cannot be read: #if is an existing directive, but the tag is malformed. "
                + " (See FreeMarker Manual / Directive Reference.)");
    }

    @Test
    void anIfLeftOpenInACopiedTemplateIsOneShortProblemAtTheIf() throws IOException {
        String entry;
        try (var in = SmallwinsBuildTest.class.getResourceAsStream("/themes/default/templates/entry.ftlh")) {
            entry = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = new ArrayList<>(entry.lines().toList());
        lines.set(6, "<h1 class=\"entry__title\"><#if entry.title>${entry.title}</h1>");
        Path journal = walksWithEntryTemplate(2, String.join("\n", lines) + "\n");

        List<Problem> problems = problemsOf(() -> build(journal));

        // FreeMarker gives up at </@layout.page>, the last line, and lists the fifty tokens it would have taken.
        assertThat(problems).extracting(Problem::toString).containsExactly("themes/default/templates/entry.ftlh:7:26:"
                + " the template cannot be read: <#if> is not closed: FreeMarker reached </@layout.page> on line "
                + lines.size() + " with it still open. Add its </#if> where it should end.");
    }

    @Test
    void aTemplateMistakeOnEveryPageIsOneProblemSayingHowManyPagesAndWhatToDo() {
        Path journal = walksWithEntryTemplate(3, "<p>\n${entry.nothingHere}</p>\n");

        List<Problem> problems = problemsOf(() -> build(journal));

        assertThat(problems).extracting(Problem::toString).containsExactly("themes/default/templates/entry.ftlh:2:"
                + " failed while rendering 2025/03/10/walk/index.html and 2 other pages: The following has evaluated"
                + " to null or missing: entry.nothingHere. If it may be missing, give a default (${x!\"\"}) or test it"
                + " first (<#if x??>)");
    }

    @Test
    void printingAHashSaysSoWithoutJavasNamesForIt() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-03-10-walk.md", "---\ntitle: Walk\n---\nA walk.\n",
                "themes/default/templates/entry.ftlh", "<p>\n${site}</p>\n");

        List<Problem> problems = problemsOf(() -> build(journal));

        assertThat(problems).extracting(Problem::toString).singleElement().asString()
                .startsWith("themes/default/templates/entry.ftlh:2: failed while rendering 2025/03/10/walk/index.html: ")
                .contains("evaluated to an extended_hash").contains("site")
                .doesNotContain("wrapped into").doesNotContain("f.t.");
    }

    @Test
    void templatesThatIncludeEachOtherWithoutEndAreAProblemNotACrash() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-03-10-walk.md", "---\ntitle: Walk\n---\nA walk.\n",
                "themes/default/templates/loop.ftlh", "<#include \"loop.ftlh\">\n",
                "themes/default/templates/entry.ftlh", "<p>entry</p>\n<#include \"loop.ftlh\">\n");

        List<Problem> problems = problemsOf(() -> build(journal));

        assertThat(problems).extracting(Problem::toString).containsExactly("themes/default/templates/entry.ftlh:"
                + " rendering 2025/03/10/walk/index.html went round in a loop: a template includes or imports itself,"
                + " or macros call each other, without end. Look at the <#include>, <#import> and macro calls this"
                + " template leads to.");
    }

    @Test
    void aBrokenOrMissingFileATemplateImportsIsNamedWithItsLine() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-03-10-walk.md", "---\ntitle: Walk\ntags: [walk]\n---\nA walk.\n",
                "themes/default/templates/mymacros.ftlh", "<#macro hello>\nHi ${site.title\n</#macro>\n",
                "themes/default/templates/entry.ftlh", "<#import \"mymacros.ftlh\" as my>\n<@my.hello/>\n",
                "themes/default/templates/tag.ftlh", "<p>tag</p>\n<#include \"nosuch.ftlh\">\n");

        List<Problem> problems = problemsOf(() -> build(journal));

        assertThat(problems).extracting(Problem::toString)
                .contains("themes/default/templates/mymacros.ftlh:2:4: the template cannot be read: the ${ here has no"
                        + " closing }: FreeMarker read on to \"/\" on line 3, where it does not belong. Add the } where the"
                        + " expression ends.")
                .contains("themes/default/templates/tag.ftlh:2: imports or includes 'nosuch.ftlh', which the theme does not"
                        + " have (looked for in themes/default/templates/ and the built-in theme). Add the file to"
                        + " themes/default/templates/, or correct the name.")
                .noneMatch(p -> p.endsWith(":"));
    }

    @Test
    void aTemplateReachingOutOfTheThemeThroughALinkIsAProblemWithItsFile() throws IOException {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-03-10-walk.md", "---\ntitle: Walk\n---\nA walk.\n",
                "secret.txt", "not for the site\n",
                "themes/default/templates/entry.ftlh", "<p>entry</p>\n<#include \"link.ftlh\">\n");
        Files.createSymbolicLink(journal.resolve("themes/default/templates/link.ftlh"), journal.resolve("secret.txt"));

        List<Problem> problems = problemsOf(() -> build(journal));

        assertThat(problems).extracting(Problem::toString).singleElement().asString()
                .startsWith("themes/default/templates/entry.ftlh:").contains("cannot use a file outside the theme")
                .contains("inside themes/default/templates/");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void sameInputAndTodayGiveByteIdenticalSites() {
        Path journal = JournalFiles.sampleJournal();
        new Smallwins().build(BuildRequest.of(journal, tmp.resolve("a")).withToday(TODAY));
        new Smallwins().build(BuildRequest.of(journal, tmp.resolve("b")).withToday(TODAY));
        Map<String, byte[]> a = JournalFiles.read(tmp.resolve("a"));
        Map<String, byte[]> b = JournalFiles.read(tmp.resolve("b"));
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void reportsEveryBadFileInOneRunWithLineAndField() throws IOException {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/broken-yaml.md", "---\ntitle: ok\ntags: [a, b\nmood: 3\n---\nbody\n",
                "content/wins/bad-date.md", "---\ntitle: Bad date\ndate: 2025-13-45\n---\nbody\n",
                "content/wins/2025-01-01-mood.md", "---\ntitle: Mood\nmood: 9\n---\nbody\n",
                "content/wins/2025-01-02-type.md", "---\ntitle: Type\ntype: victory\n---\nbody\n",
                "content/wins/2025-01-03-same.md", "---\ntitle: Same\n---\none\n",
                "content/reflections/2025-01-03-same.md", "---\ntitle: Same again\n---\ntwo\n",
                "content/wins/2025-01-04-fine.md", "---\ntitle: Fine\n---\nfine\n",
                "content/wins/2025-01-06-deep.md", "---\ntitle: Deep\n---\nIntro.\n\n" + ">".repeat(200) + " deep\n");
        Files.write(journal.resolve("content/wins/2025-01-05-latin1.md"),
                "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));

        List<Problem> problems = problemsOf(() -> build(journal));

        assertThat(problems).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                        .startsWith("content/wins/broken-yaml.md:3: tags: ").contains("YAML").contains("Close it with ']'"))
                .anySatisfy(p -> assertThat(p).startsWith("content/wins/bad-date.md:3: date: '2025-13-45' is not a date"))
                .anySatisfy(p -> assertThat(p).startsWith("content/wins/2025-01-01-mood.md:3: mood: '9' is not allowed")
                        .contains("1 to 5"))
                .anySatisfy(p -> assertThat(p).startsWith("content/wins/2025-01-02-type.md:3: type: 'victory' is not a type"))
                .anySatisfy(p -> assertThat(p).contains("2025-01-03-same.md").contains("same URL"))
                .anySatisfy(p -> assertThat(p).startsWith("content/wins/2025-01-05-latin1.md:2: ").contains("UTF-8"))
                // A body error of an entry that loaded, in the same run as the others' front-matter errors.
                .anySatisfy(p -> assertThat(p).startsWith("content/wins/2025-01-06-deep.md:6: the text is nested more than 100 levels"));
        assertThat(problems).allMatch(Problem::isError);
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void aTemplateThatDoesNotParseIsReportedInTheSameRunAsTheEntriesErrors() throws IOException {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/bad-date.md", "---\ntitle: Bad date\ndate: 2025-13-45\n---\nbody\n",
                "content/wins/2025-01-04-fine.md", "---\ntitle: Fine\n---\nfine\n",
                "themes/default/templates/home.ftlh", "<#if true>\nnever closed\n",
                "elsewhere.txt", "not in static/\n");
        Files.createDirectories(journal.resolve("static"));
        Files.createSymbolicLink(journal.resolve("static/link.txt"), journal.resolve("elsewhere.txt"));

        List<Problem> built = problemsOf(() -> build(journal));
        List<Problem> checked = new Smallwins().problems(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY));

        for (List<Problem> problems : List.of(built, checked)) {
            assertThat(problems).extracting(Problem::toString)
                    .anySatisfy(p -> assertThat(p).startsWith("content/wins/bad-date.md:3: date: '2025-13-45' is not a date"))
                    .anySatisfy(p -> assertThat(p).startsWith("themes/default/templates/home.ftlh:1:").contains("<#if> is not closed"))
                    .anySatisfy(p -> assertThat(p).startsWith("static/link.txt: warning: is a symbolic link"));
        }
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void bodiesNestedTooDeeplyAreEachAnErrorOnTheirLineNotAStackOverflow() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-06-deep.md", "---\ntitle: Deep\n---\nIntro.\n\n" + ">".repeat(5_000) + " deep\n",
                "content/wins/2025-01-07-list.md", "---\ntitle: List\n---\n" + deepList(120),
                "content/wins/2025-01-08-fine.md", "---\ntitle: Fine\n---\nfine\n");

        List<Problem> problems = problemsOf(() -> build(journal));

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "content/wins/2025-01-06-deep.md:6: the text is nested more than 100 levels deep (quotes in quotes,"
                        + " lists in lists or emphasis in emphasis). Remove the extra '>', indentation or '*' marks.",
                "content/wins/2025-01-07-list.md:53: the text is nested more than 100 levels deep (quotes in quotes,"
                        + " lists in lists or emphasis in emphasis). Remove the extra '>', indentation or '*' marks.");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    private static String deepList(int levels) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            list.append("  ".repeat(i)).append("- x\n");
        }
        return list.toString();
    }

    @Test
    void aRestingGoalWithNoRunSaysItIsRestingNotThatSomethingWasNotCounted() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "journal.yml", "title: Goals\ntimezone: UTC\n",
                "content/goals/2025-01-06-swim.md", "---\ntitle: Swim weekly\nid: swim\ncadence: weekly\n"
                        + "target: 1\nstatus: paused\n---\nWhen the pool opens again.\n",
                "content/wins/2025-01-07-walk.md", "---\ntitle: Walk\n---\nOut.\n");

        build(journal);

        Document goal = SiteLinks.parse(tmp.resolve("site/goals/swim/index.html"));
        assertThat(goal.select(".stat").eachText())
                .contains("In a row at the end Resting for now")
                .noneMatch(text -> text.contains("Not counted"));
    }

    @Test
    void aTodayNoJournalCanHaveIsRefusedBeforeAnythingIsMade() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-07-walk.md", "---\ntitle: Walk\n---\nOut.\n");

        List<Problem> problems = problemsOf(() -> new Smallwins().build(
                BuildRequest.of(journal, tmp.resolve("site")).withToday(LocalDate.of(9999, 1, 1))));

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "today: '9999-01-01' is not a day a journal can have: use one from 1900 to 2999, like 2025-03-14.");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\nA walk.\n");
        build(journal);
        Path page = tmp.resolve("site/2025/01/01/walk/index.html");
        FileTime before = Files.getLastModifiedTime(page);
        Map<String, byte[]> site = JournalFiles.read(tmp.resolve("site"));

        JournalFiles.write(journal, "content/wins/2025-01-02-broken.md", "---\nmood: loud\n---\n");
        assertThatThrownBy(() -> build(journal)).isInstanceOf(JournalException.class);

        Map<String, byte[]> after = JournalFiles.read(tmp.resolve("site"));
        assertThat(after.keySet()).isEqualTo(site.keySet());
        site.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        assertThat(Files.getLastModifiedTime(page)).isEqualTo(before);
    }

    @Test
    void aJournalFolderThatIsNotThereIsAnErrorAndNothingIsCreated() {
        Path missing = tmp.resolve("typo");

        assertThatThrownBy(() -> new Smallwins().build(BuildRequest.of(missing, missing.resolve("public"))))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("typo")
                .hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> new Smallwins().render(BuildRequest.of(missing, tmp.resolve("site"))))
                .isInstanceOf(JournalException.class);
        assertThat(missing).doesNotExist();
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void draftsAndPrivateEntriesStayOutUnlessAskedFor() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-public.md", "---\ntitle: Public\n---\n",
                "content/wins/2025-01-02-draft.md", "---\ntitle: Draft\ndraft: true\n---\n",
                "content/wins/2025-01-03-private.md", "---\ntitle: Private\nprivate: true\n---\n",
                // Private entries are published only on an encrypted site (SealedSiteTest.privateEntriesNeedEncryption).
                "journal.yml", "privacy:\n  encrypt: true\n  passwordFile: .password\n",
                ".password", "a long enough password\n");
        Smallwins smallwins = new Smallwins();
        BuildRequest request = BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY);

        assertThat(smallwins.render(request).journal().entries()).extracting(e -> e.title()).containsExactly("Public");
        assertThat(smallwins.render(request.withDrafts(true)).journal().entries()).extracting(e -> e.title())
                .containsExactly("Public", "Draft");
        assertThat(smallwins.render(request.withPrivate(true)).journal().entries()).extracting(e -> e.title())
                .containsExactly("Public", "Private");
        BuildResult built = smallwins.build(request);
        assertThat(built.site().files()).noneMatch(f -> f.path().contains("draft") || f.path().contains("private"));
    }

    @Test
    void aJekyllPostWithPublishedFalseIsLeftOutOfTheSite() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-public.md", "---\ntitle: Public\npublished: true\n---\n",
                "content/wins/2025-01-02-unsent.md", "---\ntitle: Unsent letter\npublished: false\n---\nDear Mum\n");

        BuildResult built = build(journal);

        assertThat(built.journal().entries()).extracting(e -> e.title()).containsExactly("Public");
        assertThat(built.warnings()).isEmpty();
        assertThat(built.site().files()).noneMatch(f -> f.path().contains("unsent"));
    }

    @Test
    void anEntryWhoseLineMeansToHideItButWouldNotRefusesTheBuildNamingEachLine() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-public.md", "---\ntitle: Public\n---\n",
                "content/wins/2025-01-02-slip.md", "---\ntitle: Slip\nPrivate: true\n---\nvery private\n",
                "content/wins/2025-01-03-hugo.md", "---\ntitle: Hugo\nheadless: true\n---\n",
                "content/wins/2025-01-04-later.md", "---\ntitle: Later\npublishDate: 2026-12-01\n---\n",
                "content/wins/2025-01-05-gone.md", "---\ntitle: Gone\nexpiryDate: 2026-11-24\n---\n");

        List<Problem> problems = problemsOf(() -> build(journal));

        assertThat(problems).allMatch(Problem::isError).extracting(Problem::path, Problem::line, Problem::field)
                .containsExactly(
                        tuple("content/wins/2025-01-02-slip.md", 3, "Private"),
                        tuple("content/wins/2025-01-03-hugo.md", 3, "headless"),
                        tuple("content/wins/2025-01-04-later.md", 3, "publishDate"),
                        tuple("content/wins/2025-01-05-gone.md", 3, "expiryDate"));
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void aStaticFileOrThemeAssetWithALineBreakInItsNameIsLeftOutWithAWarningAndLaterBuildsStillRun() throws IOException {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "journal.yml", "title: Names\ntimezone: UTC\n",
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\ndate: 2025-03-14\n---\nOutside.\n",
                "static/two\nlines.txt", "static",
                "themes/default/assets/odd\nname.css", "theme");

        BuildResult first = build(journal);
        BuildResult second = build(journal);

        assertThat(first.warnings()).extracting(Problem::path)
                .containsExactly("static/two\nlines.txt", "themes/default/assets/odd\nname.css");
        assertThat(second.warnings()).hasSize(2);
        assertThat(tmp.resolve("site/two\nlines.txt")).doesNotExist();
        assertThat(tmp.resolve("site/index.html")).exists();
    }

    @Test
    void aThemeAssetThatIsASymbolicLinkIsLeftOutWithAWarningAsAStaticOneIs() throws IOException {
        Path secret = Files.writeString(tmp.resolve("diary.txt"), "not for the site");
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\n---\nOutside.\n",
                "themes/default/assets/extra.css", "p { color: teal; }\n");
        Files.createSymbolicLink(journal.resolve("themes/default/assets/notes.txt"), secret);

        BuildResult built = build(journal);

        // Published as it was, readable even on an encrypted site: the file it pointed to, anywhere on the disk.
        assertThat(tmp.resolve("site/assets/notes.txt")).doesNotExist();
        assertThat(tmp.resolve("site/assets/extra.css")).exists();
        assertThat(built.warnings()).extracting(Problem::toString).containsExactly("themes/default/assets/notes.txt:"
                + " warning: is a symbolic link and was not copied: put the real file in the theme's assets/.");
    }

    @Test
    void journalThemeOverridesTheBuiltInOneFileByFile() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\nA walk.\n",
                "themes/default/templates/entry.ftlh", "<p class=\"mine\">${entry.title}</p>\n",
                "themes/default/assets/extra.css", "p { color: teal; }\n");
        build(journal);

        assertThat(text(tmp.resolve("site/2025/01/01/walk/index.html"))).isEqualTo("<p class=\"mine\">Walk</p>\n");
        assertThat(text(tmp.resolve("site/index.html"))).contains("Walk").contains("<html");
        assertThat(tmp.resolve("site/assets/extra.css")).hasContent("p { color: teal; }");
        assertThat(tmp.resolve("site/assets/style.css")).exists();
    }

    @Test
    void listPagesShowTheThemesOwnCardRenderedOncePerEntryWithLinksFromEachPage() throws IOException {
        String card = Files.readString(Path.of("themes/default/templates/entry-card.ftlh"));
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\ntags: [outside]\n---\nA walk.\n",
                "themes/default/templates/entry-card.ftlh",
                card.replace("<h3 class=\"card__title\"", "<h3 class=\"card__title mine\""));
        build(journal);

        String mine = "<h3 class=\"card__title mine\"><a href=\"../../2025/01/01/walk/index.html\">Walk</a></h3>";
        assertThat(text(tmp.resolve("site/tags/outside/index.html"))).contains(mine);
        assertThat(text(tmp.resolve("site/timeline/2025/index.html"))).contains(mine);
        assertThat(text(tmp.resolve("site/wins/2025/index.html"))).contains(mine);
        // The same entry's card one folder up links one step less far back.
        assertThat(text(tmp.resolve("site/timeline/index.html")))
                .contains("<h3 class=\"card__title mine\"><a href=\"../2025/01/01/walk/index.html\">Walk</a></h3>");
    }

    @Test
    void anErrorInTheCardNamesTheCardTemplateAndLine() throws IOException {
        String card = Files.readString(Path.of("themes/default/templates/entry-card.ftlh"));
        String broken = card.replace("<h3 class=\"card__title\"", "${entry.nothingHere}<h3 class=\"card__title\"");
        int line = (int) broken.substring(0, broken.indexOf("nothingHere")).chars().filter(c -> c == '\n').count() + 1;
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\n",
                "themes/default/templates/entry-card.ftlh", broken);

        List<Problem> problems = problemsOf(() -> build(journal));

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).isEqualTo("themes/default/templates/entry-card.ftlh");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("missing: entry.nothingHere");
        });
        // Said once for the card, with the first page it failed on and how many more.
        assertThat(problems).singleElement().extracting(Problem::message).asString()
                .startsWith("failed while rendering index.html and 4 other pages: ");
    }

    @Test
    void templateErrorNamesTheTemplateFileAndLine() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\n",
                "themes/default/templates/entry.ftlh", "<p>\n${entry.nothingHere}</p>\n");

        List<Problem> problems = problemsOf(() -> build(journal));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("themes/default/templates/entry.ftlh");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("2025/01/01/walk/index.html").contains("missing: entry.nothingHere");
        });
    }

    @Test
    void unknownThemeIsAnErrorInTheSettings() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "journal.yml", "title: T\ntheme: sparkle\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\n");

        assertThat(problemsOf(() -> build(journal))).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("journal.yml").contains("theme").contains("themes/sparkle/"));
    }

    @Test
    void linksToOtherEntriesAndSiteAbsolutePathsBecomeRelative() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\nSee [later](../notes/2025-02-01-later.md#top) "
                        + "and ![sun](/images/sun.svg) and [missing](nope.md).\n",
                "content/notes/2025-02-01-later.md", "---\ntitle: Later\n---\nLater.\n",
                "static/images/sun.svg", "<svg/>");
        BuildResult result = build(journal);

        Document page = SiteLinks.parse(tmp.resolve("site/2025/01/01/walk/index.html"));
        assertThat(page.select("a:contains(later)").attr("href")).isEqualTo("../../../../2025/02/01/later/index.html#top");
        assertThat(page.select("img[alt=sun]").attr("src")).isEqualTo("../../../../images/sun.svg");
        assertThat(result.warnings()).extracting(Problem::toString)
                .containsExactly("content/wins/2025-01-01-walk.md:4: warning: the link to 'nope.md' does not lead to a "
                        + "published entry (it is missing, a draft or private). The page shows its text, linked to nowhere.");
    }

    @Test
    void aLinkToAPrivateEntryDoesNotPublishItsFileName() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-03-01-walk.md", "---\ntitle: Walk\n---\nAfter [that day](../setbacks/2025-02-27-relapse.md)"
                        + " and [a draft](2025-02-28-plan.md#top).\n",
                "content/setbacks/2025-02-27-relapse.md", "---\ntitle: Relapse\nprivate: true\n---\nHard.\n",
                "content/wins/2025-02-28-plan.md", "---\ntitle: Plan\ndraft: true\n---\nLater.\n");
        build(journal);

        // The public page named the private entry's date and title: href="../setbacks/2025-02-27-relapse.md".
        Document page = SiteLinks.parse(tmp.resolve("site/2025/03/01/walk/index.html"));
        assertThat(page.select("a:contains(that day)").attr("href")).isEqualTo("#");
        assertThat(page.select("a:contains(a draft)").attr("href")).isEqualTo("#");
        assertThat(page.outerHtml()).doesNotContain("relapse").doesNotContain("plan.md");
    }

    @Test
    void prettyLinksDropIndexHtml() throws IOException {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "journal.yml", "prettyLinks: true\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\n");
        build(journal);

        Document home = SiteLinks.parse(tmp.resolve("site/index.html"));
        assertThat(home.select("a[href]")).extracting(a -> a.attr("href")).contains("2025/01/01/walk/", "timeline/");
        // Every link on every page, the site title's and the 404 page's included.
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(tmp.resolve("site"))) {
            files.filter(f -> f.toString().endsWith(".html")).sorted().forEach(f -> pages.add(tmp.resolve("site").relativize(f).toString()));
        }
        assertThat(pages).contains("404.html", "index.html", "timeline/index.html");
        for (String page : pages) {
            assertThat(SiteLinks.parse(tmp.resolve("site").resolve(page)).select("a[href]"))
                    .extracting(a -> a.attr("href").replaceAll("#.*", ""))
                    .as(page).noneMatch(href -> href.endsWith("index.html"));
        }
        assertThat(SiteLinks.parse(tmp.resolve("site/404.html")).select("main a[href]")).extracting(a -> a.attr("href"))
                .containsExactly("/", "/timeline/", "/tags/");
    }

    @Test
    void aStaticFileMayNotReplaceAGeneratedPage() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\n",
                "static/index.html", "<p>mine</p>");

        assertThat(problemsOf(() -> build(journal))).extracting(Problem::toString)
                .containsExactly("static/index.html: has the same path as a page or theme file Smallwins makes. Rename or move it.");
    }

    @Test
    void anEmptyJournalStillBuildsAWelcomingSite() {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Fresh start\n");
        BuildResult result = build(journal);

        assertThat(result.journal().entries()).isEmpty();
        assertThat(text(tmp.resolve("site/index.html"))).contains("Fresh start");
        assertThat(tmp.resolve("site/timeline/index.html")).exists();
        assertThat(tmp.resolve("site/wins/index.html")).exists();
        assertThat(SiteLinks.broken(tmp.resolve("site"))).isEmpty();
    }

    @Test
    void aFolderWithNothingOfAJournalIsRefusedWithNothingWritten() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("downloads"));
        List<Problem> problems = problemsOf(() -> build(folder));

        assertThat(problems).extracting(Problem::toString).containsExactly(folder.toAbsolutePath() + ": "
                + "is not a journal folder: it has no journal.yml, no content/ folder and no entries. If your journal"
                + " is in another folder, pass that folder instead; to start one here, run 'smallwins init'.");
        assertThat(tmp.resolve("site")).doesNotExist();
        assertThat(folder).isEmptyDirectory();
        // A journal that starts empty, with its journal.yml or its content/ folder, gets no such word.
        assertThat(build(JournalFiles.write(tmp.resolve("fresh"), "journal.yml", "title: Fresh start\n")).warnings()).isEmpty();
        Path withContent = Files.createDirectories(tmp.resolve("with-content/content"));
        assertThat(build(withContent.getParent()).warnings()).isEmpty();
        // Notes in a folder without content/ are a journal of their own (read from the folder itself).
        assertThat(build(JournalFiles.write(tmp.resolve("notes"), "2025-01-02-walk.md", "---\ntitle: Walk\n---\n"))
                .journal().entries()).hasSize(1);
    }

    @Test
    void timelineHasOnePagePerYearNewestFirst() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2024-05-01-a.md", "---\ntitle: Old win\n---\n",
                "content/wins/2025-01-01-b.md", "---\ntitle: January win\n---\n",
                "content/setbacks/2025-03-01-c.md", "---\ntitle: March setback\n---\n");
        build(journal);

        Document y2025 = SiteLinks.parse(tmp.resolve("site/timeline/2025/index.html"));
        assertThat(y2025.text()).contains("January win", "March setback").doesNotContain("Old win");
        assertThat(y2025.text().indexOf("March setback")).isLessThan(y2025.text().indexOf("January win"));
        assertThat(SiteLinks.parse(tmp.resolve("site/timeline/2024/index.html")).text()).contains("Old win");
        assertThat(text(tmp.resolve("site/timeline/index.html"))).contains("March setback");
        assertThat(SiteLinks.parse(tmp.resolve("site/setbacks/index.html")).text())
                .contains("March setback").doesNotContain("January win");
        assertThat(tmp.resolve("site/wins/2024/index.html")).exists();
    }

    @Test
    void tagsAreOnePageEachWhateverTheirCase() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\ntags: [Walk, outside]\n---\n",
                "content/wins/2025-01-02-b.md", "---\ntitle: B\ntags: walk\n---\n");
        build(journal);

        assertThat(SiteLinks.parse(tmp.resolve("site/tags/walk/index.html")).text()).contains("A", "B");
        assertThat(SiteLinks.parse(tmp.resolve("site/tags/index.html")).select("a[href*=tags/walk]")).hasSize(1);
        assertThat(tmp.resolve("site/tags/outside/index.html")).exists();
    }

    @Test
    void linksToEntriesWrittenPercentEncodedOrComposedFindTheirFiles() {
        String decomposed = Normalizer.normalize("café", Normalizer.Form.NFD);
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n[b](2025-01-02-with%20spaces.md)"
                        + " [c](2025-01-03-caf%C3%A9.md) [d](2025-01-03-café.md)\n",
                "content/wins/2025-01-02-with spaces.md", "---\ntitle: B\n---\n",
                // As macOS may keep it: the accent a mark of its own (NFD), where the links have 'é' (NFC).
                "content/wins/2025-01-03-" + decomposed + ".md", "---\ntitle: C\n---\n");

        BuildResult built = build(journal);

        assertThat(built.warnings()).isEmpty();
        Path page = tmp.resolve("site/2025/01/01/a/index.html");
        List<String> hrefs = SiteLinks.parse(page).select(".prose a").eachAttr("href");
        assertThat(hrefs).hasSize(3).first().isEqualTo("../../../../2025/01/02/with-spaces/index.html");
        assertThat(hrefs.get(1)).isEqualTo(hrefs.get(2)).endsWith("/index.html");
        assertThat(page.getParent().resolve(hrefs.get(1)).normalize()).isRegularFile();
    }

    @Test
    void linksAndPicturesWrittenWithBackslashEscapesLeadWhereThePageSays() {
        // CommonMark undoes '\\_' in an address: an editor that escapes underscores links to my_walk.md.
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nSee [the walk](2025-01-02-my\\_walk.md),"
                        + " ![the view](my\\_view.png) and [a path](/tags/a\\&b\\\\c/).\n",
                "content/wins/2025-01-02-my_walk.md", "---\ntitle: B\n---\n",
                "content/wins/my_view.png", "png");

        BuildResult built = build(journal);

        assertThat(built.warnings()).extracting(Problem::toString).singleElement().asString()
                .contains("'/tags/a&b\\c/'");
        Path page = tmp.resolve("site/2025/01/01/a/index.html");
        Document html = SiteLinks.parse(page);
        assertThat(html.select(".prose a").eachAttr("href")).containsExactly(
                "../../../../2025/01/02/my-walk/index.html", "../../../../tags/a&b\\c/");
        assertThat(html.select(".prose img").attr("src")).isEqualTo("../../../../files/wins/my_view.png");
        assertThat(tmp.resolve("site/files/wins/my_view.png")).hasContent("png");
    }

    @Test
    void anEntrysFileNamedInRawHtmlLeadsToItsPageAsInMarkdown() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nSee <a href='2025-01-02-b.md#end' class=\"x\">b</a>,"
                        + " <A HREF=../drafts/2025-01-03-d.md>d</A> and <a href=\"gone.md\">gone</a>.\n",
                "content/wins/2025-01-02-b.md", "---\ntitle: B\n---\n",
                "content/drafts/2025-01-03-d.md", "---\ntitle: D\ndraft: true\n---\n");

        BuildResult built = build(journal);

        assertThat(built.warnings()).extracting(Problem::toString).containsExactly(
                "content/wins/2025-01-01-a.md:4: warning: the link to '../drafts/2025-01-03-d.md' does not lead to a"
                        + " published entry (it is missing, a draft or private). The page shows its text, linked to nowhere.",
                "content/wins/2025-01-01-a.md:4: warning: the link to 'gone.md' does not lead to a published entry"
                        + " (it is missing, a draft or private). The page shows its text, linked to nowhere.");
        Document html = SiteLinks.parse(tmp.resolve("site/2025/01/01/a/index.html"));
        assertThat(html.select(".prose a").eachAttr("href"))
                .containsExactly("../../../../2025/01/02/b/index.html#end", "#", "#");
    }

    @Test
    void aPictureFromAnotherHostIsNamedInAWarning() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nThe view.\n\n![sun](https://pics.example.com/sun.jpg)\n");

        BuildResult built = build(journal);

        assertThat(built.warnings()).extracting(Problem::toString).containsExactly(
                "content/wins/2025-01-01-a.md:6: warning: 'https://pics.example.com/sun.jpg' is loaded from"
                        + " pics.example.com whenever the page opens, so that site learns who read it, and when; the rest"
                        + " of the site loads nothing from elsewhere. Save the file in static/images/ and write"
                        + " '/images/sun.jpg', or make it a link.");
    }

    @Test
    void sourceDateEpochBehindTheClockIsNamedOnceWhenItPutsEntriesAfterToday() {
        // nix-shell sets SOURCE_DATE_EPOCH=315532800: each entry said "after today (1980-01-01)", and nothing why.
        assertThat(Smallwins.epochWarning("315532800", LocalDate.of(1980, 1, 1), LocalDate.of(2026, 12, 4), 15))
                .hasValueSatisfying(p -> {
                    assertThat(p.isError()).isFalse();
                    assertThat(p.toString()).isEqualTo("SOURCE_DATE_EPOCH: warning: is set (to 315532800), so today is"
                            + " taken to be 1980-01-01, not 2026-12-04 as this computer's clock says, and 15 entries are"
                            + " after it. It is meant for reproducible builds; to build as of the clock, unset it (unset"
                            + " SOURCE_DATE_EPOCH), or give the day with --today.");
                });
        // A reproducible build of a journal whose entries are all on or before its day says nothing.
        assertThat(Smallwins.epochWarning("1767225600", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 4), 0)).isEmpty();
        assertThat(Smallwins.epochWarning("1798761600", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 4), 3)).isEmpty();
    }
}
