package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.problem.Problem;
import org.smallwins.write.OutputFolder;

/**
 * A refused output folder: the core suggests {@code <journal>/public}, the command line's default; a
 * Maven goal suggests {@code <journal>/target/site}, where Maven builds.
 */
class OutputSuggestionTest {
    @TempDir
    Path tmp;

    @Test
    void theCoreStillSuggestsPublicSoTheGoalsWordsStillReplaceIt() {
        Path journal = tmp.resolve("journal");
        // If the core's wording changes, suggestingSite no longer finds it: this breaks first.
        List<Problem> refused = OutputFolder.checkLocation(journal, journal.resolve("content/site"));
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message()).endsWith(" like " + journal.resolve("public") + ".");
        assertThat(OutputFolder.checkLocation(journal, journal).get(0).message())
                .endsWith(" like " + journal.resolve("public") + ".");

        List<Problem> said = MavenWords.suggestingSite(refused, journal);
        assertThat(said).hasSize(1);
        assertThat(said.get(0).isError()).isTrue();
        assertThat(said.get(0).path()).isEqualTo(refused.get(0).path());
        assertThat(said.get(0).message()).endsWith(" like " + journal.resolve("target/site") + ", the default.")
                .doesNotContain("public");
    }

    @Test
    void theBuildGoalSuggestsTargetSiteForEveryRefusedPlace() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Mine\n",
                "content/wins/2025-01-06-walk.md", "---\ntitle: Walk\n---\nWalked.\n");
        for (String output : new String[] {"content/site", ".", "..", "static/site"}) {
            MojoFailureException e = catchThrowableOfType(build(journal, output)::execute, MojoFailureException.class);
            assertThat(e).as(output).isNotNull();
            assertThat(e.getMessage()).as(output).contains("nothing was written")
                    .contains(" like " + journal.resolve("target/site") + ", the default.")
                    .doesNotContain(journal.resolve("public").toString());
        }
        assertThat(journal.resolve("content/site")).doesNotExist();
        assertThat(journal.resolve("target")).doesNotExist();
    }

    @Test
    void aJournalReachedThroughALinkIsRecognisedAsTheCoreNamesIt() throws Exception {
        Path real = JournalFiles.write(tmp.resolve("real"), "journal.yml", "title: Mine\n",
                "content/wins/2025-01-06-walk.md", "---\ntitle: Walk\n---\nWalked.\n");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        Files.createSymbolicLink(real.resolve("site"), real.resolve("content"));
        // Only with the links resolved is the output inside content/: the core then names the real journal.
        MojoFailureException e = catchThrowableOfType(build(link, "site/public")::execute, MojoFailureException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("inside the journal's content/ folder")
                .contains(" like " + real.resolve("target/site") + ", the default.").doesNotContain("public.");
    }

    private static BuildMojo build(Path journal, String output) {
        BuildMojo build = new BuildMojo();
        MojoFields.set(build, "journalDirectory", journal.toFile());
        MojoFields.set(build, "basedir", journal.toFile());
        MojoFields.set(build, "output", output);
        return build;
    }
}
