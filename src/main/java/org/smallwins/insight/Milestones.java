package org.smallwins.insight;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Goal;
import org.smallwins.model.LocaleNumbers;
import org.smallwins.model.MonthFormat;

/**
 * Milestones found in the journal, oldest first; on one day, in the order of {@link #KINDS}. The
 * rules are in docs/stats-json.md; in short:
 * <ul>
 * <li>{@code win-count}: the 1st, 10th, 25th, 50th, 100th, 250th, 500th and 1000th win, then every
 * further 1000th;</li>
 * <li>{@code new-tag}: the first win with a tag no earlier entry (of any type) had; the first win
 * and the journal's first day make none (at the start everything is new, and the first win has its
 * own milestone);</li>
 * <li>{@code busy-week}: the day of the first week with wins on 5 different days;</li>
 * <li>{@code goal-month}: the first calendar month in which a weekly goal was met in every week that
 * starts in that month (each week belongs to the month of its first day), dated by the check-in that
 * met the month's last week;</li>
 * <li>{@code anniversary}: one month, six months, one year and every further year after the first
 * entry, up to today (from the 29th, 30th or 31st, a shorter month's last day); "of showing up"
 * rather than "of small wins" before the first win;</li>
 * <li>{@code marked}: entries with {@code milestone: true}.</li>
 * </ul>
 * A marked entry whose title is the label of a milestone found on the same day ("One year of small
 * wins" written on the anniversary; for an anniversary, in either wording) is that milestone written
 * by hand: it is listed once, as the writer's entry.
 *
 * @param items the milestones up to today, in the order above; empty for an empty journal
 */
public record Milestones(List<Milestone> items) {
    static final List<String> KINDS = List.of(Milestone.ANNIVERSARY, Milestone.WIN_COUNT, Milestone.NEW_TAG,
            Milestone.BUSY_WEEK, Milestone.GOAL_MONTH, Milestone.MARKED);
    static final int[] WIN_COUNTS = {1, 10, 25, 50, 100, 250, 500, 1000};
    static final int BUSY_DAYS = 5;
    private static final String SMALL_WINS = " of small wins";
    private static final String SHOWING_UP = " of showing up";
    private static final String[] NUMBER_WORDS = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
            "Eight", "Nine", "Ten"};

    public Milestones {
        items = List.copyOf(items);
    }

    static Milestones of(JournalIndex index, List<GoalProgress> goals) {
        List<Milestone> items = new ArrayList<>();
        if (!index.isEmpty()) {
            anniversaries(index, items);
            winsAndTags(index, items);
            busyWeek(index, items);
            goalMonth(index, goals, items);
            Set<String> marked = new HashSet<>();
            for (Entry entry : index.entries) {
                if (entry.milestone()) {
                    marked.add(sameDayAndLabel(entry.date(), entry.title()));
                }
            }
            if (!marked.isEmpty()) {
                items.removeIf(m -> writtenByHand(m, marked));
            }
            for (Entry entry : index.entries) {
                if (entry.milestone()) {
                    items.add(new Milestone(entry.date(), Milestone.MARKED, entry.title(), null, null, null,
                            index.ref(entry)));
                }
            }
        }
        // Stable: within a day and kind, milestones keep the journal's order.
        items.sort(Comparator.comparing(Milestone::date).thenComparing(m -> KINDS.indexOf(m.kind())));
        return new Milestones(items);
    }

    /**
     * Whether one of the day's marked entries (as {@link #sameDayAndLabel} keys) is this milestone in
     * the writer's words. An anniversary matches in either wording: a writer with no win yet who calls
     * the first year "One year of small wins" means the "One year of showing up" found that day, and
     * the two side by side would be the same moment twice.
     */
    private static boolean writtenByHand(Milestone m, Set<String> marked) {
        if (marked.contains(sameDayAndLabel(m.date(), m.label()))) {
            return true;
        }
        if (!m.kind().equals(Milestone.ANNIVERSARY)) {
            return false;
        }
        String other = m.label().endsWith(SHOWING_UP)
                ? m.label().substring(0, m.label().length() - SHOWING_UP.length()) + SMALL_WINS
                : m.label().substring(0, m.label().length() - SMALL_WINS.length()) + SHOWING_UP;
        return marked.contains(sameDayAndLabel(m.date(), other));
    }

    /**
     * A day and a label, the label as words only: case, accents, punctuation and spacing aside
     * ("One year of small wins!" is "one year of small wins").
     */
    static String sameDayAndLabel(LocalDate day, String label) {
        String words = Normalizer.normalize(label, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return day + " " + words;
    }

    private static void anniversaries(JournalIndex index, List<Milestone> items) {
        LocalDate first = index.firstDay();
        LocalDate firstWin = index.winDays.isEmpty() ? null : index.winDays.get(0).date();
        for (int months : new int[] {1, 6}) {
            LocalDate day = first.plusMonths(months);
            if (!day.isAfter(index.today)) {
                items.add(new Milestone(day, Milestone.ANNIVERSARY, anniversaryLabel(NUMBER_WORDS[months] + " "
                        + (months == 1 ? "month" : "months"), day, firstWin), months, null, null, null));
            }
        }
        for (int years = 1; !first.plusYears(years).isAfter(index.today); years++) {
            String count = years < NUMBER_WORDS.length ? NUMBER_WORDS[years] : String.valueOf(years);
            LocalDate day = first.plusYears(years);
            items.add(new Milestone(day, Milestone.ANNIVERSARY, anniversaryLabel(count + (years == 1 ? " year"
                    : " years"), day, firstWin), years * 12, null, null, null));
        }
    }

    /**
     * "One year of small wins", or "of showing up" while no win has been written yet (firstWin null
     * or after the day): the time was reflections and setbacks, and calling it wins would not be true.
     */
    private static String anniversaryLabel(String span, LocalDate day, LocalDate firstWin) {
        return span + (firstWin == null || day.isBefore(firstWin) ? SHOWING_UP : SMALL_WINS);
    }

    private static void winsAndTags(JournalIndex index, List<Milestone> items) {
        LocalDate firstDay = index.firstDay();
        Set<String> seen = new HashSet<>();
        int wins = 0;
        int nextCount = 0;
        for (Entry entry : index.entries) {
            boolean win = entry.is(EntryType.WIN);
            if (win) {
                wins++;
                int wanted = nextCount < WIN_COUNTS.length ? WIN_COUNTS[nextCount]
                        : WIN_COUNTS[WIN_COUNTS.length - 1] * (nextCount - WIN_COUNTS.length + 2);
                if (wins == wanted) {
                    items.add(new Milestone(entry.date(), Milestone.WIN_COUNT, winLabel(wins, index), wins, null,
                            null, index.ref(entry)));
                    nextCount++;
                }
            }
            for (String name : entry.tags()) {
                TagRef tag = index.tag(name);
                if (tag != null && seen.add(tag.slug()) && win && wins > 1 && !entry.date().equals(firstDay)) {
                    items.add(new Milestone(entry.date(), Milestone.NEW_TAG,
                            "Your first \u201c" + tag.name() + "\u201d win", null, tag, null, index.ref(entry)));
                }
            }
        }
    }

    private static String winLabel(int n, JournalIndex index) {
        if (n == 1) {
            return "Your first win";
        }
        // Every count here ends in 0 or 5: always "th".
        return "Your " + new LocaleNumbers(index.settings.locale()).whole(n) + "th win";
    }

    private static void busyWeek(JournalIndex index, List<Milestone> items) {
        LocalDate week = null;
        int days = 0;
        for (JournalIndex.WinDay day : index.winDays) {
            LocalDate thisWeek = index.weekOf(day.date());
            days = thisWeek.equals(week) ? days + 1 : 1;
            week = thisWeek;
            if (days == BUSY_DAYS) {
                items.add(new Milestone(day.date(), Milestone.BUSY_WEEK, "Wins on five different days in one week",
                        BUSY_DAYS, null, null, index.ref(day.first())));
                return;
            }
        }
    }

    private static void goalMonth(JournalIndex index, List<GoalProgress> goals, List<Milestone> items) {
        Milestone earliest = null;
        for (GoalProgress goal : goals) {
            if (goal.cadence() != Goal.Cadence.WEEKLY) {
                continue;
            }
            Milestone found = firstFullMonth(goal, index);
            if (found != null && (earliest == null || found.date().isBefore(earliest.date()))) {
                earliest = found;
            }
        }
        if (earliest != null) {
            items.add(earliest);
        }
    }

    /** The first month whose weeks (those starting in it) are all periods of the goal, all met. */
    private static Milestone firstFullMonth(GoalProgress goal, JournalIndex index) {
        List<GoalProgress.Period> periods = goal.periods();
        int i = 0;
        while (i < periods.size()) {
            LocalDate start = periods.get(i).start();
            boolean wholeStart = start.minusWeeks(1).getMonth() != start.getMonth();
            boolean allMet = true;
            LocalDate metOn = null;
            int j = i;
            while (j < periods.size() && periods.get(j).start().getMonth() == start.getMonth()
                    && periods.get(j).start().getYear() == start.getYear()) {
                allMet &= periods.get(j).met();
                metOn = periods.get(j).metOn();
                j++;
            }
            LocalDate lastStart = periods.get(j - 1).start();
            boolean wholeEnd = lastStart.plusWeeks(1).getMonth() != lastStart.getMonth();
            if (wholeStart && wholeEnd && allMet) {
                String month = start.format(MonthFormat.of(index.settings.locale()));
                return new Milestone(metOn, Milestone.GOAL_MONTH, "Every week in " + month + ": " + goal.goal().title(),
                        null, null, goal.id(), goal.goal());
            }
            i = j;
        }
        return null;
    }
}
