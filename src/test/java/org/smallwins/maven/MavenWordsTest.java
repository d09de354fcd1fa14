package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.config.EnclosingJournal;
import org.smallwins.model.EntryType;
import org.smallwins.problem.JournalException;
import org.smallwins.scaffold.NewEntry;

/** What the core says in the command line's words, said by a Maven goal in the goals' words. */
class MavenWordsTest {
    @TempDir
    Path tmp;

    @Test
    void theCommandLinesOptionsBecomeTheGoalsParameters() {
        assertThat(MavenWords.of("Link to it once it is published, or check with --drafts."))
                .isEqualTo("Link to it once it is published, or check with -Dsmallwins.drafts=true.");
        assertThat(MavenWords.of("Check with --private if you build with it."))
                .isEqualTo("Check with -Dsmallwins.private=true if you build with it.");
        assertThat(MavenWords.of("Add one with: smallwins new goal \"...\""))
                .isEqualTo("Add one with: mvn smallwins:new -Dsmallwins.type=goal -Dsmallwins.title=\"...\"");
        assertThat(MavenWords.of("or run 'smallwins build' after each change"))
                .isEqualTo("or run 'mvn site-gen' after each change");
        assertThat(MavenWords.of("or point at your journal with --dir."))
                .isEqualTo("or point at your journal with -Dsmallwins.journalDirectory=....");
        // The goals have no init.
        assertThat(MavenWords.of("x: is not a folder. Point Smallwins at your journal folder, the one with journal.yml"
                + " and content/, or start one with 'smallwins init'.")).isEqualTo("x: is not a folder. Point Smallwins"
                + " at your journal folder (-Dsmallwins.journalDirectory=...), the one with journal.yml and content/, or"
                + " start one with a journal.yml and a content/ folder beside the pom.xml (the command line's 'smallwins"
                + " init' writes both).");
        assertThat(MavenWords.of("If your journal is in another folder, pass that folder instead; to start one here,"
                + " run 'smallwins init'.")).doesNotContain("run 'smallwins init'").contains("add a journal.yml");
        assertThat(MavenWords.of("content/wins/a.md:3: mood: '9' is not allowed")).as("nothing to change")
                .isEqualTo("content/wins/a.md:3: mood: '9' is not allowed");
    }

    @Test
    void theCoresRealMessagesAreSaidInTheGoalsWords() throws IOException {
        // Private entries without encryption: the core's message names --private.
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\nprivate: true\n---\nA.\n");
        JournalException refused = catchThrowableOfType(() -> new Smallwins().build(BuildRequest.of(journal,
                journal.resolve("public")).withPrivate(true).withToday(LocalDate.of(2025, 1, 2))), JournalException.class);
        assertThat(refused.getMessage()).contains("--private");
        assertThat(JournalProblems.failure(new SystemStreamLog(), refused.problems(), "nothing was written", null).getMessage())
                .contains("-Dsmallwins.private=true").doesNotContain("--private");

        // A new entry in a folder that is no journal: the core's message names --dir.
        Path notAJournal = Files.createDirectories(tmp.resolve("nowhere"));
        JournalException nowhere = catchThrowableOfType(() -> NewEntry.create(new NewEntry.Request(
                notAJournal, EntryType.WIN, "Tea", List.of(), null, List.of(), null,
                LocalDate.of(2025, 1, 2))), JournalException.class);
        assertThat(nowhere.getMessage()).contains("--dir");
        assertThat(JournalProblems.failure(new SystemStreamLog(), nowhere.problems(), "no entry was made", null).getMessage())
                .contains("-Dsmallwins.journalDirectory=").doesNotContain("--dir")
                .doesNotContain("Start one with 'smallwins init'").contains("Start one with a journal.yml");
    }

    @Test
    void aGoalRunInsideTheJournalOrMakingADraftSaysWhatToTypeIntoMaven() throws IOException {
        // mvn org.smallwins:...:new in content/: the core says to run "the command" in the journal's folder.
        String inside = MavenWords.of(EnclosingJournal.problem(tmp.resolve("j/content"),
                tmp.resolve("j")));
        assertThat(inside).doesNotContain("Run the command in that folder")
                .endsWith("Run Maven in that folder, or give it with -Dsmallwins.journalDirectory=....");

        // An archetype that marks entries drafts: the core names the command line's serve --drafts.
        Path journal = JournalFiles.write(tmp.resolve("drafty"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA.\n",
                "archetypes/win.md", "---\ntitle: {{title}}\ndate: {{date}}\ndraft: true\n---\n");
        NewEntry.Result made = NewEntry.create(new NewEntry.Request(journal, EntryType.WIN, "Tea", List.of(), null,
                List.of(), null, LocalDate.of(2025, 1, 2)));
        String draft = made.warnings().stream().map(MavenWords::of).filter(w -> w.contains("draft")).findFirst().orElseThrow();
        assertThat(draft).contains("'mvn smallwins:serve -Dsmallwins.drafts=true' shows it meanwhile")
                .doesNotContain("'smallwins serve");
    }
}
