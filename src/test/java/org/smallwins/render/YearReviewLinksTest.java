package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.SiteLinks;
import org.smallwins.Smallwins;

/** A year in review links to that year's timeline only when the year has one: a gap year has none. */
class YearReviewLinksTest {
    @TempDir
    Path tmp;

    @Test
    void aYearWithoutEntriesHasAReviewButNoLinkToATimelineItDoesNotHave() {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: T\ntimezone: UTC\n",
                "content/wins/2023-05-01-walk.md", "---\ntitle: A walk\n---\nOutside.\n",
                "content/wins/2025-05-01-swim.md", "---\ntitle: A swim\n---\nIn the lake.\n");
        Path site = tmp.resolve("site");

        new Smallwins().build(BuildRequest.of(journal, site).withToday(LocalDate.of(2026, 2, 1)));

        // 2024 (a gap) and 2026 (not yet written in) have reviews, and no timeline page.
        for (int year : new int[] {2024, 2026}) {
            Document review = SiteLinks.parse(site.resolve("progress/" + year + "/index.html"));
            assertThat(review.select("nav.more a")).as("review of " + year).isEmpty();
            assertThat(site.resolve("timeline/" + year)).doesNotExist();
        }
        Document review2023 = SiteLinks.parse(site.resolve("progress/2023/index.html"));
        assertThat(review2023.select("nav.more a").attr("href")).isEqualTo("../../timeline/2023/index.html");
        assertThat(SiteLinks.broken(site)).isEmpty();
    }
}
