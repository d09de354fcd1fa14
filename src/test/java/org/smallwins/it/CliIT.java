package org.smallwins.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.SiteLinks;
import org.smallwins.markdown.FlexmarkRecompiledTest;
import org.smallwins.privacy.EncryptedJournal;
import org.smallwins.write.OutputLock;

/** The command line as a user meets it: the real jar, real folders, exit codes and messages. */
class CliIT {
    @TempDir
    Path tmp;

    @Test
    void helpListsTheCommands() throws Exception {
        Cli.Run run = Cli.run(tmp, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: smallwins").contains("build");
    }

    @Test
    void theJarHoldsTheFlexmarkClassesCompiledFromSource() throws Exception {
        try (JarFile jar = new JarFile(Cli.jar().toFile())) {
            for (String name : FlexmarkRecompiledTest.RECOMPILED) {
                JarEntry entry = jar.getJarEntry(name.replace('.', '/') + ".class");
                assertThat(entry).as(name).isNotNull();
                try (InputStream in = jar.getInputStream(entry)) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).as(name)
                            .doesNotContain(FlexmarkRecompiledTest.INDY_CONCAT);
                }
            }
        }
    }

    @Test
    void aBuildThatRunsOutOfMemorySaysSoInWordsWithoutAStackTrace() throws Exception {
        // An entry under the size limit, on a heap far too small for it: what a small machine meets.
        StringBuilder body = new StringBuilder("---\ntitle: Long\n---\n");
        while (body.length() < 7_000_000) {
            body.append("Walked to the corner and back, slowly, and made tea after.\n\n");
        }
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-01-01-long.md", body.toString());

        Cli.Run run = Cli.exec(journal, List.of(Cli.java(), "-Xmx48m", "-jar", Cli.jar().toString(), "build", ".",
                "--output", tmp.resolve("site").toString()), Map.of());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("smallwins: ran out of memory: Java may use at most ")
                .contains("JAVA_TOOL_OPTIONS=-Xmx2g").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void buildsTheSampleJournalIntoABrowsableSite() throws Exception {
        Path out = tmp.resolve("site");
        Cli.Run run = Cli.run(JournalFiles.sampleJournal(), "build", ".", "--output", out.toString(), "--today", "2026-11-24");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Built \\d+ entries into .* in \\d+ ms");
        assertThat(out.resolve("index.html")).exists();
        assertThat(SiteLinks.broken(out)).isEmpty();
        assertThat(SiteLinks.externalRequests(out)).isEmpty();
        // The sketch beside its entry is published with it, and the entry's picture shows it.
        assertThat(out.resolve("files/wins/heron-sketch.svg"))
                .hasSameBinaryContentAs(JournalFiles.sampleJournal().resolve("content/wins/heron-sketch.svg"));
        assertThat(SiteLinks.parse(out.resolve("2026/06/20/a-heron-sketch/index.html")).select("main img").attr("src"))
                .isEqualTo("../../../../files/wins/heron-sketch.svg");
        // The built-in theme's assets, read out of the jar, as they are in themes/default/assets.
        Path assets = Path.of("themes/default/assets");
        try (Stream<Path> files = Files.walk(assets)) {
            List<Path> theme = files.filter(Files::isRegularFile).toList();
            assertThat(theme).isNotEmpty();
            for (Path file : theme) {
                assertThat(out.resolve("assets").resolve(assets.relativize(file).toString())).hasSameBinaryContentAs(file);
            }
        }
    }

    @Test
    void newInAFolderThatIsNoJournalNamesTheFolderAndSaysHowToStartOnce() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty folder"));
        Cli.Run run = Cli.run(empty, "new", "win", "Walk");

        assertThat(run.exitCode()).isEqualTo(1);
        // The folder by its full path, not ".", and no "1 problem to fix." after the one reason.
        assertThat(run.err().lines()).containsExactly(empty.toRealPath() + ": is not a journal folder yet (it has no "
                + "journal.yml and no content/ folder). Start one with 'smallwins init', or point at your journal with --dir.");
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void privateEntriesOnASiteWithoutEncryptionAreRefusedWithWhatToDo() throws Exception {
        Path out = tmp.resolve("site");
        Cli.Run run = Cli.run(JournalFiles.sampleJournal(), "build", ".", "--private", "--output", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("only on an encrypted site").contains("encrypt: true")
                .contains("without --private").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPasswordInTheEnvironmentIsNoCauseForComplaintOnAJournalThatDoesNotEncrypt() throws Exception {
        // It may be set for another journal of the same shell: only a program's withPassword asks for encryption.
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Small wins\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Morning walk\n---\nA walk.\n");
        Path out = tmp.resolve("site");
        Cli.Run run = Cli.run(journal, Map.of("SMALLWINS_PASSWORD", "four calm words here"), "build", "--output",
                out.toString(), "--today", "2025-06-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("encrypt");
        assertThat(JournalFiles.text(out.resolve("index.html"))).contains("Morning walk");
    }

    @Test
    void anEncryptedBuildTakesThePasswordFromTheEnvironmentAndIncludesPrivateEntries() throws Exception {
        Path journal = EncryptedJournal.copy(tmp.resolve("journal"), null);
        Path out = tmp.resolve("site");
        Cli.Run run = Cli.run(journal, Map.of("SMALLWINS_PASSWORD", "four calm words here"), "build", "--private",
                "--output", out.toString(), "--today", "2026-11-24");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("images/sunrise.svg").doesNotContain("shorter than");
        String home = JournalFiles.text(out.resolve("index.html"));
        assertThat(home).contains("smallwins-sealed").doesNotContain("Coffee with Sam");
        assertThat(out.resolve("2025")).doesNotExist();

        Cli.Run noPassword = Cli.run(journal, Map.of(), "build", "--output", tmp.resolve("other").toString());
        assertThat(noPassword.exitCode()).isEqualTo(1);
        assertThat(noPassword.err()).contains("SMALLWINS_PASSWORD");
    }

    @Test
    void brokenJournalExitsOneListingEveryBadFileWithoutAStackTrace() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\nmood: 9\n---\n",
                "content/wins/2025-01-02-b.md", "---\ntitle: B\ndate: someday\n---\n",
                "content/wins/2025-01-03-c.md", "---\ntitle: [unclosed\n---\n",
                "content/wins/2025-01-04-d.md", "---\ntitle: D\n---\nFine.\n");
        Path out = tmp.resolve("site");

        Cli.Run run = Cli.run(journal, "build", "--output", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/wins/2025-01-01-a.md:3: mood:")
                .contains("content/wins/2025-01-02-b.md:3: date: 'someday' is not a date")
                .contains("content/wins/2025-01-03-c.md:")
                .contains("3 problems to fix; nothing was written.")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAnOutputFolderHoldingSomeoneElsesFiles() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n");
        Path out = JournalFiles.write(tmp.resolve("documents"), "taxes-2024.pdf", "precious");

        Cli.Run run = Cli.run(journal, "build", "--output", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("holds files Smallwins did not make (taxes-2024.pdf)");
        assertThat(out.resolve("taxes-2024.pdf")).hasContent("precious");
        assertThat(out.resolve("index.html")).doesNotExist();
        // Nothing beside it either: no lock, no cache, no staging folder next to the user's folder.
        try (var beside = Files.list(tmp)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("journal", "documents");
        }
    }

    @Test
    void aBuildWhileAnotherProcessWritesTheSameSiteSaysSoAndLeavesItAlone() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n");
        Path out = tmp.resolve("site");

        try (OutputLock otherBuild = OutputLock.acquire(out)) {
            Cli.Run run = Cli.run(journal, "build", "--output", out.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("site: another Smallwins build is writing this site right now")
                    .contains("Wait for it to finish, then build again.").doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
        assertThat(Cli.run(journal, "build", "--output", out.toString()).exitCode()).isZero();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void refusesToBuildIntoTheJournalItself() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n");
        Cli.Run run = Cli.run(journal, "build", "--output", ".");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is the journal folder itself");
        assertThat(journal.resolve("content/wins/2025-01-01-a.md")).exists();
    }

    @Test
    void aMistypedJournalFolderIsACommandLineMistakeWithWhatToDoAndCreatesNothing() throws Exception {
        Cli.Run run = Cli.run(tmp, "build", "jornal");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("jornal: is not a folder").contains("smallwins init").doesNotContain("Exception");
        assertThat(tmp.resolve("jornal")).doesNotExist();
    }

    @Test
    void sourceDateEpochFixesTodayAndTheOutputIsReproducible() throws Exception {
        Path journal = JournalFiles.sampleJournal();
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1767225600"); // 2026-01-01T00:00:00Z
        Cli.Run first = Cli.run(journal, env, "build", ".", "--output", tmp.resolve("a").toString());
        Cli.Run second = Cli.run(journal, env, "build", ".", "--output", tmp.resolve("b").toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(Files.readString(tmp.resolve("a/index.html"), StandardCharsets.UTF_8)).contains("1 January 2026");
        Map<String, byte[]> a = JournalFiles.read(tmp.resolve("a"));
        Map<String, byte[]> b = JournalFiles.read(tmp.resolve("b"));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aSourceDateEpochThatPutsEntriesAfterTodayIsNamedOnceInEachCommand() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Mine\n",
                "content/wins/2025-03-14-walk.md", "---\ntitle: Walk\n---\nOut.\n",
                "content/wins/2025-03-15-tea.md", "---\ntitle: Tea\n---\nWarm.\n");
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "315532800"); // 1980-01-01, as nix-shell sets it

        for (String command : List.of("build", "check", "stats")) {
            Cli.Run run = Cli.run(journal, env, command);
            assertThat(run.exitCode()).as(run.err()).isZero();
            // check reports on standard output; build and stats warn on standard error.
            assertThat(run.out() + run.err()).as(command).contains("SOURCE_DATE_EPOCH: warning: is set (to 315532800), so today is"
                    + " taken to be 1980-01-01").contains("and 2 entries are after it").contains("unset SOURCE_DATE_EPOCH");
        }
        Cli.Run fixed = Cli.run(journal, env, "check", "--today", "1980-01-01");
        assertThat(fixed.out() + fixed.err()).contains("after today (1980-01-01)").doesNotContain("SOURCE_DATE_EPOCH");
    }

    @Test
    void newWritesTheTimeOfSourceDateEpochInTheJournalsZoneSoTheNewWinIsTheLatest() throws Exception {
        Path journal = tmp.resolve("journal");
        Cli.Run init = Cli.run(tmp, "init", "journal", "--today", "2026-01-01", "--timezone", "Europe/Berlin");
        assertThat(init.exitCode()).as(init.err()).isZero();
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1767271500"); // 2026-01-01T12:45:00Z, 13:45 in Berlin

        Cli.Run made = Cli.run(journal, env, "new", "win", "Drank a glass of water");
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out().strip()).isEqualTo("content/wins/2026-01-01-drank-a-glass-of-water.md");
        assertThat(JournalFiles.text(journal.resolve(made.out().strip()))).contains("\ndate: 2026-01-01 13:45\n");

        // Beside init's welcome win of the same day, dated only by the day, the new one is the latest.
        Cli.Run stats = Cli.run(journal, env, "stats");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("Your latest win: “Drank a glass of water”");
    }

    @Test
    void aBadTodayIsAUsageErrorWithAHint() throws Exception {
        Cli.Run run = Cli.run(tmp, "build", "--today", "tomorrow");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--today tomorrow is not a date: write it as YYYY-MM-DD, like 2025-03-14.");
    }

    @Test
    void aSecondBuildWithNoChangeRewritesNothing() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n");
        Cli.run(journal, "build", "--today", "2025-01-02");
        Cli.Run again = Cli.run(journal, "build", "--today", "2025-01-02");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("(0 written,");
    }

    @Test
    void aHeicPhotoAnEntryShowsIsAWarningAtItsLineAndTheBuildStillSucceeds() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\nBy the river.\n\n![The river](IMG_2041.heic)\n",
                "content/wins/IMG_2041.heic", "heic");
        for (int build = 1; build <= 2; build++) {
            // The second build takes the entry's page from the cache, and says the warning all the same.
            Cli.Run run = Cli.run(journal, "build", "--today", "2025-01-02");
            assertThat(run.exitCode()).as("build %d", build).isZero();
            assertThat(run.err()).as("build %d", build).contains("content/wins/2025-01-01-walk.md:6: warning: the"
                    + " picture 'IMG_2041.heic' is HEIC, as an iPhone saves photos: HEIC pictures show only in Safari;"
                    + " most browsers show nothing in its place. Save it as JPEG (on an iPhone: Settings > Camera >"
                    + " Formats > Most Compatible; or export the photo as JPEG) and write 'IMG_2041.jpg' instead.")
                    .doesNotContain("Exception");
        }
        assertThat(journal.resolve("public/files/wins/IMG_2041.heic")).exists();
    }
}
