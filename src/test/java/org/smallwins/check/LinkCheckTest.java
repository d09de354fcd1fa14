package org.smallwins.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.JournalFiles;
import org.smallwins.model.JournalSettings;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;

class LinkCheckTest {
    @TempDir
    Path tmp;

    private ProblemList check(Path journal, String written) {
        return check(journal, written, Set.of());
    }

    /** {@code contentFiles}: the files beside the entries, as the loader found them. */
    private ProblemList check(Path journal, String written, Set<String> contentFiles) {
        LinkCheck links = new LinkCheck(journal, journal.resolve("content"), "content/", Map.of(), Map.of(),
                JournalCheck.Options.published(), Set.of(), JournalSettings.defaults(), contentFiles);
        ProblemList problems = new ProblemList();
        links.check("content/wins/2025-01-01-a.md", "wins/2025-01-01-a.md", "2025/01/01/a/", written, 4, problems);
        return problems;
    }

    @ParameterizedTest
    @ValueSource(strings = {"&#104;ttps://example.org/a.png", "&#x68;ttps://example.org/a.png",
            "ht&Tab;tps://example.org/a.png", "https&colon;//example.org/a.png", "&#47;/example.org/a.png",
            "/\\example.org/a.png"})
    void anAddressToAnotherHostWrittenWithCharacterReferencesIsLeftToThePrivacyWarning(String written) {
        Path journal = JournalFiles.write(tmp.resolve("j"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n");

        assertThat(check(journal, written).sorted()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/images/sun&#46;svg", "/images/&#115;un.svg", "/images/sun&period;svg"})
    void aSitePathWrittenWithCharacterReferencesIsFoundAsThePageHasIt(String written) {
        Path journal = JournalFiles.write(tmp.resolve("j"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n",
                "static/images/sun.svg", "<svg/>");

        assertThat(check(journal, written).sorted()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/images/moon&#46;png", "/images/moon.png"})
    void aMissingSiteFileIsStillAnErrorNamingTheLinkAsWritten(String written) {
        Path journal = JournalFiles.write(tmp.resolve("j"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n");

        assertThat(check(journal, written).sorted()).extracting(Problem::toString).containsExactly(
                "content/wins/2025-01-01-a.md:4: '" + written + "' is not in static/: there is no static/images/moon.png."
                        + " Put the file there, or correct the path.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"heron.jpg", "./heron.jpg", "photos/my%20walk.jpg", "../wins/heron.jpg#top"})
    void aFileBesideTheEntryIsFineSinceTheBuildPublishesIt(String written) {
        Path journal = JournalFiles.write(tmp.resolve("j"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n",
                "content/wins/heron.jpg", "heron", "content/wins/photos/my walk.jpg", "walk");

        assertThat(check(journal, written, Set.of("wins/heron.jpg", "wins/photos/my walk.jpg")).sorted()).isEmpty();
    }

    @Test
    void aMissingFileIsAnErrorSayingItCanGoBesideTheEntryOrInStatic() {
        Path journal = JournalFiles.write(tmp.resolve("j"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n");

        assertThat(check(journal, "heron.jpg").sorted()).extracting(Problem::toString).containsExactly(
                "content/wins/2025-01-01-a.md:4: 'heron.jpg' leads nowhere: there is no content/wins/heron.jpg. Put the"
                        + " file there, beside the entry, or in static/ (like static/images/a.png, written as '/images/a.png').");
    }

    @Test
    void aFileThatIsThereButNotPublishedIsAWarningSayingWhy() throws IOException {
        Path journal = JournalFiles.write(tmp.resolve("j"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n",
                "content/wins/.heron.jpg", "hidden", "outside.jpg", "outside");
        Files.createSymbolicLink(journal.resolve("content/wins/linked.jpg"), journal.resolve("outside.jpg"));

        assertThat(check(journal, ".heron.jpg").sorted()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("is hidden");
        });
        assertThat(check(journal, "linked.jpg").sorted()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("is a symbolic link"));
        assertThat(check(journal, "../../outside.jpg").sorted()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("outside the content folder"));
    }
}
