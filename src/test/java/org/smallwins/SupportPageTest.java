package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

/** "Get help now" is on every page and leads to the support page, which always has something helpful. */
class SupportPageTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void everyPageLinksToTheSupportPageBuiltFromJournalYml(@TempDir Path tmp) {
        Site site = new Smallwins().render(BuildRequest.of(JournalFiles.sampleJournal(), tmp).withToday(TODAY)).site();
        String support = text(site, "support/index.html");
        assertThat(support).contains("Dr Ana Ruiz").contains("my therapist")
                .contains("<a href=\"tel:0000000000\">000 000 0000</a>")
                .contains("<a href=\"sms:0000000001\">000 000 0001</a>")
                .contains("Last checked <time datetime=\"2026-10-01\">")
                .contains("My safety plan").contains("Walk to the post box and back")
                .doesNotContain("Your contacts can live here");
        for (SiteFile file : site.files()) {
            if (file.path().endsWith(".html")) {
                String root = file.path().equals("404.html") ? "/" : "../".repeat(file.path().split("/").length - 1);
                assertThat(new String(file.content(), StandardCharsets.UTF_8)).as(file.path())
                        .contains("<a class=\"help-link\" href=\"" + root + "support/index.html\"");
            }
        }
    }

    @Test
    void withoutContactsThePageSaysKindlyWhereToAddThem(@TempDir Path tmp) {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Mine\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\nA walk.\n");
        Site site = new Smallwins().render(BuildRequest.of(journal, tmp.resolve("out")).withToday(TODAY)).site();
        assertThat(text(site, "support/index.html")).contains("Get help now")
                .contains("Your contacts can live here").contains("<code>support:</code>")
                .contains("<code>journal.yml</code>").contains("local emergency number")
                .doesNotContain("My safety plan");
    }

    private static String text(Site site, String path) {
        return new String(site.file(path).orElseThrow().content(), StandardCharsets.UTF_8);
    }
}
