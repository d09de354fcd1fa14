package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.model.TextDirection;
import org.smallwins.privacy.SealedSite;

/**
 * The default theme's words are English whatever the journal's locale; what the writer wrote is in
 * the journal's language. A screen reader reads each in its own language.
 */
class PageLanguageTest {
    static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

    @TempDir
    Path tmp;

    private Path build(String locale) {
        Path journal = JournalFiles.write(tmp.resolve(locale),
                "journal.yml", "title: Kleine Schritte\ndescription: Mein Tagebuch.\nlocale: " + locale + "\n"
                        + "timezone: UTC\nsupport:\n  safetyPlan:\n    copingSteps: [Ein Glas Wasser trinken]\n",
                "content/wins/2025-03-01-spaziergang.md", "---\ntitle: Ein kurzer Spaziergang\nreward: Tee\n"
                        + "tags: [draussen]\n---\nZum Briefkasten und zurück.\n",
                "content/reflections/2025-03-02-gedanken.md", "---\ntitle: Gedanken\nmilestone: true\n---\n"
                        + "Ein Monat.\n");
        Path site = tmp.resolve(locale + "-site");
        new Smallwins().build(BuildRequest.of(journal, site).withToday(TODAY));
        return site;
    }

    @Test
    void aGermanJournalHasAnEnglishInterfaceAndItsOwnTextMarkedGerman() {
        Path site = build("de-DE");

        for (String page : new String[] {"index.html", "2025/03/01/spaziergang/index.html", "timeline/index.html",
                "progress/index.html", "milestones/index.html", "search/index.html", "support/index.html"}) {
            Document doc = SiteLinks.parse(site.resolve(page));
            assertThat(doc.select("html").attr("lang")).as(page).isEqualTo("en");
            // Nothing is marked with a third language, and the interface around the writer's text stays English.
            assertThat(doc.select("body [lang]").eachAttr("lang")).as(page).isNotEmpty().containsOnly("de-DE");
            assertThat(doc.select(".help-link, .site-nav, h1.page-header__title:not([lang])").select("[lang]"))
                    .as(page).isEmpty();
            assertThat(doc.select(".brand__title").attr("lang")).as(page).isEqualTo("de-DE");
        }

        Document entry = SiteLinks.parse(site.resolve("2025/03/01/spaziergang/index.html"));
        assertThat(lang(entry, "h1.entry__title")).isEqualTo("de-DE");
        assertThat(lang(entry, ".prose")).isEqualTo("de-DE");
        assertThat(lang(entry, ".entry__reward dd")).isEqualTo("de-DE");
        assertThat(entry.select(".entry__reward dt").first().closest("[lang]").attr("lang")).isEqualTo("en");

        // Tags are the writer's words too, wherever they are shown.
        Document tagPage = SiteLinks.parse(site.resolve("tags/draussen/index.html"));
        assertThat(tagPage.select("h1").attr("lang")).isEqualTo("de-DE");
        assertThat(tagPage.select("a.tag").eachAttr("lang")).isNotEmpty().containsOnly("de-DE");
        assertThat(SiteLinks.parse(site.resolve("tags/index.html")).select(".tag-cloud__name").eachAttr("lang"))
                .isNotEmpty().containsOnly("de-DE");

        Document timeline = SiteLinks.parse(site.resolve("timeline/index.html"));
        assertThat(timeline.select(".card__title").eachAttr("lang")).hasSize(2).containsOnly("de-DE");
        assertThat(timeline.select(".card__summary").eachAttr("lang")).containsOnly("de-DE");

        Document progress = SiteLinks.parse(site.resolve("progress/index.html"));
        assertThat(progress.select("a.entry-link").eachAttr("lang")).isNotEmpty().containsOnly("de-DE");
        // "On this day" for the reader's date formats dates in the journal's locale and marks titles it adds.
        Element box = progress.getElementById("on-this-day");
        assertThat(box.attr("data-locale")).isEqualTo("de-DE");
        // The titles it adds are copies of the page's list of entry links, marked as the others are.
        assertThat(box.select("[data-otd=entries]").attr("lang")).isEqualTo("de-DE");
        assertThat(box.select("[data-otd=entries] a")).isNotEmpty();

        Document milestones = SiteLinks.parse(site.resolve("milestones/index.html"));
        assertThat(milestones.select(".milestone--marked .milestone__label a").attr("lang")).isEqualTo("de-DE");
        assertThat(milestones.select(".milestone--win-count .milestone__label a").hasAttr("lang")).isFalse();

        Document search = SiteLinks.parse(site.resolve("search/index.html"));
        assertThat(search.select("#search-entries a").eachAttr("lang")).hasSize(2).containsOnly("de-DE");

        Document support = SiteLinks.parse(site.resolve("support/index.html"));
        assertThat(lang(support, ".plan__list")).isEqualTo("de-DE");

        // Dates and months are written the journal's way ("1. März 2025"): marked with its language too.
        for (String page : new String[] {"index.html", "2025/03/01/spaziergang/index.html", "timeline/index.html",
                "progress/index.html", "milestones/index.html"}) {
            Document doc = SiteLinks.parse(site.resolve(page));
            assertThat(doc.select("time").eachAttr("lang")).as(page).isNotEmpty().containsOnly("de-DE");
            assertThat(doc.select("time:not([lang])")).as(page).isEmpty();
        }
        assertThat(lang(entry, ".entry__date time")).isEqualTo("de-DE");
        assertThat(timeline.select(".month__title span[lang]").eachText()).contains("März 2025");
    }

    @Test
    void anEnglishJournalKeepsItsLocaleOnTheWholePageAndMarksNothingApart() {
        Path site = build("en-GB");

        for (String page : new String[] {"index.html", "2025/03/01/spaziergang/index.html", "progress/index.html"}) {
            Document doc = SiteLinks.parse(site.resolve(page));
            assertThat(doc.select("html").attr("lang")).as(page).isEqualTo("en-GB");
            assertThat(doc.select("body [lang]")).as(page).isEmpty();
        }
        Element box = SiteLinks.parse(site.resolve("progress/index.html")).getElementById("on-this-day");
        assertThat(box.attr("data-locale")).isEqualTo("en-GB");
        assertThat(box.select("[data-otd=entries] a")).isNotEmpty();
        assertThat(box.select("[data-otd=entries][lang], [data-otd=entries] [lang]")).isEmpty();
    }

    @Test
    void aJournalInALanguageWrittenRightToLeftHasItsOwnTextMarkedSo() {
        Path site = build("ar");

        for (String page : new String[] {"index.html", "2025/03/01/spaziergang/index.html", "timeline/index.html",
                "progress/index.html", "tags/draussen/index.html", "support/index.html"}) {
            Document doc = SiteLinks.parse(site.resolve(page));
            // The English interface stays left to right; each piece of the writer's text runs right to left.
            assertThat(doc.select("html").attr("lang")).as(page).isEqualTo("en");
            assertThat(doc.select("html").hasAttr("dir")).as(page).isFalse();
            assertThat(doc.select("body [lang]").eachAttr("dir")).as(page).isNotEmpty().containsOnly("rtl");
            assertThat(doc.select("body [dir]").eachAttr("lang")).as(page).containsOnly("ar");
        }
        Document entry = SiteLinks.parse(site.resolve("2025/03/01/spaziergang/index.html"));
        assertThat(entry.select(".prose").attr("dir")).isEqualTo("rtl");
        assertThat(entry.select("h1.entry__title").attr("dir")).isEqualTo("rtl");

        // A script subtag decides: Azerbaijani in Arabic script runs right to left, Kurdish in Latin script not.
        assertThat(TextDirection.of(Locale.forLanguageTag("az-Arab"))).isEqualTo("rtl");
        assertThat(TextDirection.of(Locale.forLanguageTag("ku-Latn"))).isEqualTo("ltr");
        assertThat(TextDirection.of(Locale.forLanguageTag("iw"))).isEqualTo("rtl");
        assertThat(TextDirection.of(Locale.forLanguageTag("fa-IR"))).isEqualTo("rtl");
        assertThat(TextDirection.of(Locale.forLanguageTag("de-DE"))).isEqualTo("ltr");
    }

    /** The password page of an encrypted site shows the journal's title before anything is unlocked. */
    @Test
    void theUnlockPageMarksARightToLeftTitleSoToo() {
        Path journal = JournalFiles.write(tmp.resolve("sealed"),
                "journal.yml", "title: انتصارات صغيرة\nlocale: ar\nprivacy:\n  encrypt: true\n  passwordFile: .password\n",
                ".password", "a long enough password\n",
                "content/wins/2025-03-01-walk.md", "---\ntitle: مشيت\n---\nنص.\n");
        Path site = tmp.resolve("sealed-site");
        new Smallwins().build(BuildRequest.of(journal, site).withToday(TODAY));

        Document lock = SiteLinks.parse(site.resolve("index.html"));
        assertThat(lock.select("html").attr("lang")).isEqualTo("en");
        assertThat(lock.select("h1.lock__title").attr("lang")).isEqualTo("ar");
        assertThat(lock.select("h1.lock__title").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void aLanguageWrittenLeftToRightGetsNoDirection() {
        Path site = build("de-DE");
        Document entry = SiteLinks.parse(site.resolve("2025/03/01/spaziergang/index.html"));
        assertThat(entry.select("[dir]")).isEmpty();
    }

    @Test
    void theUnlockPageOfAnEncryptedSiteIsEnglishToo() {
        assertThat(SealedSite.interfaceLang("de-DE")).isEqualTo("en");
        assertThat(SealedSite.interfaceLang("en-GB")).isEqualTo("en-GB");
        assertThat(SealedSite.interfaceLang("en")).isEqualTo("en");
        assertThat(SealedSite.interfaceLang("eu")).isEqualTo("en");
    }

    private static String lang(Document doc, String css) {
        Element e = doc.selectFirst(css);
        assertThat(e).as(css).isNotNull();
        return e.attr("lang");
    }
}
