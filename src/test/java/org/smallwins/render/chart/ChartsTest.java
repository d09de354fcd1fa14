package org.smallwins.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {
    private final Charts charts = new Charts(Locale.forLanguageTag("en-GB"));

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    /** Parses the SVG as XML (it must be well formed) and checks what screen readers are given. */
    private static Element parse(Chart chart) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(chart.svg().getBytes(StandardCharsets.UTF_8)));
        Element svg = doc.getDocumentElement();
        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
        assertThat(labelledBy).hasSize(2);
        Element title = (Element) svg.getElementsByTagName("title").item(0);
        Element desc = (Element) svg.getElementsByTagName("desc").item(0);
        assertThat(title.getAttribute("id")).isEqualTo(labelledBy[0]);
        assertThat(desc.getAttribute("id")).isEqualTo(labelledBy[1]);
        assertThat(title.getTextContent()).isEqualTo(chart.title());
        assertThat(desc.getTextContent()).isEqualTo(chart.summary()).isNotBlank();
        return svg;
    }

    private static List<Element> elements(Element root, String tag, String cssClass) {
        NodeList all = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cssClass == null || List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void cumulativeRisesToTheTotalAndSaysSoInWords() throws Exception {
        Chart chart = charts.cumulative("c", List.of(new Charts.DayCount(d("2025-01-01"), 1),
                new Charts.DayCount(d("2025-01-10"), 2), new Charts.DayCount(d("2025-02-03"), 1)),
                d("2025-01-01"), d("2025-02-10"));
        Element svg = parse(chart);
        // In the sentence the dates read as everywhere else on the site; the axis has the short ones.
        assertThat(chart.summary()).contains("4 wins").contains("between 1 January 2025 and 10 February 2025");
        assertThat(svg.getTextContent()).contains("1 Jan 2025").contains("10 Feb 2025");
        // The end dot sits on the top line: the total is the chart's maximum.
        Element dot = elements(svg, "circle", "chart__dot").get(0);
        assertThat(Double.parseDouble(dot.getAttribute("cy"))).isEqualTo(Charts.TOP);
        assertThat(chart.rows()).containsExactly(List.of("January 2025", "3", "3"), List.of("February 2025", "1", "4"));
        assertThat(chart.headers()).containsExactly("Month", "Wins that month", "Wins so far");
        // Months in the table as the locale writes them: the year first in Japanese (it was "1月 2025").
        Chart japanese = new Charts(Locale.JAPAN).cumulative("c", List.of(new Charts.DayCount(d("2025-01-01"), 1)),
                d("2025-01-01"), d("2025-01-10"));
        assertThat(japanese.rows()).containsExactly(List.of("2025年1月", "1", "1"));
    }

    @Test
    void cumulativeThinsLongSeriesToAboutOnePointPerColumn() {
        List<Charts.DayCount> days = new ArrayList<>();
        LocalDate from = d("2000-01-01");
        for (int i = 0; i < 10_000; i++) {
            days.add(new Charts.DayCount(from.plusDays(i), 1));
        }
        Chart chart = charts.cumulative("c", days, from, from.plusDays(9_999));
        // Two path commands per pixel column at most, whatever the number of days.
        long commands = chart.svg().chars().filter(c -> c == 'L').count();
        assertThat(commands).isLessThan(2 * 2 * (long) Charts.WIDTH);
        assertThat(chart.summary()).contains("10,000 wins");
    }

    @Test
    void weeklyBarsOnlyForWeeksWithWinsAndTheAverageAsALine() throws Exception {
        Chart chart = charts.weekly("w", List.of(new Charts.Week(d("2025-01-06"), 2, 2),
                new Charts.Week(d("2025-01-13"), 0, 1), new Charts.Week(d("2025-01-20"), 4, 2)), 4, 3);
        Element svg = parse(chart);
        List<Element> bars = elements(svg, "rect", "chart__bar");
        assertThat(bars).hasSize(2);
        double h1 = Double.parseDouble(bars.get(0).getAttribute("height"));
        double h2 = Double.parseDouble(bars.get(1).getAttribute("height"));
        assertThat(h2).isCloseTo(2 * h1, Offset.offset(0.11));
        assertThat(elements(svg, "path", "chart__trend")).hasSize(1);
        assertThat(chart.summary()).contains("3 weeks").contains("4 wins").contains("about 2.0 wins a week");
        assertThat(chart.rows().get(1)).containsExactly("13 Jan 2025", "0", "1.0");
    }

    @Test
    void theWeeklySummarySaysWhatItCountsAsStatsDoesInThePluralWithADecimal() {
        List<Charts.Week> weeks = List.of(new Charts.Week(d("2025-01-06"), 1, 1), new Charts.Week(d("2025-01-13"), 1, 1),
                new Charts.Week(d("2025-01-20"), 1, 1), new Charts.Week(d("2025-01-27"), 1, 1));
        assertThat(charts.weekly("w", weeks, 4, 4).summary())
                .endsWith("Over the last 4 weeks, about 1.0 wins a week. Quiet weeks are part of the rhythm.");
        assertThat(new Charts(Locale.GERMANY).weekly("w", weeks, 4, 4).summary()).contains("about 1,0 wins a week.");
    }

    @Test
    void weeksThatWereAllQuietHaveNoFullestWeekOfNoWins() {
        Chart chart = charts.weekly("w", List.of(new Charts.Week(d("2025-01-06"), 0, 0),
                new Charts.Week(d("2025-01-13"), 0, 0)), 4, 2);
        assertThat(chart.summary()).isEqualTo("2 weeks from the week of 6 January 2025. The last 2 weeks have been quiet"
                + " ones, and quiet weeks are part of the rhythm.");
    }

    /** A journal one week old: that week, said as itself; no fullest week of the one, no "last 4 weeks". */
    @Test
    void aSingleWeekIsSaidAsItself() {
        assertThat(charts.weekly("w", List.of(new Charts.Week(d("2025-01-06"), 2, 2)), 4, 1).summary())
                .isEqualTo("The week of 6 January 2025: 2 wins.");
        assertThat(charts.weekly("w", List.of(new Charts.Week(d("2025-01-06"), 0, 0)), 4, 1).summary())
                .isEqualTo("The week of 6 January 2025 has been a quiet one, and quiet weeks are part of the rhythm.");
    }

    /** In the journal's first weeks the average covers only the weeks there have been. */
    @Test
    void anAverageOfFewerWeeksThanTheRollingOnesSaysHowManyItCovers() {
        String summary = charts.weekly("w", List.of(new Charts.Week(d("2025-01-06"), 2, 2),
                new Charts.Week(d("2025-01-13"), 0, 1)), 4, 2).summary();
        assertThat(summary).contains("Over the last 2 weeks, about 1.0 wins a week.").doesNotContain("4 weeks");
    }

    /** One entry a month: every week with a win had one, so none of them is the fullest. */
    @Test
    void aSparseJournalHasNoFullestWeekOfOneWin() {
        List<Charts.Week> weeks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            weeks.add(new Charts.Week(d("2025-01-06").plusWeeks(i), i % 4 == 0 ? 1 : 0, 0.25));
        }
        assertThat(charts.weekly("w", weeks, 4, 4).summary())
                .isEqualTo("12 weeks from the week of 6 January 2025. Over the last 4 weeks, about 0.3 wins a week."
                        + " Quiet weeks are part of the rhythm.");
    }

    /** A best week long ago beside a lower average now would read as falling short of it. */
    @Test
    void aFullestWeekBeforeTheAveragedOnesIsNotSetBesideIt() {
        List<Charts.Week> longAgo = List.of(new Charts.Week(d("2025-01-06"), 5, 5), new Charts.Week(d("2025-01-13"), 0, 2.5),
                new Charts.Week(d("2025-01-20"), 0, 1.67), new Charts.Week(d("2025-01-27"), 0, 1.25),
                new Charts.Week(d("2025-02-03"), 1, 0.25));
        assertThat(charts.weekly("w", longAgo, 4, 4).summary()).doesNotContain("fullest").doesNotContain("5 wins")
                .contains("about 0.3 wins a week");
        List<Charts.Week> lately = List.of(new Charts.Week(d("2025-01-06"), 1, 1), new Charts.Week(d("2025-01-13"), 3, 2),
                new Charts.Week(d("2025-01-20"), 0, 1.33));
        assertThat(charts.weekly("w", lately, 4, 3).summary())
                .contains("The fullest week had 3 wins (week of 13 January 2025). Over the last 3 weeks, about 1.3 wins");
        List<Charts.Week> tied = List.of(new Charts.Week(d("2025-01-06"), 2, 2), new Charts.Week(d("2025-01-13"), 0, 1),
                new Charts.Week(d("2025-01-20"), 2, 1.33));
        assertThat(charts.weekly("w", tied, 4, 3).summary())
                .contains("The fullest weeks had 2 wins each, the latest in the week of 20 January 2025.");
    }

    @Test
    void aFullestDayOfOneIsLeftOutAndASingleDayIsNamedOnce() {
        Chart calendar = charts.calendar("y", 2024, List.of(new Charts.DayCount(d("2024-03-14"), 1),
                new Charts.DayCount(d("2024-04-15"), 1)), 1, DayOfWeek.MONDAY, d("2024-06-30"), "win", "wins");
        assertThat(calendar.summary()).isEqualTo("2024: 2 wins on 2 days.");
        assertThat(charts.cumulative("c", List.of(new Charts.DayCount(d("2025-01-01"), 1)), d("2025-01-01"),
                d("2025-01-01")).summary()).startsWith("1 win written down on 1 January 2025. The line only goes up");
        assertThat(charts.cumulative("c", List.of(), d("2025-01-01"), d("2025-01-01")).summary())
                .isEqualTo("No wins written down yet.");
    }

    /** Java 17's long date in en-ZA is "05 January 2025"; the pages around the chart write "5 January 2025". */
    @Test
    void summariesNameADayAsThePageAroundThemDoes() {
        Charts southAfrican = new Charts(Locale.forLanguageTag("en-ZA"));
        assertThat(southAfrican.cumulative("c", List.of(new Charts.DayCount(d("2025-01-05"), 1)), d("2025-01-05"),
                d("2025-01-05")).summary()).startsWith("1 win written down on 5 January 2025.");
    }

    @Test
    void calendarHasOneCellPerDayDeeperOnFullerDaysAndOutlinesTheFuture() throws Exception {
        Chart chart = charts.calendar("y", 2024, List.of(new Charts.DayCount(d("2024-03-14"), 1),
                new Charts.DayCount(d("2024-03-15"), 4)), 4, DayOfWeek.MONDAY, d("2024-06-30"), "win", "wins");
        Element svg = parse(chart);
        List<Element> cells = elements(svg, "rect", "chart__cell");
        // 366 days in 2024, plus the 5 squares of the legend.
        assertThat(cells).hasSize(366 + 5);
        assertThat(elements(svg, "rect", "chart__cell--l1")).hasSize(1 + 1);
        assertThat(elements(svg, "rect", "chart__cell--l4")).hasSize(1 + 1);
        assertThat(elements(svg, "rect", "chart__cell--later")).hasSize(184);
        List<String> tips = elements(svg, "title", null).stream().map(Element::getTextContent).toList();
        assertThat(tips).contains("14 March 2024: 1 win", "15 March 2024: 4 wins");
        assertThat(chart.summary()).isEqualTo("2024: 5 wins on 2 days. The fullest day had 4 wins.");
        assertThat(chart.rows()).containsExactly(List.of("March 2024", "2", "5"));

        // The narrow layout stacks two half years: the same days, its own ids, taller than wide.
        Element narrow = parse(new Chart(chart.narrowSvg(), null, chart.title(), chart.summary(), chart.headers(),
                chart.rows()));
        assertThat(elements(narrow, "rect", "chart__cell")).hasSize(366 + 5);
        assertThat(narrow.getAttribute("aria-labelledby")).isNotEqualTo(svg.getAttribute("aria-labelledby"));
        String[] wideBox = svg.getAttribute("viewBox").split(" ");
        String[] narrowBox = narrow.getAttribute("viewBox").split(" ");
        assertThat(Double.parseDouble(narrowBox[2])).isLessThan(Double.parseDouble(wideBox[2]) / 1.8);
        assertThat(Double.parseDouble(narrowBox[3])).isGreaterThan(Double.parseDouble(wideBox[3]) * 1.8);
    }

    @Test
    void calendarRowsFollowTheWeekStart() throws Exception {
        // 1 January 2023 was a Sunday: first row with a Sunday start, last with a Monday start.
        List<Charts.DayCount> one = List.of(new Charts.DayCount(d("2023-01-01"), 1));
        Element sunday = parse(charts.calendar("a", 2023, one, 1, DayOfWeek.SUNDAY, d("2023-12-31"), "win", "wins"));
        Element monday = parse(charts.calendar("b", 2023, one, 1, DayOfWeek.MONDAY, d("2023-12-31"), "win", "wins"));
        double ySunday = Double.parseDouble(elements(sunday, "rect", "chart__cell--l4").get(0).getAttribute("y"));
        double yMonday = Double.parseDouble(elements(monday, "rect", "chart__cell--l4").get(0).getAttribute("y"));
        assertThat(yMonday - ySunday).isEqualTo(6.0 * Charts.STEP);
    }

    @Test
    void moodIsARollingAverageOverSevenEntries() throws Exception {
        List<Charts.Mood> moods = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            moods.add(new Charts.Mood(d("2025-01-01").plusDays(i), 1));
        }
        for (int i = 7; i < 14; i++) {
            moods.add(new Charts.Mood(d("2025-01-01").plusDays(i), 5));
        }
        Chart chart = charts.mood("m", moods);
        Element svg = parse(chart);
        assertThat(elements(svg, "circle", "chart__point")).hasSize(14);
        assertThat(chart.summary()).contains("14 entries").contains("around 1.0 of 5 at the start")
                .contains("5.0 of 5 lately");
        assertThat(chart.rows()).containsExactly(List.of("January 2025", "14", "3.0"));
    }

    /** A lower mood lately is said on its own, never beside the higher one it started from. */
    @Test
    void aLowerMoodLatelyIsNotSetBesideTheStart() throws Exception {
        List<Charts.Mood> moods = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            moods.add(new Charts.Mood(d("2025-01-01").plusDays(i), i < 7 ? 4 : 1));
        }
        Chart chart = charts.mood("m", moods);
        parse(chart);
        assertThat(chart.summary()).contains("14 entries").contains("lately around 1.0 of 5")
                .doesNotContain("4.0").doesNotContain("at the start")
                .endsWith("Moods go up and down; every one belongs here.");
    }

    /** The same mood all along is no fall: both ends are said, as for a rise. */
    @Test
    void anUnchangedMoodKeepsBothEnds() throws Exception {
        List<Charts.Mood> moods = List.of(new Charts.Mood(d("2025-01-01"), 3), new Charts.Mood(d("2025-01-09"), 3));
        assertThat(charts.mood("m", moods).summary()).contains("around 3.0 of 5 at the start and 3.0 of 5 lately");
    }

    /**
     * Where entries crowd together at the end (daily, some days two), the line still goes forward
     * only and ends exactly over the last mood written, at the average of the last seven: a drop
     * there is that mood, not the drawing.
     */
    @Test
    void moodLineEndsOverTheLastMoodAtTheLastAverage() throws Exception {
        List<Charts.Mood> moods = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            moods.add(new Charts.Mood(d("2025-01-01").plusDays(9L * i), 3 + i % 2));
        }
        LocalDate daily = d("2025-01-01").plusDays(9L * 40);
        for (int i = 0; i < 20; i++) {
            moods.add(new Charts.Mood(daily.plusDays(i), 4));
            if (i % 3 == 0) {
                moods.add(new Charts.Mood(daily.plusDays(i), 5));
            }
        }
        moods.add(new Charts.Mood(daily.plusDays(20), 2));
        Element svg = parse(charts.mood("m", moods));

        String[] points = elements(svg, "path", "chart__trend").get(0).getAttribute("d").substring(1).split(" L");
        double previousX = Double.NEGATIVE_INFINITY;
        for (String point : points) {
            double x = Double.parseDouble(point.split(" ")[0]);
            assertThat(x).as("x of %s in %s", point, List.of(points)).isGreaterThan(previousX);
            previousX = x;
        }
        String[] end = points[points.length - 1].split(" ");
        List<Element> dots = elements(svg, "circle", "chart__point");
        assertThat(end[0]).isEqualTo(dots.get(dots.size() - 1).getAttribute("cx")).isEqualTo("624");
        double lastSeven = (4 + 5 + 4 + 4 + 5 + 4 + 2) / 7.0;
        assertThat(Double.parseDouble(end[1])).isCloseTo(Charts.TOP + (Charts.HEIGHT - Charts.TOP - Charts.BOTTOM)
                * (5 - lastSeven) / 4, Offset.offset(0.05));
    }

    @Test
    void coordinatesIgnoreTheLocaleButLabelsFollowIt() {
        Charts german = new Charts(Locale.GERMANY);
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Chart chart = german.weekly("w", List.of(new Charts.Week(d("2024-12-30"), 1, 1),
                    new Charts.Week(d("2025-01-06"), 1234, 617.5)), 4, 2);
            assertThat(chart.svg()).doesNotContainPattern("(x|y|width|height)=\"[0-9]+,[0-9]");
            assertThat(chart.summary()).contains("1.234 wins").contains("617,5");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void sameDataSameBytes() {
        List<Charts.DayCount> days = List.of(new Charts.DayCount(d("2025-01-01"), 1), new Charts.DayCount(d("2025-01-03"), 2));
        assertThat(charts.cumulative("c", days, d("2025-01-01"), d("2025-01-31")).svg())
                .isEqualTo(new Charts(Locale.forLanguageTag("en-GB")).cumulative("c", days, d("2025-01-01"), d("2025-01-31")).svg());
    }

    @Test
    void textIsEscaped() {
        assertThat(Svg.escape("a < b & \"c\"")).isEqualTo("a &lt; b &amp; &quot;c&quot;");
        assertThat(Svg.num(12.34)).isEqualTo("12.3");
        assertThat(Svg.num(5.0)).isEqualTo("5");
        assertThat(Svg.num(-0.26)).isEqualTo("-0.3");
    }
}
