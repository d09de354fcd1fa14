package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.Problem;

/** The core as a program that uses it as a library calls it: what it is told when it calls it wrong. */
class LibraryApiTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingRequestOrJournalFolderIsNamedInTheException() {
        assertThatThrownBy(() -> new Smallwins().build(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("BuildRequest");
        assertThatThrownBy(() -> new Smallwins().render(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("BuildRequest");
        assertThatThrownBy(() -> Smallwins.read(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("BuildRequest");
        assertThatThrownBy(() -> BuildRequest.of(null, tmp.resolve("site")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("journalDir");
    }

    @Test
    void buildingWithNoOutputFolderSaysSoWhileRenderingNeedsNone() {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/2025-01-01-walk.md",
                "---\ntitle: Walk\ndate: 2025-01-01\n---\nA walk.\n");
        BuildRequest noOutput = BuildRequest.of(journal, null).withToday(SmallwinsBuildTest.TODAY);

        assertThatThrownBy(() -> new Smallwins().build(noOutput))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("outputDir");
        assertThat(new Smallwins().render(noOutput).site().file("index.html")).isPresent();
    }

    /**
     * A program checking a journal, as the README says, gets every problem back from problems()
     * rather than an exception it must catch: a missing folder, a journal.yml that cannot be read.
     */
    @Test
    void problemsReturnsWhatABuildWouldThrowInsteadOfThrowing() {
        List<Problem> missing = new Smallwins().problems(BuildRequest.of(tmp.resolve("nowhere"), null));
        Path badSettings = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: [unclosed\n");

        assertThat(missing).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.message()).contains("is not a folder");
        });
        assertThat(new Smallwins().problems(BuildRequest.of(badSettings, null).withToday(SmallwinsBuildTest.TODAY)))
                .anySatisfy(problem -> {
                    assertThat(problem.path()).isEqualTo("journal.yml");
                    assertThat(problem.line()).isEqualTo(1);
                    assertThat(problem.field()).isEqualTo("title");
                });
    }

    /** Each package says what it is for, the front door (org.smallwins) first: javadoc opens there. */
    @Test
    void everyPackageHasItsPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/org/smallwins"))) {
            dirs.filter(Files::isDirectory).forEach(dir ->
                    assertThat(dir.resolve("package-info.java")).as(dir.toString()).isRegularFile());
        }
    }

    /**
     * The front door's public methods are the ones a program or an edge calls: a method public only
     * for a test (such as the count of entries' views made afresh) widens what a reader must learn.
     */
    @Test
    void theFrontDoorIsPublicOnlyWhereAProgramOrAnEdgeCallsIt() {
        List<String> surface = Arrays.stream(Smallwins.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).distinct().sorted().toList();

        assertThat(surface).containsExactly("build", "lastPagesRendered", "now", "problems", "read", "render",
                "requireJournalFolder", "today");
    }

    /**
     * A library user reads the javadoc of what they call: every public type, constructor and method
     * of the front door, and of the problems it throws, says what it is for.
     */
    @Test
    void everyPublicDeclarationAProgramMeetsHasJavadoc() throws IOException {
        List<String> undocumented = new ArrayList<>();
        for (String file : List.of("Smallwins.java", "BuildRequest.java", "BuildResult.java",
                "problem/Problem.java", "problem/JournalException.java")) {
            List<String> lines = Files.readAllLines(Path.of("src/main/java/org/smallwins", file));
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).strip().startsWith("public ")) {
                    continue;
                }
                int above = i - 1;
                while (lines.get(above).strip().startsWith("@") && !lines.get(above).contains("@Override")) {
                    above--;
                }
                String previous = lines.get(above).strip();
                // A record's own constructor and an override take their documentation from elsewhere.
                boolean compactConstructor = lines.get(i).strip().matches("public \\w+ \\{");
                if (!previous.endsWith("*/") && !previous.equals("@Override") && !compactConstructor) {
                    undocumented.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }
}
