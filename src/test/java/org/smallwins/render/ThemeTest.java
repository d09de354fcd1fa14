package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.load.JournalLoader;
import org.smallwins.model.JournalSettings;
import org.smallwins.problem.Problem;
import org.smallwins.site.SiteFile;

/** The built-in theme read out of a jar, and the version that tells a rebuild its templates changed. */
class ThemeTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderOfAJarIsReadAsAFolderOnDiskIs() throws IOException {
        Path jar = tmp.resolve("theme.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            folder(out, "themes/");
            folder(out, "themes/default/");
            folder(out, "themes/default/assets/");
            file(out, "themes/default/assets/style.css", "body { color: teal; }");
            folder(out, "themes/default/assets/fonts/");
            file(out, "themes/default/assets/fonts/leaf.woff2", "leaf");
            file(out, "themes/default/assets/.DS_Store", "editor litter");
            file(out, "themes/default/assets/.hidden/kept-out.css", "hidden folder");
            file(out, "themes/default/assets-old/style.css", "a folder whose name starts the same");
            file(out, "themes/default/templates/entry.ftlh", "another folder");
        }
        Map<String, String> expected = Map.of("style.css", "body { color: teal; }", "fonts/leaf.woff2", "leaf");
        // The JVM names a folder of a jar with a slash at the end or without one, as it was asked for.
        for (String folder : new String[] {"themes/default/assets", "themes/default/assets/"}) {
            Map<String, byte[]> files = new TreeMap<>();
            Theme.readJarFolder(new URL("jar:" + jar.toUri() + "!/" + folder), files);
            Map<String, String> read = new TreeMap<>();
            files.forEach((path, bytes) -> read.put(path, new String(bytes, StandardCharsets.UTF_8)));
            assertThat(read).as(folder).isEqualTo(expected);
        }
        // The jar is closed after reading: on every system it can then be replaced.
        Files.delete(jar);
    }

    @Test
    void theVersionChangesWithTheJournalsTemplatesAndOnlyWithThem() throws IOException {
        Path journal = tmp.resolve("journal");
        JournalFiles.write(journal, "themes/default/templates/entry.ftlh", "<h1>${entry.title}</h1>\n");
        String first = Theme.load(journal, JournalSettings.defaults(), new ArrayList<>()).version();
        assertThat(Theme.load(journal, JournalSettings.defaults(), new ArrayList<>()).version()).isEqualTo(first);

        JournalFiles.write(journal, "themes/default/templates/entry.ftlh", "<h1>${entry.title}!</h1>\n");
        String edited = Theme.load(journal, JournalSettings.defaults(), new ArrayList<>()).version();
        assertThat(edited).isNotEqualTo(first);

        // The same bytes under another name are another theme.
        Files.move(journal.resolve("themes/default/templates/entry.ftlh"), journal.resolve("themes/default/templates/entry-card.ftlh"));
        assertThat(Theme.load(journal, JournalSettings.defaults(), new ArrayList<>()).version()).isNotIn(first, edited);

        Path plain = tmp.resolve("plain");
        Files.createDirectories(plain);
        assertThat(Theme.load(plain, JournalSettings.defaults(), new ArrayList<>()).version()).isNotIn(first, edited);
    }

    @Test
    void anAssetWithABackslashInItsNameIsLeftOutWithAWarningNamingIt() {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "themes/default/assets/extra\\print.css", "p {}",
                "themes/default/assets/extra.css", "a {}");
        List<Problem> problems = new ArrayList<>();

        List<SiteFile> assets = Theme.load(journal, JournalSettings.defaults(), problems).assets(problems);

        assertThat(assets).extracting(SiteFile::path).contains("assets/extra.css").noneMatch(p -> p.contains("print"));
        assertThat(problems).extracting(Problem::toString).containsExactly("themes/default/assets/extra\\print.css:"
                + " warning: has a backslash in its name, which is not portable and would change its web address, so it"
                + " was not copied: rename it.");
    }

    @Test
    void anAssetWhoseNameCannotBeReadIsAnError() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "themes/default/assets/extra.css", "a {}");
        JournalFiles.writeWithRawName(journal, "themes/default/assets/caf\\351.png", "x");
        List<Problem> problems = new ArrayList<>();

        List<SiteFile> assets = Theme.load(journal, JournalSettings.defaults(), problems).assets(problems);

        assertThat(assets).extracting(SiteFile::path).contains("assets/extra.css").noneMatch(p -> p.contains("caf"));
        assertThat(problems).extracting(Problem::path, Problem::message, Problem::isError).containsExactly(
                tuple("themes/default/assets/caf" + JournalLoader.UNREADABLE + ".png", JournalLoader.unreadableName(),
                        true));
    }

    @Test
    void aBuiltInAssetChangedByOneCallerIsWholeForTheNextBuild() {
        // The built-in theme is read once per JVM; a library caller changing the bytes of a file
        // it was handed must not change the stylesheet of every later build in that JVM.
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Mine\n");
        List<Problem> problems = new ArrayList<>();
        byte[] first = style(Theme.load(journal, JournalSettings.defaults(), problems).assets(problems));
        byte[] original = first.clone();

        first[0] = 'X';

        byte[] next = style(Theme.load(journal, JournalSettings.defaults(), problems).assets(problems));
        assertThat(Arrays.equals(next, original)).as("style.css of the next build is as built in").isTrue();
        assertThat(problems).isEmpty();
    }

    private static byte[] style(List<SiteFile> assets) {
        return assets.stream().filter(file -> file.path().equals("assets/style.css")).findFirst().orElseThrow()
                .content();
    }

    private static void folder(JarOutputStream out, String name) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.closeEntry();
    }

    private static void file(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void theBuiltInTemplatesListedAreTheThemesTemplates() throws IOException {
        try (var files = Files.list(Path.of("themes/default/templates"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .isEqualTo(Theme.BUILT_IN_TEMPLATES);
        }
    }

    @Test
    void aMisspeltFolderOrATemplateWithAnotherEndingIsSaidToBeUnread() throws IOException {
        Path theme = tmp.resolve("themes/paper");
        JournalFiles.write(theme, "template/home.ftlh", "<p>home</p>\n", "layouts/entry.ftlh", "x\n",
                "asset/paper.css", "p {}\n", "static/logo.svg", "<svg/>\n",
                "screenshots/home.png", "png\n", "README.md", "A theme.\n",
                "templates/tag.ftl", "x\n", "templates/entry.html", "x\n",
                "templates/goal.ftl", "x\n", "templates/goal.ftlh", "x\n", "templates/partial.ftl", "x\n",
                "assets/paper.css", "p {}\n");

        assertThat(Theme.unusedParts(theme, "themes/paper/")).extracting(Problem::toString).containsExactly(
                "themes/paper/asset/: warning: is not read: a theme's stylesheets, scripts and images go in"
                        + " themes/paper/assets/. Rename the folder.",
                "themes/paper/layouts/: warning: is not read: a theme's templates go in themes/paper/templates/."
                        + " Rename the folder.",
                "themes/paper/static/: warning: is not read: a theme's stylesheets, scripts and images go in"
                        + " themes/paper/assets/. Rename the folder.",
                "themes/paper/template/: warning: is not read: a theme's templates go in themes/paper/templates/."
                        + " Rename the folder.",
                "themes/paper/templates/entry.html: warning: is not read: the template is entry.ftlh (FreeMarker"
                        + " with HTML escaping). Rename the file.",
                "themes/paper/templates/tag.ftl: warning: is not read: the template is tag.ftlh (FreeMarker with"
                        + " HTML escaping). Rename the file.");
    }

    @Test
    void aTemplateNamedAlmostAsABuiltInOneThatNothingImportsIsSaidToBeUnused() throws IOException {
        Path theme = tmp.resolve("themes/paper");
        JournalFiles.write(theme, "templates/entrie.ftlh", "<p>entry</p>\n",
                "templates/tags.ftlh", "<#include \"tag2.ftlh\">\n", "templates/tag2.ftlh", "<p>a part</p>\n",
                "templates/home.ftlh", "<p>home</p>\n", "templates/home2.ftlh", "<p>an old copy</p>\n",
                "templates/page.ftlh", "<p>far from tag</p>\n");

        assertThat(Theme.unusedParts(theme, "themes/paper/")).extracting(Problem::toString).containsExactly(
                "themes/paper/templates/entrie.ftlh: warning: is not used: no page is rendered from it and no"
                        + " template imports it, so the built-in entry.ftlh is used instead. If it was meant to"
                        + " replace entry.ftlh, rename the file.");
    }

    /** Saved by some Windows editors: a leading byte order mark is no part of the template in either syntax. */
    @Test
    void aTemplateIsReadWithoutALeadingByteOrderMark() {
        Path square = JournalFiles.write(tmp.resolve("square"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA.\n",
                "themes/default/templates/home.ftlh", "\uFEFF[#ftl]\n[#if true]<p>home</p>[/#if]\n");
        Path angle = JournalFiles.write(tmp.resolve("angle"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA.\n",
                "themes/default/templates/home.ftlh", "\uFEFF<#ftl>\n<#if true><p>home</p></#if>\n");
        Path text = JournalFiles.write(tmp.resolve("text"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA.\n",
                "themes/default/templates/home.ftlh", "\uFEFF<p>home</p>\n");

        for (Path journal : List.of(square, angle, text)) {
            var result = new Smallwins().render(BuildRequest.of(journal, null).withToday(LocalDate.of(2025, 1, 2)));
            assertThat(result.warnings()).as(journal.toString()).isEmpty();
            String home = new String(result.site().file("index.html").orElseThrow().content(), StandardCharsets.UTF_8);
            assertThat(home).as(journal.toString()).isEqualTo("<p>home</p>\n");
        }
    }

    @Test
    void theSourceShownForASyntaxErrorIsReadWithoutTheByteOrderMarkToo() {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "themes/default/templates/entry.ftlh",
                "\uFEFF<p>x</p>\n");

        Theme theme = Theme.load(journal, JournalSettings.defaults(), new ArrayList<>());

        assertThat(theme.source("entry.ftlh")).isEqualTo("<p>x</p>\n");
    }

    @Test
    void aBuildSaysSoToo() {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "theme: paper\n",
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA.\n",
                "themes/paper/template/home.ftlh", "<p>home</p>\n");

        var result = new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site"))
                .withToday(LocalDate.of(2025, 1, 2)));

        assertThat(result.warnings()).extracting(Problem::toString).contains("themes/paper/template/: warning: is not"
                + " read: a theme's templates go in themes/paper/templates/. Rename the folder.");
    }

}
