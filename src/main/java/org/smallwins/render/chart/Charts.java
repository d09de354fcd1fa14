package org.smallwins.render.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.smallwins.insight.WeeklyMomentum;
import org.smallwins.model.DayFormat;
import org.smallwins.model.LocaleNumbers;
import org.smallwins.model.MonthFormat;

/**
 * Draws the progress charts as inline SVG, at build time, from plain data. Colours are CSS classes
 * ({@code chart__line}, {@code chart__cell--l3}, ...) so the theme decides them for light, dark and
 * print. Text in and around the charts (labels, summaries, tables) is formatted for the journal's
 * locale; coordinates never are. Long series are thinned to about one point per drawn pixel column,
 * so a chart stays small whatever the journal's size.
 */
public final class Charts {
    static final double WIDTH = 640;
    static final double HEIGHT = 240;
    static final double LEFT = 48;
    static final double RIGHT = 16;
    static final double TOP = 16;
    static final double BOTTOM = 34;
    static final int CELL = 11;
    static final int STEP = 13;
    /** Moods are averaged over this many entries at a time: one hard day moves the line only a little. */
    public static final int MOOD_WINDOW = 7;

    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter longDay;
    private final DateTimeFormatter month;
    private final DateTimeFormatter monthShort;
    private final LocaleNumbers numbers;

    public Charts(Locale locale) {
        this.locale = locale;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        // The site's own long dates (no "05 January"), so a chart's summary names a day as the page around it does.
        this.longDay = DayFormat.of(locale);
        this.month = MonthFormat.of(locale);
        this.monthShort = DateTimeFormatter.ofPattern("LLL", locale);
        this.numbers = new LocaleNumbers(locale);
    }

    // The points below key the charts a rebuild may reuse (ChartMemo), so their equals and
    // hashCode run in every build. Written out rather than generated: a record's generated ones
    // are linked on first call from method handles made in the interpreter, some twenty small
    // classes per record, at every start-up. ChartsTest checks each component takes part.

    /** Wins on one day. */
    public record DayCount(LocalDate date, int count) {
        @Override
        public boolean equals(Object other) {
            return other instanceof DayCount that && Objects.equals(date, that.date) && count == that.count;
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(date) + count;
        }
    }

    /** One week: its first day, its wins and the rolling average ending with it. */
    public record Week(LocalDate start, int wins, double average) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Week that && Objects.equals(start, that.start) && wins == that.wins
                    && Double.compare(average, that.average) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Objects.hashCode(start) + wins) + Double.hashCode(average);
        }
    }

    /** A mood (1 to 5) written on a day. */
    public record Mood(LocalDate date, int mood) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Mood that && Objects.equals(date, that.date) && mood == that.mood;
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(date) + mood;
        }
    }

    /**
     * Wins adding up over time: a line that only rises, from 0 on {@code from} to the total on {@code to}.
     *
     * @param days days with wins, oldest first
     */
    public Chart cumulative(String id, List<DayCount> days, LocalDate from, LocalDate to) {
        String title = "Wins adding up";
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        int total = 0;
        for (DayCount d : days) {
            total += d.count();
        }
        // A single day is named once, not as "between 1 November and 1 November".
        String when = from.equals(to) ? " on " + longDay(from) : " between " + longDay(from) + " and " + longDay(to);
        String summary = total == 0
                ? "No wins written down yet" + (from.equals(to) ? "" : when) + "."
                : count(total, "win", "wins") + " written down" + when
                + ". The line only goes up: a hard day never takes a win away.";
        Svg svg = Svg.open(id, "chart--cumulative", WIDTH, HEIGHT, title, summary);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int max = Math.max(1, total);
        yAxis(svg, max, plotH);
        StringBuilder line = new StringBuilder();
        line.append('M').append(Svg.num(LEFT)).append(' ').append(Svg.num(TOP + plotH));
        int running = 0;
        // One step per pixel column: flat to the column, then up to its last total.
        long column = Long.MIN_VALUE;
        double columnX = LEFT;
        double columnY = TOP + plotH;
        double lastX = LEFT;
        double lastY = TOP + plotH;
        for (DayCount d : days) {
            running += d.count();
            double x = LEFT + plotW * ChronoUnit.DAYS.between(from, d.date()) / span;
            double y = TOP + plotH * (1 - (double) running / max);
            long here = Math.round(x);
            if (column != Long.MIN_VALUE && here != column) {
                step(line, columnX, lastY, columnY);
                lastY = columnY;
            }
            column = here;
            columnX = x;
            columnY = y;
        }
        if (column != Long.MIN_VALUE) {
            step(line, columnX, lastY, columnY);
            lastX = columnX;
            lastY = columnY;
        }
        double end = LEFT + plotW;
        line.append(" L").append(Svg.num(end)).append(' ').append(Svg.num(lastY));
        String area = line + " L" + Svg.num(end) + " " + Svg.num(TOP + plotH) + " Z";
        svg.raw("<path class=\"chart__area\"").attr("d", area).raw("/>");
        svg.raw("<path class=\"chart__line\" fill=\"none\"").attr("d", line.toString()).raw("/>");
        if (total > 0) {
            svg.raw("<circle class=\"chart__dot\"").num("cx", lastX).num("cy", lastY).num("r", 4).raw("/>");
        }
        xLabels(svg, day(from), day(to));
        List<List<String>> rows = new ArrayList<>();
        TreeMap<YearMonth, Integer> byMonth = new TreeMap<>();
        for (DayCount d : days) {
            byMonth.merge(YearMonth.from(d.date()), d.count(), Integer::sum);
        }
        running = 0;
        for (Map.Entry<YearMonth, Integer> m : byMonth.entrySet()) {
            running += m.getValue();
            rows.add(List.of(month.format(m.getKey()), number(m.getValue()), number(running)));
        }
        return new Chart(svg.close(), null, title, summary, List.of("Month", "Wins that month", "Wins so far"), rows);
    }

    /**
     * Wins per week as bars, with the rolling average as a line over them.
     *
     * @param weeks         oldest first, quiet weeks included as 0
     * @param rollingWeeks  how many weeks the average covers
     * @param averagedWeeks how many weeks the last week's average covers: fewer than {@code rollingWeeks}
     *                      in the journal's first weeks, so the summary never says "the last 4 weeks" of
     *                      a journal two weeks old
     */
    public Chart weekly(String id, List<Week> weeks, int rollingWeeks, int averagedWeeks) {
        String title = "Wins each week";
        int max = 1;
        for (Week w : weeks) {
            max = Math.max(max, (int) Math.ceil(Math.max(w.wins(), w.average())));
        }
        String summary = weeks.isEmpty() ? "No weeks to show yet." : weeklySummary(weeks, averagedWeeks);
        Svg svg = Svg.open(id, "chart--weekly", WIDTH, HEIGHT, title, summary);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        yAxis(svg, max, plotH);
        double slot = plotW / Math.max(1, weeks.size());
        double gap = slot > 4 ? Math.min(3, slot * 0.2) : 0;
        StringBuilder avg = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            Week w = weeks.get(i);
            double x = LEFT + i * slot;
            if (w.wins() > 0) {
                double h = plotH * w.wins() / max;
                svg.raw("<rect class=\"chart__bar\"").num("x", x + gap / 2).num("y", TOP + plotH - h)
                        .num("width", slot - gap).num("height", h).raw("/>");
            }
            double y = TOP + plotH * (1 - w.average() / max);
            avg.append(i == 0 ? "M" : " L").append(Svg.num(x + slot / 2)).append(' ').append(Svg.num(y));
        }
        if (!weeks.isEmpty()) {
            svg.raw("<path class=\"chart__trend\" fill=\"none\"").attr("d", avg.toString()).raw("/>");
            xLabels(svg, day(weeks.get(0).start()), day(weeks.get(weeks.size() - 1).start()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Week w : weeks) {
            rows.add(List.of(day(w.start()), number(w.wins()), decimal(w.average())));
        }
        return new Chart(svg.close(), null, title, summary,
                List.of("Week of", "Wins", rollingWeeks + "-week average"), rows);
    }

    /**
     * One week is said as itself, with no fullest week or average beside it. The fullest week is said
     * only when it had more than one win and is one of the weeks the average covers: a best week from
     * long ago set beside a lower average now would read as falling short of it.
     */
    private String weeklySummary(List<Week> weeks, int averagedWeeks) {
        Week last = weeks.get(weeks.size() - 1);
        if (weeks.size() == 1) {
            return last.wins() == 0
                    ? "The week of " + longDay(last.start()) + " has been a quiet one, and quiet weeks are part of the rhythm."
                    : "The week of " + longDay(last.start()) + ": " + count(last.wins(), "win", "wins") + ".";
        }
        int most = 0;
        int latestFullest = -1;
        int fullestWeeks = 0;
        for (int i = 0; i < weeks.size(); i++) {
            int wins = weeks.get(i).wins();
            if (wins > most) {
                most = wins;
                fullestWeeks = 0;
            }
            if (wins == most) {
                latestFullest = i;
                fullestWeeks++;
            }
        }
        String fullest = "";
        if (most > 1 && latestFullest >= weeks.size() - averagedWeeks) {
            String when = longDay(weeks.get(latestFullest).start());
            fullest = fullestWeeks == 1
                    ? "The fullest week had " + count(most, "win", "wins") + " (week of " + when + "). "
                    : "The fullest weeks had " + number(most) + " wins each, the latest in the week of " + when + ". ";
        }
        return count(weeks.size(), "week", "weeks") + " from the week of " + longDay(weeks.get(0).start()) + ". "
                + fullest + WeeklyMomentum.lately(last.average(), averagedWeeks, decimal(last.average()));
    }

    /**
     * One calendar year, a square per day, deeper in colour on days with more. Days after
     * {@code today} are drawn as outlines: they have not happened yet.
     *
     * @param counts    days with something to count (others are blank), any order
     * @param one       what is counted, singular ("win", "check-in")
     * @param many      the plural ("wins", "check-ins")
     */
    public Chart calendar(String id, int year, List<DayCount> counts, int max, DayOfWeek weekStart, LocalDate today,
                          String one, String many) {
        TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
        for (DayCount d : counts) {
            if (d.date().getYear() == year && d.count() > 0) {
                byDay.merge(d.date(), d.count(), Integer::sum);
            }
        }
        int total = 0;
        int fullest = 0;
        for (int c : byDay.values()) {
            total += c;
            fullest = Math.max(fullest, c);
        }
        int scale = Math.max(1, Math.max(max, fullest));
        String title = year + ", day by day";
        String summary = byDay.isEmpty()
                ? "No " + many + " in " + year + " yet. Blank days are simply days."
                : year + ": " + count(total, one, many) + " on " + count(byDay.size(), "day", "days") + "."
                // A fullest day of one, when every day had one, says nothing the count before it does not.
                + (fullest > 1 ? " The fullest day had " + count(fullest, one, many) + "." : "");
        String wide = calendarSvg(id, "chart--calendar", year, 1, byDay, scale, weekStart, today, one, many,
                title, summary);
        String narrow = calendarSvg(id + "-narrow", "chart--calendar chart--calendar-narrow", year, 2, byDay, scale,
                weekStart, today, one, many, title, summary);
        List<List<String>> rows = new ArrayList<>();
        TreeMap<YearMonth, int[]> byMonth = new TreeMap<>();
        for (Map.Entry<LocalDate, Integer> e : byDay.entrySet()) {
            int[] m = byMonth.computeIfAbsent(YearMonth.from(e.getKey()), k -> new int[2]);
            m[0]++;
            m[1] += e.getValue();
        }
        for (Map.Entry<YearMonth, int[]> m : byMonth.entrySet()) {
            rows.add(List.of(month.format(m.getKey()), number(m.getValue()[0]), number(m.getValue()[1])));
        }
        String cap = many.substring(0, 1).toUpperCase(Locale.ROOT) + many.substring(1);
        return new Chart(wide, narrow, title, summary, List.of("Month", "Days", cap), rows);
    }

    /**
     * The year as {@code bands} strips of weeks stacked (1: the whole year in one row of weeks; 2:
     * January to June above July to December, with squares twice the size on a phone).
     */
    private String calendarSvg(String id, String cssClass, int year, int bands, TreeMap<LocalDate, Integer> byDay,
                               int scale, DayOfWeek weekStart, LocalDate today, String one, String many,
                               String title, String summary) {
        double left = 30;
        double labelTop = 18;
        double bandHeight = labelTop + 7 * STEP + 6;
        int monthsPerBand = 12 / bands;
        int columns = 0;
        LocalDate[] firstColumns = new LocalDate[bands];
        for (int b = 0; b < bands; b++) {
            LocalDate from = LocalDate.of(year, 1 + b * monthsPerBand, 1);
            LocalDate to = from.plusMonths(monthsPerBand).minusDays(1);
            firstColumns[b] = from.with(TemporalAdjusters.previousOrSame(weekStart));
            columns = Math.max(columns, (int) (ChronoUnit.DAYS.between(firstColumns[b], to) / 7) + 1);
        }
        double width = left + columns * STEP + 4;
        double height = bands * bandHeight + 20;
        Svg svg = Svg.open(id, cssClass, width, height, title, summary);
        for (int b = 0; b < bands; b++) {
            double top = b * bandHeight + labelTop;
            LocalDate firstColumn = firstColumns[b];
            for (int row = 0; row < 7; row += 2) {
                DayOfWeek dow = weekStart.plus(row);
                svg.raw("<text class=\"chart__label\" text-anchor=\"end\"").num("x", left - 5)
                        .num("y", top + row * STEP + CELL - 1).raw(">")
                        .text(dow.getDisplayName(TextStyle.SHORT, locale)).raw("</text>");
            }
            for (int m = 1 + b * monthsPerBand; m <= (b + 1) * monthsPerBand; m++) {
                LocalDate first = LocalDate.of(year, m, 1);
                int column = (int) (ChronoUnit.DAYS.between(firstColumn, first) / 7);
                svg.raw("<text class=\"chart__label\"").num("x", left + column * STEP).num("y", top - 6).raw(">")
                        .text(monthShort.format(first)).raw("</text>");
            }
            LocalDate from = LocalDate.of(year, 1 + b * monthsPerBand, 1);
            LocalDate to = from.plusMonths(monthsPerBand).minusDays(1);
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                long offset = ChronoUnit.DAYS.between(firstColumn, d);
                int column = (int) (offset / 7);
                int row = (int) (offset % 7);
                Integer n = byDay.get(d);
                String cls = d.isAfter(today) ? "chart__cell chart__cell--later"
                        : n == null ? "chart__cell" : "chart__cell chart__cell--l" + level(n, scale);
                svg.raw("<rect").attr("class", cls).num("x", left + column * STEP).num("y", top + row * STEP)
                        .raw(" width=\"" + CELL + "\" height=\"" + CELL + "\"");
                if (n == null) {
                    svg.raw("/>");
                } else {
                    svg.raw("><title>").text(longDay(d) + ": " + count(n, one, many)).raw("</title></rect>");
                }
            }
        }
        double legendY = bands * bandHeight + 2;
        double x = width - 5 * STEP - 34;
        svg.raw("<text class=\"chart__label\" text-anchor=\"end\"").num("x", x - 5).num("y", legendY + CELL - 1)
                .raw(">").text("Fewer").raw("</text>");
        for (int l = 0; l <= 4; l++) {
            svg.raw("<rect").attr("class", l == 0 ? "chart__cell" : "chart__cell chart__cell--l" + l)
                    .num("x", x + l * STEP).num("y", legendY).raw(" width=\"" + CELL + "\" height=\"" + CELL + "\"/>");
        }
        svg.raw("<text class=\"chart__label\"").num("x", x + 5 * STEP + 3).num("y", legendY + CELL - 1)
                .raw(">").text("More").raw("</text>");
        return svg.close();
    }

    /**
     * Mood over time, averaged over {@link #MOOD_WINDOW} entries at a time, on the 1 to 5 scale.
     * Each mood written is a faint dot; the line is the rolling average.
     *
     * @param moods oldest first
     */
    public Chart mood(String id, List<Mood> moods) {
        String title = "Mood over time";
        List<double[]> averages = new ArrayList<>(moods.size());
        int[] window = new int[MOOD_WINDOW];
        int sum = 0;
        for (int i = 0; i < moods.size(); i++) {
            int slot = i % MOOD_WINDOW;
            sum += moods.get(i).mood() - (i >= MOOD_WINDOW ? window[slot] : 0);
            window[slot] = moods.get(i).mood();
            averages.add(new double[] {(double) sum / Math.min(i + 1, MOOD_WINDOW)});
        }
        String summary;
        if (moods.isEmpty()) {
            summary = "No moods written down yet.";
        } else {
            double first = averages.get(0)[0];
            double last = averages.get(averages.size() - 1)[0];
            // A lower mood lately is not set beside the start, where it would read as a fall: it is
            // said on its own, and the line and the table keep the whole story.
            String lately = last < first
                    ? "lately around " + decimal(last) + " of 5"
                    : "around " + decimal(first) + " of 5 at the start and " + decimal(last) + " of 5 lately";
            summary = "Moods from " + count(moods.size(), "entry", "entries") + " between "
                    + longDay(moods.get(0).date()) + " and " + longDay(moods.get(moods.size() - 1).date())
                    + ", averaged over up to " + MOOD_WINDOW + " entries at a time: " + lately
                    + ". Moods go up and down; every one belongs here.";
        }
        Svg svg = Svg.open(id, "chart--mood", WIDTH, HEIGHT, title, summary);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        for (int level = 1; level <= 5; level++) {
            double y = TOP + plotH * (5 - level) / 4.0;
            svg.raw("<line class=\"chart__grid\"").num("x1", LEFT).num("y1", y).num("x2", LEFT + plotW).num("y2", y)
                    .raw("/>");
            svg.raw("<text class=\"chart__label\" text-anchor=\"end\"").num("x", LEFT - 8).num("y", y + 4).raw(">")
                    .text(number(level)).raw("</text>");
        }
        if (!moods.isEmpty()) {
            LocalDate from = moods.get(0).date();
            LocalDate to = moods.get(moods.size() - 1).date();
            long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            StringBuilder dots = new StringBuilder();
            StringBuilder line = new StringBuilder();
            long lastColumn = Long.MIN_VALUE;
            boolean showDots = moods.size() <= 400;
            for (int i = 0; i < moods.size(); i++) {
                double x = LEFT + plotW * ChronoUnit.DAYS.between(from, moods.get(i).date()) / span;
                if (showDots) {
                    double y = TOP + plotH * (5 - moods.get(i).mood()) / 4.0;
                    dots.append("<circle class=\"chart__point\" cx=\"").append(Svg.num(x)).append("\" cy=\"")
                            .append(Svg.num(y)).append("\" r=\"3\"/>");
                }
                long column = Math.round(x);
                boolean lastOfColumn = i + 1 == moods.size()
                        || Math.round(LEFT + plotW * ChronoUnit.DAYS.between(from, moods.get(i + 1).date()) / span)
                        != column;
                if (lastOfColumn && column != lastColumn) {
                    double y = TOP + plotH * (5 - averages.get(i)[0]) / 4.0;
                    line.append(line.length() == 0 ? "M" : " L").append(Svg.num(x)).append(' ').append(Svg.num(y));
                    lastColumn = column;
                }
            }
            svg.raw(dots.toString());
            svg.raw("<path class=\"chart__trend\" fill=\"none\"").attr("d", line.toString()).raw("/>");
            xLabels(svg, day(from), day(to));
        }
        List<List<String>> rows = new ArrayList<>();
        TreeMap<YearMonth, int[]> byMonth = new TreeMap<>();
        for (Mood m : moods) {
            int[] c = byMonth.computeIfAbsent(YearMonth.from(m.date()), k -> new int[2]);
            c[0]++;
            c[1] += m.mood();
        }
        for (Map.Entry<YearMonth, int[]> m : byMonth.entrySet()) {
            rows.add(List.of(month.format(m.getKey()), number(m.getValue()[0]),
                    decimal((double) m.getValue()[1] / m.getValue()[0])));
        }
        return new Chart(svg.close(), null, title, summary, List.of("Month", "Moods written", "Average mood (1 to 5)"), rows);
    }

    private static void step(StringBuilder line, double x, double fromY, double toY) {
        line.append(" L").append(Svg.num(x)).append(' ').append(Svg.num(fromY))
                .append(" L").append(Svg.num(x)).append(' ').append(Svg.num(toY));
    }

    private static int level(int n, int max) {
        return Math.max(1, Math.min(4, (int) Math.ceil(4.0 * n / max)));
    }

    private void yAxis(Svg svg, int max, double plotH) {
        // A middle line only where it falls on a whole number: "0, 1, 3" would mislead.
        int[] ticks = max >= 2 && max % 2 == 0 ? new int[] {0, max / 2, max} : new int[] {0, max};
        for (int t : ticks) {
            double y = TOP + plotH * (1 - (double) t / max);
            svg.raw("<line class=\"chart__grid\"").num("x1", LEFT).num("y1", y).num("x2", WIDTH - RIGHT).num("y2", y)
                    .raw("/>");
            svg.raw("<text class=\"chart__label\" text-anchor=\"end\"").num("x", LEFT - 8).num("y", y + 4).raw(">")
                    .text(number(t)).raw("</text>");
        }
    }

    private void xLabels(Svg svg, String first, String last) {
        double y = HEIGHT - 10;
        svg.raw("<text class=\"chart__label\"").num("x", LEFT).num("y", y).raw(">").text(first).raw("</text>");
        svg.raw("<text class=\"chart__label\" text-anchor=\"end\"").num("x", WIDTH - RIGHT).num("y", y).raw(">")
                .text(last).raw("</text>");
    }

    /** A date as an axis label or a table row gives it, short: "24 Nov 2026". */
    private String day(LocalDate date) {
        return day.format(date);
    }

    /** A date in a sentence, as the rest of the site writes it: "24 November 2026". */
    private String longDay(LocalDate date) {
        return longDay.format(date);
    }

    String number(long n) {
        return numbers.whole(n);
    }

    String decimal(double value) {
        return numbers.oneDecimal(value);
    }

    /** "1 win", "1,234 wins". */
    String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }
}
