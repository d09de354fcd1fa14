package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;

/**
 * What editors, file managers and note apps write beside the entries (swap files, probes, safe-save
 * copies, .DS_Store, an .obsidian or .trash folder) is no change to the journal, as in Hugo's server
 * and Jekyll's --watch: it neither rebuilds the preview nor shows up as an entry.
 */
class EditorsAndHiddenFilesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String ENTRY = "content/wins/2025-03-01-tea.md";

    @TempDir
    Path tmp;

    /** What editors write beside an entry while it is open or being saved. */
    static final String[] EDITORS_FILES = {
        "4913",                                  // Vim: may I write in this folder?
        ".2025-03-01-tea.md.swp", ".2025-03-01-tea.md.swx", "2025-03-01-tea.md~",
        ".#2025-03-01-tea.md", "#2025-03-01-tea.md#", // Emacs
        "2025-03-01-tea.md___jb_tmp___", "2025-03-01-tea.md___jb_old___", "2025-03-01-tea.md___jb_bak___",
        ".2025-03-01-tea.md.kate-swp", ".DS_Store", ".goutputstream-ABC123"};

    private Path journal() {
        return JournalFiles.write(tmp.resolve("journal"), ENTRY, "---\ntitle: Tea\n---\nFirst cup.\n");
    }

    /**
     * The changes the watcher reports while {@code writes} run, then an edit of the entry: events
     * come in order, so once the entry's is seen, any for what {@code writes} wrote was seen too.
     */
    private List<Path> changesWhile(Path journal, Writes writes) throws Exception {
        List<Path> changes = new CopyOnWriteArrayList<>();
        Path entry = journal.resolve(ENTRY);
        try (JournalWatcher watcher = new JournalWatcher(journal, changes::add)) {
            writes.run();
            Files.writeString(entry, "---\ntitle: Tea\n---\nSecond cup.\n");
            long until = System.nanoTime() + 15_000_000_000L;
            while (!changes.contains(entry) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
        }
        assertThat(changes).as("the entry's own edit").contains(entry);
        return new ArrayList<>(changes);
    }

    @FunctionalInterface
    interface Writes {
        void run() throws Exception;
    }

    @Test
    void whatEditorsWriteBesideAnEntryIsNoChange() throws Exception {
        Path journal = journal();
        Path wins = journal.resolve("content/wins");
        List<Path> changes = changesWhile(journal, () -> {
            for (String name : EDITORS_FILES) {
                Files.writeString(wins.resolve(name), "halfway");
                Files.writeString(wins.resolve(name), "halfway, and more");
                Files.delete(wins.resolve(name));
            }
        });

        assertThat(changes).containsOnly(journal.resolve(ENTRY));
    }

    @Test
    void whatEditorsLeaveBehindIsNotAnEntryNorWarnedOf() throws Exception {
        Path journal = journal();
        for (String name : EDITORS_FILES) {
            // As a crash or an editor still open leaves them, Markdown inside.
            Files.writeString(journal.resolve("content/wins").resolve(name), "---\ntitle: Tea\n---\nHalf a cup.\n");
        }

        BuildResult result = new Smallwins().render(BuildRequest.of(journal, tmp.resolve("public")).withToday(TODAY));

        assertThat(result.journal().entries()).hasSize(1);
        assertThat(result.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/wins/4913", "content/wins/2025-03-01-tea.md___jb_tmp___",
        "content/wins/2025-03-01-tea.md___jb_old___", "content/wins/2025-03-01-tea.md___jb_bak___",
        "content/wins/.DS_Store", "static/.DS_Store", "themes/quiet/.DS_Store", "content/.2025-03-01-tea.md.swx",
        "static/images/4913", "journal.yml___jb_tmp___", "content/wins/#notes.md"})
    void whatEditorsAndFileManagersWriteIsNoChangeToTheJournal(String path) throws Exception {
        Path journal = journal();
        assertThat(JournalWatcher.matters(journal, journal.resolve(path))).as(path).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/.obsidian/workspace.json", "content/.trash/2025-03-01-tea.md",
        "content/.git/objects/ab/cdef", "content/wins/.thumbnails/tea.png", "content/#old#/2025-01-01-a.md",
        "content/drafts~/2025-01-01-a.md", "content/lost+found/2025-01-01-a.md", "static/.cache/x.png",
        "themes/quiet/.git/HEAD", ".git/index", ".obsidian", "content/.obsidian"})
    void whatIsInAHiddenFolderIsNoChangeToTheJournal(String path) throws Exception {
        Path journal = journal();
        assertThat(JournalWatcher.matters(journal, journal.resolve(path))).as(path).isFalse();
    }

    @Test
    void filesInHiddenFoldersOfContentAreNoChange() throws Exception {
        Path journal = JournalFiles.write(journal(), "content/.obsidian/workspace.json", "{}",
                "content/wins/.thumbnails/tea.png", "thumbnail");
        List<Path> changes = changesWhile(journal, () -> {
            Files.writeString(journal.resolve("content/.obsidian/workspace.json"), "{\"open\": \"tea\"}");
            Files.writeString(journal.resolve("content/wins/.thumbnails/tea.png"), "another thumbnail");
            // A note app's bin, made while serving, with an entry thrown away in it.
            Files.createDirectories(journal.resolve("content/.trash/wins"));
            Files.writeString(journal.resolve("content/.trash/wins/2025-02-01-old.md"), "---\ntitle: Old\n---\n");
        });

        assertThat(changes).containsOnly(journal.resolve(ENTRY));
    }

    @Test
    void hiddenFoldersAndBuiltSitesAreNotWatchedButTheJournalsOtherFoldersAre() throws Exception {
        Path journal = JournalFiles.write(journal(), "content/.obsidian/plugins/x/main.js", "",
                "content/wins/.thumbnails/tea.png", "", "content/#old#/a.md", "", "static/.well-known/security.txt", "",
                "static/images/tea.png", "", "themes/quiet/.git/HEAD", "", "themes/quiet/layouts/page.ftl", "",
                ".git/objects/ab/cdef", "", "public/.smallwins-output", "# Made by Smallwins.\n", "public/2025/index.html", "",
                "notes/ideas.txt", "");
        List<Path> folders = new ArrayList<>();
        JournalWatcher.visit(journal, Map.of(journal, journal), journal, folder -> folders.add(journal.relativize(folder)), file -> { });

        assertThat(folders).extracting(Path::toString).containsExactlyInAnyOrder("", "content", "content/wins",
                "static", "static/images", "themes", "themes/quiet", "themes/quiet/layouts", "notes");
    }

    @Test
    void aBigHiddenFolderCostsNoWatches() throws Exception {
        // Linux says in /proc how many folders each of the process's inotify instances watches.
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")) && inotifyWatches() >= 0);
        Path journal = journal();
        for (int i = 0; i < 40; i++) {
            Files.createDirectories(journal.resolve("content/.git/objects/" + i));
            Files.createDirectories(journal.resolve(".git/objects/" + i));
        }
        long before = inotifyWatches();
        try (JournalWatcher watcher = new JournalWatcher(journal, changed -> { })) {
            // The journal folder, content/ and content/wins/.
            assertThat(inotifyWatches() - before).isEqualTo(3);
        }
    }

    private static long inotifyWatches() throws Exception {
        long watches = 0;
        try (var descriptors = Files.list(Path.of("/proc/self/fdinfo"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    watches += Files.readAllLines(descriptor).stream().filter(line -> line.startsWith("inotify wd:")).count();
                } catch (IOException closedMeanwhile) {
                    // Another thread's file, closed since the listing: it watched nothing of ours.
                }
            }
        }
        return watches;
    }
}
