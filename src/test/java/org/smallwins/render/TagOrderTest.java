package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.SiteLinks;
import org.smallwins.Smallwins;

/** The tags page lists tags "sorted by name" as a reader of the journal's language sorts them. */
class TagOrderTest {
    @TempDir
    Path tmp;

    private List<String> tagsInOrder(String locale, String tags) {
        Path journal = JournalFiles.write(tmp.resolve("journal-" + locale),
                "journal.yml", "title: T\nlocale: " + locale + "\n",
                "content/wins/2026-01-05-tag.md", "---\ntitle: Tags\ntags: [" + tags + "]\n---\nA day.\n");
        Path site = tmp.resolve("site-" + locale);
        new Smallwins().build(BuildRequest.of(journal, site).withToday(LocalDate.of(2026, 1, 6)));
        return SiteLinks.parse(site.resolve("tags/index.html")).select("main .tag-cloud__name").eachText().stream()
                .map(name -> name.substring(1))
                .toList();
    }

    @Test
    void germanUmlautsStandBesideTheirPlainLetters() {
        assertThat(tagsInOrder("de-DE", "Zeit, Übung, Ärger, Öl, Angst, Bewegung, Ostern"))
                .containsExactly("Angst", "Ärger", "Bewegung", "Öl", "Ostern", "Übung", "Zeit");
    }

    /** Swedish has Å, Ä and Ö as letters of their own, after Z. */
    @Test
    void swedishLettersAfterZStayAfterZ() {
        assertThat(tagsInOrder("sv-SE", "Ärlig, Zebra, Åka, Anna"))
                .containsExactly("Anna", "Zebra", "Åka", "Ärlig");
    }

    @Test
    void caseDoesNotDecideTheOrder() {
        assertThat(tagsInOrder("en-GB", "walk, Sleep, art, Tea"))
                .containsExactly("art", "Sleep", "Tea", "walk");
    }
}
