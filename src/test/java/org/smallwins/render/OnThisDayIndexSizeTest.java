package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;

/**
 * The progress page keeps every entry in its "on this day" index, so in a journal of many years what
 * it holds per entry is most of the page: a bare link and two numbers, nothing more.
 */
class OnThisDayIndexSizeTest {

    @Test
    void eachEntryCostsItsLinkAndTwoNumbers(@TempDir Path journal) {
        List<String> files = new ArrayList<>();
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 400; i++, day = day.plusDays(5)) {
            String kind = i % 3 == 0 ? "reflections" : "wins";
            files.add("content/" + kind + "/" + day + "-step-" + i + ".md");
            files.add("---\ntitle: Step " + i + "\n---\nA small step.\n");
        }
        JournalFiles.write(journal, files.toArray(String[]::new));
        Path out = journal.resolve("out");
        new Smallwins().build(BuildRequest.of(journal, out).withToday(day));

        String html = JournalFiles.text(out.resolve("progress/index.html"));
        Element box = Jsoup.parse(html).getElementById("on-this-day");
        Element entries = box.selectFirst("[data-otd=entries]");
        assertThat(entries.children()).hasSize(400);
        for (Element a : entries.children()) {
            // The script adds the class, the type's words and the mark to the copy it shows.
            assertThat(a.tagName()).isEqualTo("a");
            assertThat(a.attributes().size()).as(a.toString()).isEqualTo(1);
            assertThat(a.attr("href")).startsWith("../20").endsWith("/index.html");
            assertThat(a.children()).isEmpty();
        }
        assertThat(box.select("[data-otd=types] > span")).extracting(s -> s.attr("data-type"))
                .containsExactlyInAnyOrder("win", "reflection");

        int links = 0;
        for (Element a : entries.children()) {
            links += "<a href=\"\"></a>".length() + a.attr("href").length() + a.text().length();
        }
        int start = html.indexOf("<p data-otd=\"types\"");
        int end = html.indexOf("</script>", html.indexOf("data-otd=\"index\""));
        int index = html.substring(start, end).getBytes(StandardCharsets.UTF_8).length;
        // Beyond the links: a year and a type per entry ("2021,0,"), a day's key and the fixed markup.
        assertThat(index - links).isLessThan(400 * 7 + 366 * 10 + 600);
    }
}
