package org.smallwins.render.chart;

import java.util.List;

/**
 * A chart drawn at build time: the SVG markup and its text alternatives.
 *
 * @param svg       the inline {@code <svg>} element, with {@code <title>} and {@code <desc>}
 * @param narrowSvg the same drawn for a narrow screen (the calendar, in two stacked half years); null
 *                  when {@code svg} suits every width
 * @param title   what the chart shows, in a few words
 * @param summary one or two sentences saying what the chart shows, for readers who cannot see it
 * @param headers column headings of the data table that says the same as the chart
 * @param rows    the table's rows, already formatted for the journal's locale
 */
public record Chart(String svg, String narrowSvg, String title, String summary, List<String> headers, List<List<String>> rows) {
    public Chart {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
