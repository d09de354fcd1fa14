package org.smallwins.insight;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.smallwins.model.DayFormat;
import org.smallwins.model.Goal;
import org.smallwins.model.LocaleNumbers;

/**
 * "Look how far you've come" as a few lines of plain text, for the terminal ({@code smallwins stats},
 * {@code mvn smallwins:stats}): counts with the right plural, numbers and dates in the journal's locale.
 * It says things the progress page's way: a journal with no wins yet leads with the days you showed
 * up, and a stretch without wins is a quiet one (see {@link WeeklyMomentum#lately}), never "0 wins".
 * Numbers are written as the site writes them ({@link LocaleNumbers}): decimals always with one place
 * ("4.0", "4,0" in German), rounded half up as {@code stats --json} rounds them (0.25 is "0.3").
 */
public final class InsightsSummary {
    static final int MILESTONES_SHOWN = 3;

    private final Insights in;
    private final PrintWriter out;
    private final LocaleNumbers numbers;
    private final DateTimeFormatter dates;
    /** Whether "quiet weeks are part of the rhythm" was said already: once is enough. */
    private boolean saidQuiet;
    /** The first 30 days' wins a week, when said: a lower weekly average is then not said after it. */
    private double firstRate;

    /** A summary of {@code insights}, to be printed to {@code out}. */
    public InsightsSummary(Insights insights, PrintWriter out) {
        this.in = insights;
        this.out = out;
        Locale locale = insights.locale();
        this.numbers = new LocaleNumbers(locale);
        this.dates = DayFormat.of(locale);
    }

    /** Prints the summary to the writer it was given, which it leaves open. */
    public void print() {
        out.println("Look how far you've come");
        out.println();
        Totals t = in.totals();
        if (t.entries() == 0) {
            out.println("Nothing here yet, and that's fine. Your first small win will start the story.");
            return;
        }
        out.println(t.journalAgeDays() == 0 ? "You started today, " + date(t.firstEntry()) + "."
                : "You started on " + date(t.firstEntry()) + ", " + count(t.journalAgeDays(), "day", "days") + " ago.");
        out.println("You showed up on " + count(t.daysShowedUp(), "day", "days") + ", in "
                + count(t.weeksActive(), "week", "weeks") + ".");
        // With no win yet the line above, the days you showed up, leads (as on the progress page): no "0 wins".
        List<String> counts = new ArrayList<>();
        if (t.wins() > 0) {
            counts.add(count(t.wins(), "win", "wins"));
        }
        if (t.reflections() > 0) {
            counts.add(count(t.reflections(), "reflection", "reflections"));
        }
        // Without wins, setbacks are not counted here: the comebacks below name them, with where they led.
        if (t.setbacks() > 0 && t.wins() > 0) {
            counts.add(count(t.setbacks(), "setback", "setbacks"));
        }
        if (t.goals() > 0) {
            counts.add(count(t.goals(), "goal", "goals"));
        }
        if (!counts.isEmpty()) {
            out.println(sentence(counts) + ".");
        }
        thenAndNow();
        momentum();
        comebacks();
        milestones();
        onThisDay();
        rewards();
        goals();
        out.println();
        out.println("Every step counts.");
    }

    private void thenAndNow() {
        ThenAndNow then = in.thenAndNow();
        out.println();
        line("Your first win: ", then.firstWin());
        line("Your latest win: ", then.latestWin());
        // Without a single win there is nothing to set side by side: the weeks below say it once.
        if (!then.windowsOverlap() && in.totals().wins() > 0) {
            // A lower mood lately is not set beside the earlier one; the mood chart keeps both.
            boolean moods = !then.lowerMoodNow();
            out.println(window("Your first 30 days", "were", then.firstWindow(), moods));
            if (then.firstWindow().wins() > 0) {
                firstRate = then.firstWindow().winsPerWeek();
            }
            out.println(then.fewerWinsNow() && then.lastWindow().wins() > 0 ? quieter(then.lastWindow(), moods)
                    : window("The last 30 days", "have been", then.lastWindow(), moods));
            if (then.lowerMoodNow() && !then.fewerWinsNow()) {
                out.println("Some days lately have been heavier, and writing through them counts too.");
            }
        }
        if (!then.newTags().isEmpty()) {
            out.println("New in your wins lately: " + String.join(", ", then.newTags().stream().map(TagRef::name).toList()) + ".");
        }
    }

    /**
     * Fewer wins lately than at the start: not two counts side by side, which would read as a fall,
     * but what cannot go down, all the wins so far. A mood that rose is still said: it is a measure of its own.
     */
    private String quieter(ThenAndNow.Period last, boolean withMood) {
        saidQuiet = true;
        Totals t = in.totals();
        String mood = last.averageMood() == null || !withMood ? "" : " (average mood " + decimal(last.averageMood()) + ")";
        return "The last 30 days have been quieter" + mood + ", and quieter weeks are part of it: your "
                + count(t.wins(), "win", "wins") + " so far stay yours.";
    }

    /**
     * "The last 30 days: 4 wins (0.9 a week)."; a stretch without wins, as the progress page says one.
     * Only said of windows of 30 days (not while they overlap), so the rate is always a week's.
     */
    private String window(String label, String were, ThenAndNow.Period period, boolean withMood) {
        if (period.wins() == 0) {
            String quiet = label + " " + were + " quiet ones" + (saidQuiet ? "." : ", and quiet weeks are part of the rhythm.");
            saidQuiet = true;
            return quiet;
        }
        String text = label + ": " + count(period.wins(), "win", "wins") + " (" + decimal(period.winsPerWeek()) + " a week)";
        return (period.averageMood() == null || !withMood ? text : text + ", average mood " + decimal(period.averageMood())) + ".";
    }


    private void momentum() {
        List<WeeklyMomentum.Week> weeks = in.momentum().weeks();
        if (weeks.size() >= in.momentum().rollingWeeks()) {
            double average = weeks.get(weeks.size() - 1).rollingAverage();
            if (average == 0 && saidQuiet) {
                return;
            }
            // A lower weekly average than the first 30 days' rate just above would read as a fall.
            if (average < firstRate) {
                return;
            }
            String lately = WeeklyMomentum.lately(average, in.momentum().rollingWeeks(), decimal(average));
            out.println(saidQuiet ? lately.replace(" " + WeeklyMomentum.QUIET_WEEKS, "") : lately);
        }
    }

    private void comebacks() {
        Comebacks c = in.comebacks();
        if (c.setbacks() == 0) {
            return;
        }
        out.println();
        String text = count(c.setbacks(), "setback", "setbacks") + " along the way";
        if (c.notYet() == 0) {
            text += c.setbacks() == 1 ? ", and you came back from it." : ", and you came back from every one.";
        } else {
            // Not "3 comebacks still to come": a count of what has not happened reads as owed, and one
            // win follows every setback before it.
            text += (c.cameBack() == 0 ? "" : "; you came back from " + numbers.whole(c.cameBack()))
                    + "; the next win is still to come.";
        }
        out.println(text);
        if ("shorter".equals(c.trend())) {
            out.println("Lately you've been coming back sooner.");
        }
    }

    private void milestones() {
        List<Milestone> items = in.milestones().items();
        if (items.isEmpty()) {
            return;
        }
        out.println();
        out.println(count(items.size(), "milestone", "milestones") + (items.size() > MILESTONES_SHOWN
                ? ", the latest:" : ":"));
        for (Milestone m : items.subList(Math.max(0, items.size() - MILESTONES_SHOWN), items.size())) {
            out.println("  " + date(m.date()) + ": " + m.label());
        }
    }

    private void onThisDay() {
        OnThisDay day = in.onThisDay();
        if (day.entries().isEmpty() && day.yearAgo() == null) {
            return;
        }
        out.println();
        for (OnThisDay.Memory memory : day.entries()) {
            out.println("On this day " + count(memory.yearsAgo(), "year", "years") + " ago: "
                    + quoted(memory.entry()) + ".");
        }
        OnThisDay.YearAgo yearAgo = day.yearAgo();
        // Entries already listed as on this day are not repeated.
        Set<String> shown = new HashSet<>();
        day.entries().forEach(m -> shown.add(m.entry().url()));
        if (yearAgo != null && !yearAgo.entries().stream().allMatch(e -> shown.contains(e.url()))) {
            out.println("A year ago you wrote " + sentence(yearAgo.entries().stream().map(this::quoted).toList())
                    + " (" + date(yearAgo.date()) + ").");
        }
    }

    private void rewards() {
        List<Rewards.Reward> items = in.rewards().items();
        if (items.isEmpty()) {
            return;
        }
        out.println();
        out.println("Ways you were kind to yourself: " + count(items.size(), "reward", "rewards")
                + ". The latest: " + items.get(0).text() + ".");
    }

    private void goals() {
        if (in.goals().isEmpty()) {
            return;
        }
        out.println();
        for (GoalProgress g : in.goals()) {
            String unit = switch (g.cadence()) {
                case DAILY -> "day";
                case WEEKLY -> "week";
                case MONTHLY -> "month";
            };
            StringBuilder text = new StringBuilder(g.goal().title());
            if (g.status() != Goal.Status.ACTIVE) {
                text.append(" (").append(g.status().name().toLowerCase(Locale.ROOT)).append(')');
            }
            if (g.checkIns() == 0) {
                out.println(text.append(": ready when you are."));
                continue;
            }
            text.append(": ").append(count(g.checkIns(), "check-in", "check-ins"));
            if (g.periodsMet() > 0) {
                // "met", as on the goal's page: "good weeks" would make the others bad ones.
                text.append(", ").append(count(g.periodsMet(), unit, unit + "s")).append(" met");
            }
            if (g.currentRun() > 1) {
                text.append(", ").append(numbers.whole(g.currentRun())).append(" in a row")
                        .append(g.status() == Goal.Status.ACTIVE ? " right now" : "");
            }
            out.println(text.append('.'));
        }
    }

    private void line(String label, EntryRef entry) {
        if (entry != null) {
            out.println(label + quoted(entry) + ", " + date(entry.date()) + ".");
        }
    }

    private String quoted(EntryRef entry) {
        return "\u201c" + entry.title() + "\u201d";
    }

    /**
     * One decimal place, half up, as docs/stats-json.md promises: from the number as it is written
     * (0.35, the two decimals of the JSON), not from its binary value (0.34999...), so the summary
     * and the JSON never disagree on which way a half goes.
     */
    private String decimal(double value) {
        return numbers.oneDecimal(value);
    }

    private String date(LocalDate day) {
        return dates.format(day);
    }

    private String count(long n, String one, String many) {
        return numbers.whole(n) + " " + (n == 1 ? one : many);
    }

    /** "a", "a and b", "a, b and c". */
    private static String sentence(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
