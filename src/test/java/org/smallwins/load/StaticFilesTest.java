package org.smallwins.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.site.SiteFile;

class StaticFilesTest {
    @TempDir
    Path journal;

    @Test
    void copiesFilesAsTheyAreLeavingOutHiddenOnesLinksAndNamesThatCannotBePaths() throws IOException {
        Path dir = Files.createDirectories(journal.resolve("static/img"));
        Files.writeString(journal.resolve("static/favicon.ico"), "icon");
        Files.writeString(dir.resolve("walk.jpg"), "jpeg");
        Files.writeString(journal.resolve("static/.DS_Store"), "hidden");
        Path outside = Files.writeString(journal.resolve("private.txt"), "private");
        Files.createSymbolicLink(journal.resolve("static/linked.txt"), outside);
        Files.writeString(journal.resolve("static/two\nlines.txt"), "odd name");
        ProblemList problems = new ProblemList();

        List<SiteFile> files = StaticFiles.read(journal, problems);

        assertThat(files).extracting(SiteFile::path).containsExactly("favicon.ico", "img/walk.jpg");
        assertThat(new String(files.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("jpeg");
        assertThat(problems.sorted()).extracting(Problem::path, Problem::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("static/linked.txt", Problem.Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("static/two\nlines.txt", Problem.Severity.WARNING));
        assertThat(problems.sorted().get(1).message()).contains("line break").contains("rename it");
        assertThat(problems.hasErrors()).isFalse();
    }
}
