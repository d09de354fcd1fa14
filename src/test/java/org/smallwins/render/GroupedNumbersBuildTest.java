package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;

/** Counts in the default theme's words are written for the journal's locale, as the model's labels are. */
class GroupedNumbersBuildTest {
    @TempDir
    Path tmp;

    /** 1,001 wins tagged "walk", a few a day from 2025-01-01; the journal in {@code locale}. */
    private Path journal(String locale) {
        List<String> files = new ArrayList<>(List.of("journal.yml", "title: Many\ntimezone: UTC\nlocale: " + locale + "\n"));
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 1_001; i++) {
            files.add("content/wins/" + day.plusDays(i / 3) + "-w" + i + ".md");
            files.add("---\ntitle: Win " + i + "\ntags: [walk]\n---\nOut.\n");
        }
        return JournalFiles.write(tmp.resolve(locale), files.toArray(String[]::new));
    }

    private Path build(String locale) {
        Path out = tmp.resolve("site-" + locale);
        new Smallwins().build(BuildRequest.of(journal(locale), out).withToday(LocalDate.of(2026, 11, 24)));
        return out;
    }

    @Test
    void countsInWordsAreGroupedAsTheLocaleGroupsThem() {
        Path de = build("de-DE");
        Path en = build("en-US");

        assertThat(JournalFiles.text(de.resolve("index.html"))).contains("1.001 wins");
        assertThat(JournalFiles.text(de.resolve("tags/walk/index.html"))).contains("1.001 entries");
        assertThat(JournalFiles.text(de.resolve("tags/index.html"))).contains("1.001 entries");
        assertThat(JournalFiles.text(en.resolve("index.html"))).contains("1,001 wins");
        // Years stay as they are written.
        assertThat(JournalFiles.text(de.resolve("timeline/index.html"))).contains("page-header__year\">2025<").doesNotContain("2.025");
    }

    @Test
    void aThemeCanWriteAnyNumberTheSameWay() {
        Path journal = JournalFiles.write(tmp.resolve("j"),
                "journal.yml", "title: Numbers\ntimezone: UTC\nlocale: de-DE\n",
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA.\n",
                "themes/default/templates/404.ftlh",
                "${1234567?string.@grouped}|${2.5?string.@grouped}|${7?string.@grouped}|${2025}|${3.0?string.@grouped}");
        Path out = tmp.resolve("site");

        new Smallwins().build(BuildRequest.of(journal, out).withToday(LocalDate.of(2026, 11, 24)));

        assertThat(JournalFiles.text(out.resolve("404.html"))).isEqualTo("1.234.567|2,5|7|2025|3");
    }
}
